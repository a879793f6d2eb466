import type { Lexicon } from "../cue-record.ts";

/**
 * Word lists the French cue phrases share, as regex alternations over the FOLDED text: lower case, accents
 * removed ("é" → "e", "œ" → "oe"), apostrophes straight. Chat spellings sit beside the standard ones
 * ("jveux", "g envie", "chui", "medoc"). Note the English shorthand table also runs on every message: "sui"
 * becomes "suicidal" ("je sui suicidaire" arrives as "je suicidal suicidaire", read by I_AM), "ya" becomes "you" and
 * "dont" becomes "do not", so no other phrase relies on those tokens.
 */
const list = (words: readonly string[]) => `(?:${[...words].sort((a, b) => b.length - a.length).join("|")})`;

/** "je veux", "jveux", "j'veux", "je voudrais", "je veut" (a common misspelling). */
const I_WANT = String.raw`(?:\bje (?:ne |n')?|\bj'? ?)?(?:veux|veu|veut|voudrais|voudrai|voudrait|vx)`;

/** "j'ai", "jai", "g" (chat), "j ai". */
const I_HAVE = String.raw`(?:\bj'? ?ai|\bg|\bj'avais|\bjavais)`;

/** Wanting, with the intensifiers teenagers put before it ("trop envie", "grave envie"); never after "pas"/"plus"/"jamais". */
const DESIRE = String.raw`(?<!\b(?:pas|plus|jamais|aucune|pu|pus) )(?:(?:tellement|trop|grave|vraiment|juste|tres|si|tant|franchement) )?(?:envie|envi|anvie|le gout)`;

/** Dying, except the figures of speech built on it ("mourir de rire", "crever de chaud"). */
const DIE = String.raw`(?:mourir|mourrir|mourire|murir|crever|creuver|creve)(?! (?:de |d')(?:rire|honte|faim|soif|chaud|froid|ennui|fatigue|peur|envie|impatience|curiosite|jalousie|bonheur|chaleur|sommeil|stress|trac)\b)(?! la dalle)`;

/** Killing oneself, as the infinitive or present after "me". */
const KILL_ME = String.raw`(?:me (?:tuer|tue|suicider|suicide|buter|flinguer|pendre(?! (?:au|a son|a ton|a leur|a mon) cou)|defenestrer|noyer|supprimer|fr en l'air|for real en l'air|foutre en l'?air|foutre en l air|tirer une balle(?! dans (?:le|les) pieds?)|jeter (?:sous|du haut|d'un|du|par la|dans le vide)|ouvrir les veines|trancher les veines|taillader les veines|faire sauter le caillou)|m'(?:ouvrir les veines|enlever la vie|oter la vie|immoler|empoisonner|achever))`;

/** Ending it: "en finir" (not "en finir avec ce dossier"), "mettre fin à mes jours". */
const END_IT = String.raw`(?:en finir(?! avec (?!la vie|ma vie|cette vie|tout|moi|l'existence|l'exist|mes jours)\S)|mettre fin a (?:mes jours|ma vie|tout ca|tout|mon existence)|mettre un terme a (?:ma vie|mes jours|mon existence)|en terminer (?:avec la vie|avec ma vie|une bonne fois)|me donner la mort)`;

/** Pills and medicines by name, as people write them. */
export const PILL_WORDS = [
  "medoc",
  "medocs",
  "medicament",
  "medicaments",
  "cachet",
  "cachets",
  "comprime",
  "comprimes",
  "pilule",
  "pilules",
  "somnifere",
  "somniferes",
  "anxiolytique",
  "anxiolytiques",
  "antidepresseur",
  "antidepresseurs",
  "doliprane",
  "dolipranes",
  "paracetamol",
  "lexomil",
  "xanax",
  "tranxene",
  "stilnox",
  "zolpidem",
  "ibuprofene",
  "advil",
  "tylenol",
  "lithium",
  "efferalgan",
  "dafalgan",
  "benzo",
  "benzos",
  "neuroleptique",
  "neuroleptiques",
  "calmant",
  "calmants",
  "seresta",
  "temesta",
  "valium",
  "atarax",
  "tramadol",
  "codeine",
  "morphine",
  "insuline",
  "gelules",
] as const;

/** People someone might be afraid of or worried about (folded: "sœur" → "soeur", "beau-père" → "beau-pere"). */
export const PERSON_WORDS = [
  "pere",
  "mere",
  "papa",
  "maman",
  "beau-pere",
  "belle-mere",
  "beau pere",
  "belle mere",
  "copain",
  "copine",
  "mec",
  "meuf",
  "mari",
  "femme",
  "conjoint",
  "conjointe",
  "chum",
  "blonde",
  "ex",
  "frere",
  "soeur",
  "oncle",
  "tante",
  "cousin",
  "cousine",
  "grand-pere",
  "grand-mere",
  "parrain",
  "prof",
  "coach",
  "entraineur",
  "voisin",
  "coloc",
  "compagnon",
  "compagne",
  "petit ami",
  "petite amie",
  "copain de ma mere",
  "demi-frere",
  "fils",
  "fille",
  "pote",
  "ami",
  "amie",
  "meilleure amie",
  "meilleur ami",
  "collegue",
  "patron",
] as const;

export const LEXICON: Lexicon = {
  I_WANT,
  I_HAVE,
  DESIRE,
  DIE,
  KILL_ME,
  END_IT,
  PILLS: list(PILL_WORDS),
  PERSON: list(PERSON_WORDS),
  /** A therapist, however named ("psy", "thérapeute", "psychologue", "psychiatre"). */
  THERAPIST: String.raw`(?:psy|psys|psychologue|psychiatre|therapeute|psychotherapeute|psychanalyste|conseillere?|intervenante?|travailleuse sociale|travailleur social|doc|docteure?|medecin)`,
  /** "je suis", "chui", "jsuis", "chu" (Québec), "j'suis". */
  I_AM: String.raw`(?:\bje suicidal|\bje me sens|\bjme sens|\bj'me sens|\bme sens|\bje suis|\bjsuis|\bj'suis|\bchui|\bchuis|\bchu|\bjsui|\bsuis)`,
};
