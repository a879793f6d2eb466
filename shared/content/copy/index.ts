import { type Language, languageOfLocale } from "../languages.ts";
import type { Copy } from "./copy.ts";
import { de } from "./de.ts";
import { en } from "./en.ts";
import { es } from "./es.ts";
import { fr } from "./fr.ts";
import { pt } from "./pt.ts";

export type { Copy } from "./copy.ts";

/** The copies written so far; a language without one is answered in English until its file lands here. */
const COPIES: Partial<Record<Language, Copy>> = { en, es, pt, fr, de };

/** What Alliance says in `language`, else in English. */
export function copyFor(language: Language | null | undefined): Copy {
  return (language && COPIES[language]) || en;
}

/** The languages whose copy is written, English first. */
export function writtenCopies(): Copy[] {
  return Object.values(COPIES);
}

/** Whether replies in `language` are written (not English stand-ins). */
export function hasCopy(language: Language): boolean {
  return COPIES[language] !== undefined;
}

/** The copy for a member's locale ("es-MX" → Spanish), English for any other: the adapters' own notes. */
export function copyForLocale(locale: string | undefined | null): Copy {
  return copyFor(languageOfLocale(locale));
}
