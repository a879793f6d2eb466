import type { CustomAnswer } from "../../../shared/schemas/community-config.ts";

const STOP_WORDS = new Set(
  "a an the is are was were be been am i me my we our us you your it its to of in on at for and or do does did can could would should will what where when who how why which there this that these those please hi hey hello".split(" "),
);

/** Below this share of a sample question's words found in the message, a custom answer does not match. */
const MIN_COVERAGE = 0.75;

/**
 * The moderators' own answer whose sample question the message covers best, or null. Deliberately
 * strict: a custom answer should answer the question it was written for, not capture nearby ones.
 */
export function matchCustomAnswer(text: string, customAnswers: readonly CustomAnswer[]): CustomAnswer | null {
  const words = new Set(contentWords(text));
  let best: { custom: CustomAnswer; coverage: number } | null = null;
  for (const custom of customAnswers) {
    for (const sample of custom.sampleQuestions) {
      const sampleWords = [...new Set(contentWords(sample))];
      if (sampleWords.length === 0) continue;
      const found = sampleWords.filter((word) => words.has(word)).length;
      const coverage = found / sampleWords.length;
      if (coverage >= MIN_COVERAGE && (found >= 2 || sampleWords.length === 1) && (!best || coverage > best.coverage)) {
        best = { custom, coverage };
      }
    }
  }
  return best?.custom ?? null;
}

function contentWords(text: string): string[] {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && !STOP_WORDS.has(word))
    .map((word) => (word.length > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.slice(0, -1) : word));
}
