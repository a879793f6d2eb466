import type { NormalisedMessage } from "../normalise/normalise.ts";
import { wordKey } from "../word-key.ts";

/**
 * A message's distinct clauses and their tokens as numbers, worked out once for every pack that reads the message
 * (its own language's, English, a check-in pack). Tokens are runs of a–z, 0–9 and "_", as the patterns' word
 * boundaries see them. A token's number is its id in the isolate's token table (≥ 0), or, for a token too long to
 * remember, −1 − its place in `long`.
 */
export interface ClauseTokens {
  clauses: readonly string[];
  /** Every clause's tokens, one after another: clause i's are tokens[starts[i]] up to tokens[starts[i + 1]]. */
  tokens: Int32Array;
  starts: Int32Array;
  long: readonly string[];
  /** The token table's generation the ids belong to (ids are reused once the table is cleared). */
  generation: number;
}

export function isTokenChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95;
}

const MAX_TOKENS = 20_000;

/**
 * Tokens recur from message to message: each known one has an id. Holds at most MAX_TOKENS short copies (wordKey);
 * cleared only between messages, which starts a new generation.
 */
class TokenTable {
  generation = 0;
  private ids = new Map<string, number>();
  texts: string[] = [];

  /** Called before a message's tokens are numbered, so that one message's ids all share a generation. */
  makeRoom(): void {
    if (this.texts.length < MAX_TOKENS) return;
    this.ids = new Map();
    this.texts = [];
    this.generation++;
  }

  /** The token's id, added when new; −1 when it is too long to remember. */
  idOf(token: string): number {
    const known = this.ids.get(token);
    if (known !== undefined) return known;
    const key = wordKey(token);
    if (key === null) return -1;
    const id = this.texts.push(key) - 1;
    this.ids.set(key, id);
    return id;
  }
}

export const TOKENS = new TokenTable();
const BY_MESSAGE = new WeakMap<NormalisedMessage, ClauseTokens>();
let scratch: Int32Array = new Int32Array(256);

/** The message's distinct clauses and their tokens, remembered for the message object (never its text) while it lives. */
export function clauseTokens(message: NormalisedMessage): ClauseTokens {
  const known = BY_MESSAGE.get(message);
  if (known && known.generation === TOKENS.generation) return known;
  TOKENS.makeRoom();
  const clauses = [...new Set(message.clauses)];
  const long: string[] = [];
  const starts = new Int32Array(clauses.length + 1);
  let count = 0;
  for (let clauseIndex = 0; clauseIndex < clauses.length; clauseIndex++) {
    const clause = clauses[clauseIndex]!;
    starts[clauseIndex] = count;
    for (let at = 0; at < clause.length; ) {
      if (!isTokenChar(clause.charCodeAt(at))) {
        at++;
        continue;
      }
      const start = at;
      while (++at < clause.length && isTokenChar(clause.charCodeAt(at)));
      const token = clause.slice(start, at);
      let id = TOKENS.idOf(token);
      if (id < 0) id = -long.push(token);
      if (count === scratch.length) scratch = growFrom(scratch);
      scratch[count++] = id;
    }
  }
  starts[clauses.length] = count;
  const read: ClauseTokens = { clauses, tokens: scratch.slice(0, count), starts, long, generation: TOKENS.generation };
  BY_MESSAGE.set(message, read);
  return read;
}

function growFrom(buffer: Int32Array): Int32Array {
  const grown = new Int32Array(buffer.length * 2);
  grown.set(buffer);
  return grown;
}
