import { REPLY_LANGUAGES, type ReplyLanguage } from "../schemas/answer.ts";

/** The languages Alliance reads and answers in (ISO 639-1); the contract's list. Other languages get English and a note. */
export const LANGUAGES = REPLY_LANGUAGES;
export type Language = ReplyLanguage;

/** Each language's name in itself, for the moderator page. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { en: "English", es: "Español", pt: "Português", fr: "Français", de: "Deutsch" };

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language of what an adapter says on its own (no message text to read): the member's locale, else the
 * community's default, else the server's locale; null: English.
 */
export function noteLanguage(where: {
  memberLocale?: string | undefined;
  defaultLanguage?: Language | undefined;
  serverLocale?: string | undefined;
}): Language | null {
  return languageOfLocale(where.memberLocale) ?? where.defaultLanguage ?? languageOfLocale(where.serverLocale);
}

/** The language part of a BCP 47 tag when Alliance answers in it: "pt-BR" → "pt", "nl-NL" → null. */
export function languageOfLocale(locale: string | undefined | null): Language | null {
  const primary = locale?.trim().split(/[-_]/)[0]?.toLowerCase();
  return isLanguage(primary) ? primary : null;
}
