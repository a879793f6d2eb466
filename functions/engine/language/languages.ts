import { LANGUAGES, type Language, languageOfLocale as ofLocale } from "../../../shared/content/languages.ts";

export { LANGUAGES, type Language };
/** What a message is written in: one of the five, or "other" on clear evidence of another language. */
export type DetectedLanguage = Language | "other";

/** The supported language of a BCP 47 tag ("es-MX" → "es", "pt_BR" → "pt"), or undefined. */
export function languageOfLocale(locale: string | undefined): Language | undefined {
  return ofLocale(locale) ?? undefined;
}

/** The language a reply is written in: the message's, English for any other. */
export function answeredIn(detected: DetectedLanguage): Language {
  return detected === "other" ? "en" : detected;
}
