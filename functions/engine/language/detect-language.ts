import { detectAll } from "tinyld/light";
import { CHAT_WORDS } from "./chat-words.ts";
import { type DetectedLanguage, type Language, LANGUAGES, languageOfLocale } from "./languages.ts";

/** What the text says of its language, and the nearest of the five (what triage reads it with when it is "other"). */
export interface LanguageEvidence {
  language: DetectedLanguage;
  nearest: Language;
}

const ONLY = { only: [...LANGUAGES] };
/** Below this many letters, a general detector's n-grams are noise ("ok", "q onda", "lol"). */
const SHORT_LETTERS = 12;
/** The member's locale counts as this many marker words: it decides between near-ties, never against clear words. */
const LOCALE_WEIGHT = 0.6;
/** Without a locale of the five, English (most members write it) counts as this many. */
const ENGLISH_PRIOR = 0.4;
/** The detector's share of the vote grows with the text up to this many letters. */
const FULL_WEIGHT_LETTERS = 40;
const DETECTOR_WEIGHT = 3;
/** Only text this long, plainly another language (and with few marker words), is "other". */
const OTHER_MIN_LETTERS = 16;
const OTHER_CONFIDENCE = 0.9;
const LETTERS = /\p{L}/gu;
const LATIN = /\p{Script=Latin}/gu;
const WORD = /[\p{L}']+/gu;
/** Enough to judge the language of any message; the rest is not read. */
const MAX_CHARS = 600;

/**
 * The language of a chat message: "en" | "es" | "pt" | "fr" | "de", or "other". The member's locale
 * (BCP 47, "es-MX") breaks ties in short or ambiguous text; without evidence (emoji, "ok", "lol") the
 * locale's language when it is one of the five, else English.
 */
export function detectLanguage(text: string, locale?: string): DetectedLanguage {
  return languageEvidence(text, locale).language;
}

export function languageEvidence(text: string, locale?: string): LanguageEvidence {
  // NFKC folds "𝐢 𝐰𝐚𝐧𝐭" and fullwidth letters to plain ones; accents stay (they tell the languages apart).
  const sample = (text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text).normalize("NFKC").toLowerCase();
  const fallback = languageOfLocale(locale) ?? "en";
  const letters = sample.match(LETTERS)?.length ?? 0;
  const latin = sample.match(LATIN)?.length ?? 0;
  if (letters === 0) return { language: fallback, nearest: fallback };
  // Another script (Cyrillic, Arabic, CJK…) for most of the letters: none of the five.
  if (latin < letters / 2) return { language: letters >= 4 ? "other" : fallback, nearest: fallback };

  const votes: Record<Language, number> = { en: 0, es: 0, pt: 0, fr: 0, de: 0 };
  let markers = 0;
  for (const word of sample.match(WORD) ?? []) {
    const language = CHAT_WORDS.get(word) ?? CHAT_WORDS.get(word.replace(/^'+|'+$/g, ""));
    if (language) {
      votes[language]++;
      markers++;
    }
  }
  if (latin >= SHORT_LETTERS) {
    const weight = DETECTOR_WEIGHT * Math.min(1, latin / FULL_WEIGHT_LETTERS);
    const scores = detectAll(sample, ONLY);
    const total = scores.reduce((sum, { accuracy }) => sum + accuracy, 0);
    if (total > 0) for (const { lang, accuracy } of scores) votes[lang as Language] += (weight * accuracy) / total;
  }
  votes[fallback] += languageOfLocale(locale) ? LOCALE_WEIGHT : ENGLISH_PRIOR;
  const nearest = LANGUAGES.reduce((best, language) => (votes[language] > votes[best] ? language : best), fallback);
  if (latin >= OTHER_MIN_LETTERS && markers <= 1 && isOtherLanguage(sample)) return { language: "other", nearest };
  return { language: nearest, nearest };
}

/** A general detector, free to name any language it knows, is sure it is none of the five. */
function isOtherLanguage(sample: string): boolean {
  const [top] = detectAll(sample);
  return top !== undefined && !(LANGUAGES as readonly string[]).includes(top.lang) && top.accuracy >= OTHER_CONFIDENCE;
}
