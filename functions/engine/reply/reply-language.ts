import { type Copy, copyFor } from "../../../shared/content/copy/index.ts";
import type { Language } from "../../../shared/content/languages.ts";
import type { AnswerRequest } from "../../../shared/schemas/answer.ts";
import type { ResolvedCommunityConfig } from "../../../shared/schemas/community-config.ts";
import { languageEvidence } from "../language/detect-language.ts";
import { answeredIn, type DetectedLanguage } from "../language/languages.ts";

export type { DetectedLanguage };

/** Reads a message's language; `locale` breaks ties for short or ambiguous text. */
export type DetectLanguage = (text: string, locale?: string) => DetectedLanguage;

export interface ReplyLanguage {
  /** The message's language as read (counted in moderators' insights). */
  detected: DetectedLanguage;
  /** What the reply says, in the language it is written in. */
  copy: Copy;
  /** The message is in a language Alliance does not answer in: English, the region's lines and a note. */
  unsupported: boolean;
  /** The language whose triage pack and knowledge base read the message (for "other", the nearest of the five). */
  reading: Language;
  /** Other languages the message mixes in (marker words): their packs read it too, so any language's crisis counts. */
  alsoReading: Language[];
}

/**
 * The language to answer in: the message's. When the text does not say (short or ambiguous), the community's
 * default language breaks the tie where moderators set one (Discord sends the server's locale, "en-US" for
 * most, for messages), else the locale. A language without written copy yet is answered in English.
 */
export function replyLanguage(
  request: Pick<AnswerRequest, "text" | "locale">,
  config: Pick<ResolvedCommunityConfig, "defaultLanguage">,
  detect?: DetectLanguage,
): ReplyLanguage {
  const tieBreaker = config.defaultLanguage ?? request.locale;
  const evidence = detect ? { language: detect(request.text, tieBreaker), nearest: undefined, mentioned: [] } : languageEvidence(request.text, tieBreaker);
  const detected = evidence.language;
  const answered = answeredIn(detected);
  return { detected, copy: copyFor(answered), unsupported: detected === "other", reading: evidence.nearest ?? answered, alsoReading: evidence.mentioned };
}
