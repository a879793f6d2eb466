import { GERMAN, GERMAN_ASK } from "../../../shared/content/triage/de/index.ts";
import { ENGLISH, ENGLISH_ASK } from "../../../shared/content/triage/en/index.ts";
import { SPANISH, SPANISH_ASK } from "../../../shared/content/triage/es/index.ts";
import { FRENCH, FRENCH_ASK } from "../../../shared/content/triage/fr/index.ts";
import type { TriagePack } from "../../../shared/content/triage/pack.ts";
import { PORTUGUESE, PORTUGUESE_ASK } from "../../../shared/content/triage/pt/index.ts";

export type { TriagePack };
export { ENGLISH };

/** Every language triage can read, by code. A new language: its pack under shared/content/triage/<code>/, registered here. */
export const TRIAGE_PACKS: Readonly<Record<string, TriagePack>> = { en: ENGLISH, es: SPANISH, pt: PORTUGUESE, fr: FRENCH, de: GERMAN };

/** The pack for a language code ("en", "en-GB"), English when there is none. */
export function packFor(language: string | undefined): TriagePack {
  const code = language?.toLowerCase().split(/[-_]/)[0];
  return (code && TRIAGE_PACKS[code]) || ENGLISH;
}

/** Check-in packs by language (`askOnly`): read after the language's own pack and English, for its messages only. */
export const ASK_PACKS: Readonly<Record<string, TriagePack>> = { en: ENGLISH_ASK, es: SPANISH_ASK, pt: PORTUGUESE_ASK, fr: FRENCH_ASK, de: GERMAN_ASK };
