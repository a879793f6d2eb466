import { copyFor, type Copy } from "../../../shared/content/copy/index.ts";
import { languageOfLocale, type Language } from "../../../shared/content/languages.ts";
import type { AnswerRequest } from "../../../shared/schemas/answer.ts";
import type { ResolvedCommunityConfig } from "../../../shared/schemas/community-config.ts";

/** What a message is written in: one of the five, or "other" on clear evidence of another language. */
export type DetectedLanguage = Language | "other";

/** Reads a message's language; `locale` breaks ties for short or ambiguous text. */
export type DetectLanguage = (text: string, locale?: string) => DetectedLanguage;

export interface ReplyLanguage {
  /** What the reply says, in the language it is written in. */
  copy: Copy;
  /** The message is in a language Alliance does not answer in: English, the region's lines and a note. */
  unsupported: boolean;
}

/**
 * Until the text detector (lang-seam's `detectLanguage`) is merged, the tie-breaker decides alone: the
 * locale's language when it is one of the five, else English. This is the one place the detector plugs in.
 */
export const detectLanguage: DetectLanguage = (_text, locale) => languageOfLocale(locale) ?? "en";

/**
 * The language to answer in. The member's locale breaks ties when it names one of the five; otherwise the
 * community's default does (a moderator's setting for when a message does not say which language it is in).
 * A language without written copy yet is answered in English.
 */
export function replyLanguage(
  request: Pick<AnswerRequest, "text" | "locale">,
  config: Pick<ResolvedCommunityConfig, "defaultLanguage">,
  detect: DetectLanguage = detectLanguage,
): ReplyLanguage {
  const tieBreaker = languageOfLocale(request.locale) ? request.locale : config.defaultLanguage;
  const detected = detect(request.text, tieBreaker);
  return detected === "other" ? { copy: copyFor("en"), unsupported: true } : { copy: copyFor(detected), unsupported: false };
}
