/**
 * Spanish word lists the cue phrases share, as regex alternations over the folded text (lower case, accents
 * removed). The English shorthand table still runs on every message, so Spanish "ya" arrives as "you": lists
 * that hold it accept both.
 */
const list = (words: readonly string[]) => `(?:${[...words].sort((a, b) => b.length - a.length).join("|")})`;

/** "ya" (already, any more), after the English shorthand table has spelled it "you". */
const YA = "(?:ya|you)";

export const PERSON_WORDS = [
  "amigo", "amiga", "mejor amigo", "mejor amiga", "novio", "novia", "pareja", "esposo", "esposa", "marido", "mujer", "ex",
  "hijo", "hija", "bebe", "nino", "nina", "hermano", "hermana", "hermanito", "hermanita", "mama", "mami", "madre", "papa",
  "papi", "padre", "jefa", "viejo", "vieja", "padrastro", "madrastra", "primo", "prima", "tio", "tia", "abuelo", "abuela",
  "sobrino", "sobrina", "companero", "companera", "compa", "roomie", "vecino", "vecina", "alumno", "alumna", "cunado", "cunada",
  "suegro", "suegra", "chico", "chica", "chavo", "chava", "morra", "morro", "pana", "parce", "parcero", "wey", "colega",
] as const;

export const CHILD_WORDS = ["bebe", "hijo", "hija", "hijos", "hijas", "nino", "nina", "ninos", "hermanito", "hermanita", "sobrino", "sobrina", "alumno", "alumna"] as const;

export const THERAPIST_WORDS = [
  "terapeuta", "psicologo", "psicologa", "psiquiatra", "psicoterapeuta", "psicoanalista", "analista", "psico", "loquero", "loquera",
  "consejero", "consejera", "orientador", "orientadora", "terapista",
] as const;

export const PILL_WORDS = [
  "pastillas", "pastilla", "pildoras", "comprimidos", "capsulas", "medicamentos", "medicinas", "remedios", "paracetamol",
  "acetaminofen", "ibuprofeno", "aspirinas", "clonazepam", "rivotril", "alprazolam", "diazepam", "lorazepam", "tafil",
  "valium", "quetiapina", "sertralina", "fluoxetina", "antidepresivos", "somniferos", "pastillas para dormir", "tramadol",
] as const;

/** Psychiatric medicines by generic and common brand name, and the general words. */
export const DRUG_WORDS = [
  "medicamento", "medicamentos", "medicacion", "medicina", "pastilla", "pastillas", "antidepresivo", "antidepresivos",
  "ansiolitico", "ansioliticos", "antipsicotico", "antipsicoticos", "estabilizador", "benzodiacepinas", "benzos",
  "sertralina", "fluoxetina", "prozac", "escitalopram", "lexapro", "citalopram", "paroxetina", "venlafaxina", "duloxetina",
  "bupropion", "mirtazapina", "trazodona", "quetiapina", "seroquel", "olanzapina", "risperidona", "aripiprazol", "litio",
  "lamotrigina", "valproato", "clonazepam", "rivotril", "alprazolam", "tafil", "lorazepam", "diazepam", "valium",
  "metilfenidato", "ritalin", "concerta", "lisdexanfetamina", "elvanse", "vyvanse", "atomoxetina", "pregabalina",
] as const;

export const CONDITION_WORDS = [
  "tdah", "tda", "bipolar", "bipolaridad", "trastorno", "depresion", "ansiedad", "toc", "autismo", "autista", "asperger",
  "borderline", "tlp", "esquizofrenia", "esquizofrenico", "psicosis", "anorexia", "bulimia", "estres postraumatico", "tept",
  "trastorno limite", "personalidad", "fobia", "hipocondria", "narcisista", "narcisismo", "dislexia", "tca",
] as const;

export const LEXICON = {
  YA,
  PERSON: list(PERSON_WORDS),
  CHILD: list(CHILD_WORDS),
  THERAPIST: list(THERAPIST_WORDS),
  PILLS: list(PILL_WORDS),
  DRUG: list(DRUG_WORDS),
  CONDITION: list(CONDITION_WORDS),
  /** Wanting, meaning, deciding to: the verbs an intent is put with. */
  WANT: "(?:quiero|kiero|qiero|quiciera|quisiera|deseo|necesito|tengo ganas de|ganas de|pienso|pienso en|estoy pensando en|pensando en|he pensado en|pense en|voy a|vo a|decidi|planeo|intento|intentar|me dan ganas de)",
  /** "Mi", "el de mi": whose. */
  MY: "(?:mi|mis|el de mi|la de mi)",
} as const;
