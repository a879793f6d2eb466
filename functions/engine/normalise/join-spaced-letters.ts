import { segment, VOCABULARY } from "./vocabulary.ts";

/**
 * Three or more single letters separated by one space or a dot, dash, underscore or asterisk
 * ("d i e", "k.i.l.l", "s-u-i-c-i-d-e"); two or more spaces inside a run separate its words
 * ("k i l l  m y s e l f"). Each letter must stand alone, so ordinary words never start a run.
 */
const SPACED_RUN = /(?<![a-z0-9'])[a-z](?:(?: {1,3}|[.\-_*·•] ?)[a-z](?![a-z0-9'])){2,}/g;
const GROUP_GAP = / {2,}/;
const SEPARATORS = /[ .\-_*·•]/g;

/** Rejoins letters spaced out to dodge filters, when they spell vocabulary words; anything else is left as written. */
export function joinSpacedLetters(text: string): string {
  return text.replace(SPACED_RUN, (run) => {
    const words: string[] = [];
    for (const group of run.split(GROUP_GAP)) {
      const joined = group.replace(SEPARATORS, "");
      const parts = VOCABULARY.has(joined) ? [joined] : segment(joined);
      if (!parts) return run;
      words.push(...parts);
    }
    return words.join(" ");
  });
}
