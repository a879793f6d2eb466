/** Contrastive conjunctions: cut at, and left out of the clauses. */
export const CUT_CONJUNCTIONS = ["but", "though", "although", "however", "except", "whereas"] as const;
/** Sentence ends, line breaks and contrastive conjunctions: where negation and tense stop applying. */
const CONJUNCTION = new RegExp(` (?:${CUT_CONJUNCTIONS.join("|")}) `, "g");
const BOUNDARY = /[!?;:\n]+|\.(?!\d)/;
/** A clause that only finishes the one before ("i'm done. with everything."). */
const FRAGMENT = /^(?:with|of|from|for|on|forever|permanently|for good|again|tonight|anymore|too|and|or)\b/;
const LONE_REPLY = /^(?:lol|joking|ok|okay|yes|no)$/;
/** Longer, a clause that starts with "tonight" or "and" is a sentence of its own ("tonight i am going to do it"). */
const MAX_FRAGMENT_WORDS = 4;

/** A run-on clause longer than this is also cut after its commas, so each cue scans a bounded span. */
const LONG_CLAUSE = 300;
const COMMA = /, /;

/** The folded text cut into clauses; fragments are rejoined to the clause they complete. */
export function splitClauses(folded: string): string[] {
  const clauses: string[] = [];
  const text = folded.includes(" ") ? folded.replace(CONJUNCTION, "\n") : folded;
  for (const piece of text.split(BOUNDARY)) {
    const clause = piece.trim();
    if (!clause) continue;
    const last = clauses.length - 1;
    const fragment =
      (FRAGMENT.test(clause) && clause.split(" ").length <= MAX_FRAGMENT_WORDS) || (!clause.includes(" ") && clause.length < 12 && !LONE_REPLY.test(clause));
    if (last >= 0 && fragment) clauses[last] = `${clauses[last]} ${clause}`;
    else if (clause.length > LONG_CLAUSE) clauses.push(...chunks(clause));
    else clauses.push(clause);
  }
  return clauses;
}

/** Comma-separated parts of a run-on clause, grouped up to the length limit. */
function chunks(clause: string): string[] {
  const parts: string[] = [];
  let current = "";
  for (const part of clause.split(COMMA)) {
    if (current && current.length + part.length > LONG_CLAUSE) {
      parts.push(current);
      current = part;
    } else {
      current = current ? `${current}, ${part}` : part;
    }
  }
  if (current) parts.push(current);
  return parts;
}
