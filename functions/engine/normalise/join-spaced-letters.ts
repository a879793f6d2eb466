import { foldLeetWord } from "./fold-leetspeak.ts";
import { segment, VOCABULARY } from "./vocabulary.ts";

/**
 * Three or more single letters (or leetspeak digits and symbols) separated by up to three spaces or a dot,
 * dash, underscore or asterisk ("d i e", "k.i.l.l", "s-u-i-c-i-d-e", "k 1 l l"); gaps wider than the run's
 * narrowest separate its words ("k i l l  m y s e l f"). Each letter must stand alone, so ordinary words
 * never start a run.
 */
const SPACED_RUN = /(?<![a-z0-9'@$!])[a-z0-9@$!](?:(?: {1,3}|[.\-_*·•] ?)[a-z0-9@$!](?![a-z0-9'@$!])){2,}/g;
const GAPS = /[^a-z0-9@$!]+/g;
/** Longer runs are not a word or two in disguise (and re-segmenting them would cost more than it finds). */
const MAX_RUN = 160;
const SEPARATORS = /[ .\-_*·•]/g;

/** The run's words: gaps wider than its narrowest gap separate words ("k  i  l  l   m  y  s  e  l  f"). */
function groups(run: string): string[] {
  const widths = (run.match(GAPS) ?? []).map((gap) => gap.length);
  const narrowest = Math.min(...widths);
  const found: string[] = [];
  let current = "";
  for (const piece of run.split(/(?<=[a-z0-9@$!])(?=[^a-z0-9@$!])|(?<=[^a-z0-9@$!])(?=[a-z0-9@$!])/)) {
    if (/[a-z0-9@$!]/.test(piece) || piece.length <= narrowest) current += piece;
    else {
      found.push(current);
      current = "";
    }
  }
  found.push(current);
  return found;
}

/** Rejoins letters spaced out to dodge filters, when they spell vocabulary words; anything else is left as written. */
export function joinSpacedLetters(text: string): string {
  return text.replace(SPACED_RUN, (run) => {
    if (run.length > MAX_RUN) return run;
    const words: string[] = [];
    for (const group of groups(run)) {
      const joined = foldLeetWord(group.replace(SEPARATORS, ""));
      const parts = VOCABULARY.has(joined) ? [joined] : (segment(joined) ?? withTrailingNumber(joined));
      if (!parts) return run;
      words.push(...parts);
    }
    return words.join(" ");
  });
}

/** A number typed right after the spaced letters joins their run ("o v e r d o s e 2 hours ago"): the words, then the number. */
function withTrailingNumber(joined: string): string[] | null {
  const match = /^([a-z]+)([0-9]+)$/.exec(joined);
  const words = match ? segment(match[1]!) : null;
  return words && match ? [...words, match[2]!] : null;
}
