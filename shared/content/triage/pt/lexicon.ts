/**
 * Portuguese word lists (Brazilian and European) the cue phrases share, as regex alternations over the folded
 * text: lower case, accents gone ("não" → "nao", "tô" → "to", "você" → "voce").
 */
const list = (words: readonly string[]) => `(?:${[...words].sort((a, b) => b.length - a.length).join("|")})`;

export const PERSON_WORDS = [
  "amigo", "amiga", "melhor amigo", "melhor amiga", "namorado", "namorada", "companheiro", "companheira", "marido", "esposo",
  "esposa", "mulher", "ex", "filho", "filha", "bebe", "crianca", "irmao", "irma", "irmaozinho", "irmazinha", "mae", "mamae",
  "pai", "papai", "padrasto", "madrasta", "primo", "prima", "tio", "tia", "avo", "sobrinho", "sobrinha", "colega", "vizinho",
  "vizinha", "aluno", "aluna", "cunhado", "cunhada", "sogro", "sogra", "menino", "menina", "cara", "mano", "mana", "miga", "parceiro",
  "parceira", "chefe", "professor", "professora",
] as const;

export const CHILD_WORDS = ["bebe", "filho", "filha", "filhos", "filhas", "crianca", "criancas", "irmaozinho", "irmazinha", "sobrinho", "sobrinha", "aluno", "aluna"] as const;

export const THERAPIST_WORDS = [
  "terapeuta", "psicologo", "psicologa", "psiquiatra", "psicoterapeuta", "psicanalista", "analista", "psico", "conselheiro", "conselheira",
] as const;

export const PILL_WORDS = [
  "comprimidos", "comprimido", "remedios", "remedio", "medicamentos", "pilulas", "capsulas", "paracetamol", "benuron", "benurons",
  "ibuprofeno", "aspirinas", "dipirona", "clonazepam", "rivotril", "alprazolam", "frontal", "diazepam", "lorazepam", "zolpidem",
  "quetiapina", "sertralina", "fluoxetina", "antidepressivos", "calmantes", "comprimidos para dormir", "remedio para dormir",
  "remedios para dormir", "tramadol", "xanax", "victan", "cartela", "cartelas",
] as const;

export const DRUG_WORDS = [
  "medicamento", "medicamentos", "medicacao", "remedio", "remedios", "comprimido", "comprimidos", "antidepressivo",
  "antidepressivos", "ansiolitico", "ansioliticos", "antipsicotico", "antipsicoticos", "estabilizador", "benzodiazepinas",
  "sertralina", "fluoxetina", "prozac", "escitalopram", "lexapro", "cipralex", "citalopram", "paroxetina", "venlafaxina",
  "desvenlafaxina", "pristiq", "duloxetina", "bupropiona", "wellbutrin", "mirtazapina", "trazodona", "quetiapina", "seroquel",
  "olanzapina", "risperidona", "aripiprazol", "litio", "carbolitium", "lamotrigina", "valproato", "depakote", "clonazepam",
  "rivotril", "alprazolam", "frontal", "xanax", "lorazepam", "diazepam", "valium", "metilfenidato", "ritalina", "concerta",
  "venvanse", "lisdexanfetamina", "atomoxetina", "pregabalina", "zolpidem", "victan",
] as const;

export const CONDITION_WORDS = [
  "tdah", "bipolar", "bipolaridade", "transtorno", "perturbacao", "depressao", "ansiedade", "toc", "autismo", "autista",
  "asperger", "borderline", "tpb", "esquizofrenia", "esquizofrenico", "psicose", "anorexia", "bulimia", "stress pos-traumatico",
  "tept", "personalidade", "fobia", "hipocondria", "narcisista", "dislexia",
] as const;

export const LEXICON = {
  PERSON: list(PERSON_WORDS),
  CHILD: list(CHILD_WORDS),
  THERAPIST: list(THERAPIST_WORDS),
  PILLS: list(PILL_WORDS),
  DRUG: list(DRUG_WORDS),
  CONDITION: list(CONDITION_WORDS),
  /** "Não" and its chat spellings. */
  NAO: "(?:nao|n|nn|naum|num)",
  /** The verbs an intent is put with, Brazilian and European. */
  WANT: "(?:quero|qro|kero|qero|queria|vou|vo|to pensando em|tou a pensar em|estou a pensar em|estou pensando em|ando a pensar em|penso em|pensei em|tenho vontade de|vontade de|decidi|planejo|preciso|tentar|ja decidi que vou)",
  /** Being, Brazilian chat spelling and European: "tô", "tou", "estou", "to". */
  AM: "(?:estou|to|tou|t|tô|ando|fico|me sinto|sinto)",
  /** "Meu/minha", the European "o meu/a minha". */
  MY: "(?:(?:o |a )?(?:meu|minha|meus|minhas))",
} as const;
