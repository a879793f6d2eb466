/**
 * Questions close to therapy that Alliance deliberately leaves out of scope. They are indexed like
 * topics so they can win a question ("how much does therapy cost?") that would otherwise be answered
 * with the nearest real topic; when one wins, the reply is the out-of-scope intro.
 */
export interface Decoy {
  id: string;
  title: string;
  keywords: string[];
  samples: string[];
}

export const DECOY_PREFIX = "decoy:";

export const DECOYS: Decoy[] = [
  {
    id: "costs-and-insurance",
    title: "The cost of therapy and insurance",
    keywords: [
      "cost", "costs", "price", "prices", "expensive", "cheap", "afford", "affordable", "free therapy", "insurance",
      "takes my insurance", "accepts insurance", "covered by insurance", "copay", "sliding scale", "money", "waiting list",
      "per session price", "charge per hour", "per hour", "fees", "rates", "how much do therapists charge", "subscription",
      "subscriptions", "worth the money",
    ],
    samples: [
      "how much does therapy cost",
      "is counselling covered by my insurance",
      "where can I find cheap or free therapy",
      "I can't afford a therapist",
      "do therapists offer a sliding scale",
    ],
  },
  {
    id: "referrals-and-professions",
    title: "Getting referred, and which kind of professional is which",
    keywords: [
      "referral", "refer me", "referred", "get referred", "self refer", "psychiatrist", "counsellor and a psychotherapist",
      "psychologist and a psychiatrist", "job titles", "therapist near me", "near me", "directory",
    ],
    samples: [
      "can my doctor refer me to a counsellor",
      "what's the difference between a psychologist and a psychiatrist",
      "is a psychotherapist the same as a counsellor",
      "how do I get a referral for therapy",
      "can I self refer to talking therapies",
    ],
  },
  {
    id: "careers-and-studying",
    title: "Becoming a therapist, careers and studying psychology",
    keywords: [
      "become a therapist", "becoming a counsellor", "career", "careers", "job as a therapist", "salary", "earn", "degree",
      "psychology degree", "study psychology", "university", "college applications", "become a school counselor",
      "training to become", "qualifications to be", "need to be a counsellor",
    ],
    samples: [
      "how do I become a therapist",
      "what degree do you need to be a counsellor",
      "how much do psychologists earn",
      "is psychology a good subject to study at university",
      "how do I become a school counselor",
    ],
  },
  {
    id: "gifts-outside-therapy",
    title: "Gifts for people other than a therapist",
    keywords: [
      "gift for my boss", "coworker", "teacher gift", "gift for a teacher", "wedding gift",
      "retirement gift", "leaving present", "secret santa", "gift ideas", "birthday gift ideas", "present for my friend",
    ],
    samples: [
      "what's a good retirement gift for a coworker",
      "gift ideas for my boss",
      "what should I get my kid's teacher at the end of term",
      "how much should I spend on a wedding gift",
      "leaving present ideas for a colleague",
    ],
  },
  {
    id: "medical-and-school-records",
    title: "Medical, dental and school records",
    keywords: [
      "medical records", "dental records", "hospital records", "gp records", "doctor's records", "school records",
      "vaccination records", "request my medical records", "new gp", "gp surgery", "register with a gp", "dentist",
    ],
    samples: [
      "how do I get a copy of my medical records",
      "how do I move to a new GP surgery",
      "can I see my hospital records",
      "how do I request my school records",
      "how long do dentists keep records",
    ],
  },
  {
    id: "everyday-parenting",
    title: "Everyday parenting questions",
    keywords: [
      "baby", "newborn", "toddler", "tantrum", "tantrums", "bedtime", "sleep training", "potty training",
      "tutor", "grades", "screen time", "picky eater", "teething", "failing maths", "failing math",
    ],
    samples: [
      "my toddler has tantrums every night at bedtime",
      "how much screen time should a ten year old have",
      "my son keeps getting bad grades at school",
      "is it normal for a newborn to cry all evening",
      "should I get my daughter a maths tutor",
    ],
  },
  {
    // Chat communities ask each other for help with everything; "my python homework isn't working" is not a
    // concern to raise with a therapist. Words a therapy question shares ("homework", "not working") lose to the
    // topics, whose therapy words score too.
    id: "everyday-help",
    title: "Help with coding, computers, school work and chores",
    keywords: [
      "code", "coding", "python", "java", "javascript", "script", "compile", "bug", "error", "program", "app",
      "computer", "laptop", "printer", "phone", "iphone", "wifi", "excel", "spreadsheet", "formula", "sql", "query",
      "homework due", "essay", "assignment", "exam", "maths", "math", "chemistry", "physics", "calculus", "recipe",
      "cook", "car", "tyre", "plumber", "landlord", "cover letter", "interview",
    ],
    samples: [
      "my python homework isn't working",
      "my code won't compile",
      "help my printer isn't working",
      "can anyone help me with my chemistry assignment",
      "my essay is due tonight and nothing works",
      "how do I fix this excel formula",
    ],
  },
];
