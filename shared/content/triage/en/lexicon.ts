import { expandLexicon, type Lexicon } from "../cue-record.ts";

/**
 * Word lists the cue phrases share, as regex alternations. Phrases are written with `{NAME}`
 * placeholders so each list is kept in one place.
 */
const list = (words: readonly string[]) => `(?:${[...words].sort((a, b) => b.length - a.length).join("|")})`;

export const THERAPIST_WORDS = [
  "therapist", "therapists", "counsellor", "counselor", "counsellors", "counselors", "psychologist", "psychiatrist",
  "psychotherapist", "psychoanalyst", "analyst", "shrink", "clinician", "social worker", "case worker", "counselling psychologist",
] as const;

/** People someone might be worried about, or afraid of. */
export const PERSON_WORDS = [
  "friend", "friends", "best friend", "boyfriend", "girlfriend", "partner", "husband", "wife", "spouse", "fiance", "fiancee",
  "ex", "son", "daughter", "kid", "kids", "child", "children", "baby", "toddler", "teen", "teenager", "brother", "sister",
  "sibling", "mom", "mum", "mother", "dad", "father", "stepdad", "stepfather", "stepmom", "stepmum", "stepmother", "parent",
  "parents", "cousin", "aunt", "uncle", "grandma", "grandpa", "grandmother", "grandfather", "nan", "niece", "nephew",
  "roommate", "roomie", "flatmate", "housemate", "coworker", "co-worker", "colleague", "classmate", "student", "neighbour",
  "neighbor", "boss", "manager", "teacher", "coach", "mate", "buddy", "girl", "boy", "guy", "man", "woman", "lady", "dude",
  "person", "user", "member", "client", "patient", "family", "stepbrother", "stepsister", "bro", "sis", "carer", "caregiver", "newborn", "infant",
  "guardian", "foster", "babysitter", "nanny", "landlord", "pastor", "priest",
] as const;

export const CHILD_WORDS = [
  "kid", "kids", "child", "children", "baby", "toddler", "son", "daughter", "niece", "nephew", "little sister",
  "little brother", "little cousin", "younger sister", "younger brother", "student", "stepson", "stepdaughter", "brother",
  "sister", "sibling", "cousin",
] as const;

export const BODY_PART_WORDS = [
  "arm", "arms", "leg", "legs", "wrist", "wrists", "thigh", "thighs", "skin", "stomach", "hip", "hips", "body", "chest",
  "ankle", "ankles", "forearm", "forearms", "shoulder", "shoulders",
] as const;

/** Common psychiatric medicines by generic and brand name, and the words for medication in general. */
export const DRUG_WORDS = [
  "meds", "medication", "medications", "medicine", "antidepressant", "antidepressants", "antipsychotic", "antipsychotics",
  "mood stabilizer", "mood stabiliser", "mood stabilizers", "mood stabilisers", "benzo", "benzos", "stimulant",
  "stimulants", "ssri", "ssris", "snri", "snris", "maoi", "sleeping pills", "sleeping tablets", "sleeping pill",
  "sertraline", "zoloft", "lustral", "fluoxetine", "prozac", "escitalopram", "lexapro", "cipralex", "citalopram", "celexa",
  "paroxetine", "paxil", "seroxat", "venlafaxine", "effexor", "desvenlafaxine", "pristiq", "duloxetine", "cymbalta",
  "bupropion", "wellbutrin", "mirtazapine", "remeron", "trazodone", "vortioxetine", "trintellix", "brintellix",
  "amitriptyline", "nortriptyline", "lithium", "lamotrigine", "lamictal", "quetiapine", "seroquel", "aripiprazole",
  "abilify", "olanzapine", "zyprexa", "risperidone", "risperdal", "clozapine", "valproate", "depakote", "alprazolam",
  "xanax", "lorazepam", "ativan", "clonazepam", "klonopin", "diazepam", "valium", "buspirone", "buspar", "hydroxyzine",
  "propranolol", "methylphenidate", "ritalin", "concerta", "adderall", "vyvanse", "elvanse", "lisdexamfetamine",
  "atomoxetine", "strattera", "guanfacine", "modafinil", "ketamine", "spravato", "esketamine", "gabapentin", "pregabalin",
  "lyrica", "prazosin", "naltrexone", "zopiclone", "zolpidem", "ambien", "melatonin", "pills", "tablets",
  "paracetamol", "acetaminophen", "tylenol", "ibuprofen", "advil", "aspirin", "codeine", "co-codamol", "insulin",
  "antihistamines", "benadryl", "diphenhydramine", "nyquil", "tramadol", "oxycodone", "morphine", "painkillers",
] as const;

/** Conditions people ask the bot to confirm or rule out. */
export const DISORDER_WORDS = [
  "adhd", "add", "autism", "autistic", "asd", "aspergers", "asperger's", "on the spectrum", "bpd", "borderline",
  "borderline personality disorder", "bipolar", "bipolar disorder", "bipolar 2", "bipolar ii", "depression", "depressed",
  "clinical depression", "major depression", "mdd", "dysthymia", "cyclothymia", "anxiety", "an anxiety disorder",
  "anxiety disorder", "gad", "generalised anxiety", "generalized anxiety", "social anxiety", "panic disorder",
  "a panic attack", "panic attacks", "agoraphobia", "ocd", "pure o", "ptsd", "cptsd", "c-ptsd", "complex ptsd", "trauma",
  "dissociative identity disorder", "dissociation", "schizophrenia", "schizophrenic", "schizoaffective", "psychosis",
  "psychotic", "a narcissist", "narcissist", "narcissistic", "npd", "narcissistic personality disorder", "a sociopath",
  "sociopath", "a psychopath", "psychopath", "an eating disorder", "eating disorder", "anorexia", "anorexic", "bulimia",
  "bulimic", "binge eating disorder", "arfid", "a personality disorder", "personality disorder", "avoidant",
  "avoidant personality disorder", "pmdd", "postpartum depression", "seasonal affective disorder", "sad",
  "hypochondria", "health anxiety", "insomnia", "a mental illness", "mental illness", "mentally ill", "a disorder",
  "disorder", "did", "dyslexia", "dyspraxia", "tourettes", "tourette's", "ocpd", "hpd", "attachment disorder", "an attachment disorder",
] as const;

export const LEXICON: Lexicon = {
  THERAPIST: list(THERAPIST_WORDS),
  PERSON: list([...PERSON_WORDS, ...THERAPIST_WORDS]),
  /** People in someone's life other than their therapist (a therapist's harm is misconduct, a redirect). */
  KIN: list(PERSON_WORDS),
  CHILD: list(CHILD_WORDS),
  BODY: list(BODY_PART_WORDS),
  DRUG: list(DRUG_WORDS),
  DISORDER: list(DISORDER_WORDS),
  /** First-person self-reflexive forms and their third-person counterparts. */
  THIRD_SELF: "(?:himself|herself|themselves|themself)",
  /** One filler word that is never a negator, so "am not suicidal" cannot match as "am … suicidal". */
  W: String.raw`(?:(?!(?:not|never|no)\b)[a-z']+ )`,
  /** A message or call left unanswered: with a goodbye, someone may be in danger. */
  UNREACHABLE: String.raw`(?:(?:not|stopped|stop|will not|has not|have not|no longer) (?:been )?(?:answering|picking up|replying|responding|reading|returning|online|home)|(?:phone|phones|cell)(?:'s| is| was| are| has been| went| goes| going| keeps going) (?:off|dead|switched off|straight to voicemail|to voicemail)|can not (?:reach|get hold of|get through to|contact|find) (?:him|her|them|my)|no (?:answer|reply|response)|left (?:me )?on read|(?:went|gone|has gone) (?:silent|quiet|offline|dark|missing)|(?:not|nobody has|no one has) (?:been )?(?:seen|heard from)|deleted (?:all )?(?:his|her|their) (?:accounts|account|socials|instagram|posts)|deleted everything|blocked everyone|(?:turned|switched) (?:my|his|her|their) phone off|(?:turned|switched) off (?:my|his|her|their) phone|locked (?:his|her|their) (?:door|bedroom door)|(?:locked|shut) (?:himself|herself|themselves|themself) in|(?:is|are) locked in (?:the|a|his|her|their) (?:bathroom|room|bedroom|car|garage)|(?:his|her|their) location (?:is|shows|says) (?:at|near|by|on)|(?:at|on|near|by) the (?:cliffs?|bridge|tracks|train tracks|railway|edge))`,
  /** Places high enough to fall from. */
  HIGH_PLACE: "(?:bridge|bridges|building|buildings|cliff|cliffs|roof|rooftop|car park|parking garage|parking structure|tower|overpass|balcony|ledge|floor|storey|story|window|height)",
  /** Quantities of tablets that go beyond a dose. */
  MANY: "(?:[1-9][0-9]+|ten|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|dozens|a hundred)",
};

/** A whole-message condition (a cue's `needs`) written with the same `{NAME}` lists. */
export function messagePattern(source: string): RegExp {
  return new RegExp(expandLexicon(LEXICON, source));
}
