import { ALSO_ENGLISH, CHAT_WORDS, REGIONAL_WORDS } from "./chat-words.ts";
import { commonWordShares } from "./common-words.ts";
import { type DetectedLanguage, LANGUAGES, type Language, languageOfLocale } from "./languages.ts";
import { ngramScores, OTHER_COLUMN } from "./ngram-scores.ts";

/** What the text says of its language, and the nearest of the five (what triage reads it with when it is "other"). */
export interface LanguageEvidence {
  language: DetectedLanguage;
  nearest: Language;
  /** Other languages of the five with a marker word in the text ("me quiero matar, like for real"): a mixed message is read in each. */
  mentioned: Language[];
}

/** Below this many letters, n-grams are noise ("ok", "q onda", "lol"): marker words and the locale decide. */
const SHORT_LETTERS = 12;
/** The member's locale counts as this many marker words: it decides between near-ties, never against clear words. */
const LOCALE_WEIGHT = 0.6;
/**
 * A member whose locale is Spanish, Portuguese, French or German and who writes a marker word of it beside words of
 * another language ("me quiero matar, like for real", "mi therapist no me entiende", es-MX) is code-switching: the
 * locale's language then counts this many more, so it is answered in the language it chose, unless the other
 * language leads clearly. An English locale gets no such weight: Discord sends en-US for most members, chosen or not.
 */
const MIXED_LOCALE_WEIGHT = 1.5;
/**
 * Letters only one of the five writes: a word with one is a marker word of that language (Spanish "mañana", "años";
 * Portuguese "não", "irmãos"; German "heißt"). Not "ä", "ö", "è", "ê": Swedish, Italian and Portuguese write them.
 */
const LETTER_MARKERS: readonly [RegExp, Language][] = [
  [/ñ/, "es"],
  [/[ãõ]/, "pt"],
  [/ß/, "de"],
];
/** Spanish's opening marks ("¿qué hago?", "¡ayuda!") count as one Spanish marker word. */
const SPANISH_MARKS = /[¿¡]/;
/** Without a locale of the five, English (most members write it) counts as this many. */
const ENGLISH_PRIOR = 0.4;
/** The n-grams' share of the vote grows with the text up to this many letters… */
const FULL_WEIGHT_LETTERS = 40;
/** …to this many marker words' worth. */
const NGRAM_WEIGHT = 3;
/**
 * A word the five languages' topics share ("la", "nada", "que") counts as this many votes, split between them by
 * how much each uses it (common-words.ts): short text with no marker word is read by its ordinary words, not
 * handed to the English prior ("no valgo nada", "me da ansiedad la primera cita con la psicóloga").
 */
const COMMON_WEIGHT = 0.5;
/** Marker words this far ahead of any other language decide alone (most messages): the n-grams are not read. */
const DECIDING_MARGIN = 2;
/** Only text this long, whose grams are plainly another language's and with no marker word of the five, is "other". */
const OTHER_MIN_LETTERS = 16;
const OTHER_MARGIN = 2;
/** Enough to judge the language of any message; the rest is not read. */
const MAX_CHARS = 600;
const NON_ASCII = /[^\x00-\x7f]/;
const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * The language of a chat message: "en" | "es" | "pt" | "fr" | "de", or "other". Marker words (chat-words.ts)
 * first, then the n-grams of tinyld's dictionary (ngram-scores.ts) when the words do not settle it; the member's
 * locale (BCP 47, "es-MX") breaks ties in short or ambiguous text. Without evidence (emoji, "ok", "lol"): the
 * locale's language when it is one of the five, else English.
 */
export function detectLanguage(text: string, locale?: string): DetectedLanguage {
  return languageEvidence(text, locale).language;
}

export function languageEvidence(text: string, locale?: string): LanguageEvidence {
  let sample = text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text;
  // NFKC folds "𝐢 𝐰𝐚𝐧𝐭" and fullwidth letters to plain ones; accents stay (they tell the languages apart).
  const ascii = !NON_ASCII.test(sample);
  if (!ascii) sample = sample.normalize("NFKC");
  sample = sample.toLowerCase();
  const fallback = languageOfLocale(locale) ?? "en";
  const { words, latin, letters } = wordsOf(sample);
  if (letters === 0) return { language: fallback, nearest: fallback, mentioned: [] };
  // Another script (Cyrillic, Arabic, CJK…) for most of the letters: none of the five.
  if (latin < letters / 2) return { language: letters >= 4 ? "other" : fallback, nearest: fallback, mentioned: [] };

  // Votes by LANGUAGES' order while the words are read (the same additions in the same order as into `votes`).
  const tally = new Float64Array(LANGUAGES.length);
  const marked = new Set<Language>();
  let markers = 0;
  const table = wordFacts();
  const localeLanguage = languageOfLocale(locale);
  const regionalBit = localeLanguage && REGIONAL_WORDS.has(localeLanguage) ? 1 << LANGUAGES.indexOf(localeLanguage) : 0;
  let localeShown = false;
  // One marker's vote; a marker of the locale's language that is not also English shows the member writing it.
  const mark = (language: Language, showsLocale: boolean) => {
    if (showsLocale && language === localeLanguage) localeShown = true;
    tally[LANGUAGES.indexOf(language)]!++;
    marked.add(language);
    markers++;
  };
  for (const word of words) {
    const facts = table.get(word);
    const regional = facts !== undefined && (facts.regional & regionalBit) !== 0;
    const language = regional ? localeLanguage : (facts?.chat ?? (!ascii && latin === letters && NON_ASCII.test(word) ? letterMarker(word) : undefined));
    if (language) {
      mark(language, !regional && !facts?.alsoEnglish);
      continue;
    }
    const common = facts?.common;
    if (common) for (let k = 0; k < LANGUAGES.length; k++) tally[k]! += (COMMON_WEIGHT * common[k]!) / 100;
  }
  if (SPANISH_MARKS.test(sample)) mark("es", true);
  const votes: Record<Language, number> = { en: 0, es: 0, pt: 0, fr: 0, de: 0 };
  for (let k = 0; k < LANGUAGES.length; k++) votes[LANGUAGES[k]!] = tally[k]!;
  votes[fallback] += localeLanguage ? LOCALE_WEIGHT : ENGLISH_PRIOR;
  if (localeShown && localeLanguage !== "en") votes[localeLanguage!] += MIXED_LOCALE_WEIGHT;
  if (latin >= SHORT_LETTERS && !decided(votes)) {
    const scores = ngramScores(words);
    let five = 0;
    let best = 0;
    for (let k = 0; k < LANGUAGES.length; k++) {
      five += scores[k]!;
      best = Math.max(best, scores[k]!);
    }
    if (latin >= OTHER_MIN_LETTERS && markers === 0 && scores[OTHER_COLUMN]! > OTHER_MARGIN * best)
      return { language: "other", nearest: nearestOf(votes, fallback), mentioned: [] };
    const weight = NGRAM_WEIGHT * Math.min(1, latin / FULL_WEIGHT_LETTERS);
    if (five > 0) for (const [k, language] of LANGUAGES.entries()) votes[language] += (weight * scores[k]!) / five;
  }
  const nearest = nearestOf(votes, fallback);
  return { language: nearest, nearest, mentioned: [...marked].filter((language) => language !== nearest) };
}

/**
 * What the vote reads of a word, found in one lookup instead of one a table: the language it marks (CHAT_WORDS), whether
 * it is also English (ALSO_ENGLISH), the locales whose regional words hold it (REGIONAL_WORDS, a bit per LANGUAGES
 * index) and its common-word shares. Every word of those tables is a key; made on the first message.
 */
interface WordFacts {
  chat: Language | undefined;
  alsoEnglish: boolean;
  regional: number;
  common: Uint8Array | undefined;
}

let facts: Map<string, WordFacts> | undefined;

export function wordFacts(): ReadonlyMap<string, WordFacts> {
  if (facts) return facts;
  const table = new Map<string, WordFacts>();
  const of = (word: string) => {
    let entry = table.get(word);
    if (!entry) table.set(word, (entry = { chat: undefined, alsoEnglish: false, regional: 0, common: undefined }));
    return entry;
  };
  for (const [word, language] of CHAT_WORDS) of(word).chat = language;
  for (const word of ALSO_ENGLISH) of(word).alsoEnglish = true;
  for (const [language, words] of REGIONAL_WORDS) for (const word of words) of(word).regional |= 1 << LANGUAGES.indexOf(language);
  for (const [word, shares] of commonWordShares()) of(word).common = shares;
  return (facts = table);
}

/** Words (runs of letters and apostrophes, apostrophes trimmed) and the count of letters, Latin ones apart, in one pass. */
function wordsOf(sample: string): { words: string[]; latin: number; letters: number } {
  const words: string[] = [];
  let latin = 0;
  let letters = 0;
  let start = -1;
  for (let i = 0; i <= sample.length; i++) {
    const code = i < sample.length ? sample.charCodeAt(i) : 32;
    let letter = (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
    if (letter) latin++;
    else if (code >= 0xc0) {
      const char = sample[i]!;
      letter = LETTER.test(char);
      if (letter && LATIN.test(char)) latin++;
    }
    if (letter) letters++;
    if (letter || (code === 39 && start >= 0)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      let end = i;
      while (end > start && sample.charCodeAt(end - 1) === 39) end--;
      words.push(sample.slice(start, end));
      start = -1;
    }
  }
  return { words, latin, letters };
}

function letterMarker(word: string): Language | undefined {
  for (const [letters, language] of LETTER_MARKERS) if (letters.test(word)) return language;
  return undefined;
}

function nearestOf(votes: Record<Language, number>, fallback: Language): Language {
  return LANGUAGES.reduce((best, language) => (votes[language] > votes[best] ? language : best), fallback);
}

/** The marker words already agree: this many more for one language than for any other. */
function decided(votes: Record<Language, number>): boolean {
  let first = 0;
  let second = 0;
  for (const language of LANGUAGES) {
    const vote = votes[language];
    if (vote > first) [first, second] = [vote, first];
    else if (vote > second) second = vote;
  }
  return first - second >= DECIDING_MARGIN;
}
