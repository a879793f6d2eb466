import { REPLY_LANGUAGES, type ReplyLanguage } from "../../../shared/schemas/answer.ts";

/** The languages Alliance reads and answers in; "other" is text in any other language. */
export const LANGUAGES = REPLY_LANGUAGES;
export type Language = ReplyLanguage;
export type DetectedLanguage = Language | "other";

/** The supported language of a BCP 47 tag ("es-MX" → "es", "pt_BR" → "pt"), or undefined. */
export function languageOfLocale(locale: string | undefined): Language | undefined {
  const code = locale?.toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((language) => language === code);
}

/** The language a reply is written in: the message's, English for any other. */
export function replyLanguage(detected: DetectedLanguage): Language {
  return detected === "other" ? "en" : detected;
}
