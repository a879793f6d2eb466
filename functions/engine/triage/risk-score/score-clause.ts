import { type Concept, conceptOf, HOW_NOT_WHETHER, NOT_DENIALS } from "./risk-words.ts";

/** Whose state a word describes: the writer, a particular other person, people in general, or a thing ("my phone is dying"). */
export type Holder = "self" | "other" | "generic" | "thing";

/** A clinically recognisable combination of concepts found in one clause, with its weight. */
export interface Combination {
  name: string;
  weight: number;
  holder: "self" | "other";
  words: string;
}

const DETERMINERS: ReadonlySet<string> = new Set(["my", "the", "a", "an", "his", "her", "this", "that", "our", "their", "your", "its"]);
/** Words before "die"/"dead" that bind it to the one who wishes: "to die", "i die", "could die", "be dead", "was dead". */
const DEATH_BINDERS: ReadonlySet<string> = new Set([
  "to", "and", "just", "finally", "simply", "i", "would", "could", "will", "might", "should", "can", "be", "was", "were", "am",
  "rather", "off", "for", "me",
]);
/** A whole-life word followed by one of these is about one part of life ("tired of everything at work", "life coach"). */
const PART_OF_LIFE: ReadonlySet<string> = new Set([
  "at", "about", "my", "your", "his", "her", "their", "he", "she", "they", "you", "that", "in", "on", "with", "related", "i",
  "we", "to", "of", "as", "coach", "coaching", "story", "insurance", "lessons", "skills", "choices", "goals", "plan", "plans",
  "partner", "savings", "is", "has", "here",
]);
/** "never *said* i wanted to", "did not *mean* i…": a denied report denies what it reports. */
const REPORTING: ReadonlySet<string> = new Set(["said", "say", "meant", "mean", "told", "tell", "claimed", "implied", "suggested", "saying"]);
/** "disappear from social media for good", "sleep in for ever": going away from or to a place, not from life. */
const PLACE_AFTER: ReadonlySet<string> = new Set(["from", "off", "to", "into", "in", "at", "on", "for", "behind", "with", "through"]);
const NEGATION_REACH = 3;
const WISH_REACH = 8;

interface Mark {
  at: number;
  negated: boolean;
  holder: Holder;
  word: string;
}

/**
 * Walks the tokens of one folded clause once, tracking whose state each word describes and what a
 * negator denies, and returns the combinations it finds:
 * - a wish about dying ("hope i just die"), or against living ("do not want living more"),
 * - going away for ever ("disappear forever"),
 * - life appraised as without point or sense ("my life has no sense"),
 * - weariness of life as a whole ("tired of the life"),
 * - feeling a burden (weak: it counts only with another combination).
 */
export function scoreClause(clause: string): Combination[] {
  const tokens = clause.split(/[^a-z0-9']+/).filter(Boolean);
  const found: Combination[] = [];
  let holder: Holder = "self";
  let negatorAt = -Infinity;
  let wish: Mark | null = null;
  let departure: Mark | null = null;
  let permanence: Mark | null = null;
  let whole: Mark | null = null;
  let despair: Mark | null = null;
  let weariness: Mark | null = null;
  let afterDeterminer = false;
  let deniedReport = false;

  const add = (name: string, weight: number, who: Holder, words: string) => {
    if (who === "self" || who === "other") found.push({ name, weight, holder: who, words });
  };

  for (let at = 0; at < tokens.length; at++) {
    const raw = tokens[at]!;
    const possessive = raw.endsWith("'s");
    const token = possessive ? raw.slice(0, -2) : raw;
    const concept: Concept | undefined = token === "good" && tokens[at - 1] === "for" ? "permanence" : conceptOf(token);
    const negated = at - negatorAt <= NEGATION_REACH;
    const determined = afterDeterminer;
    afterDeterminer = DETERMINERS.has(token);

    if (REPORTING.has(token) && negated) {
      deniedReport = true;
      continue;
    }
    if (concept === "self") {
      holder = "self";
      negatorAt = deniedReport ? at : -Infinity;
      deniedReport = false;
      continue;
    }
    if (concept === "other" || possessive) {
      holder = "other";
      negatorAt = -Infinity;
      continue;
    }
    if (concept === "generic") {
      holder = "generic";
      continue;
    }
    if (concept === "topic") return [];
    if (concept === "negator") {
      if (!NOT_DENIALS.has(tokens[at + 1] ?? "")) negatorAt = at;
      continue;
    }
    if (concept === undefined) {
      if (determined && !afterDeterminer) holder = "thing";
      continue;
    }
    const mark: Mark = { at, negated, holder, word: token };
    if (negated) negatorAt = -Infinity;
    const wishFor = (object: Mark) => wish !== null && wish.holder === object.holder && object.at - wish.at <= WISH_REACH;

    switch (concept) {
      case "wish":
        wish = mark;
        break;
      case "death": {
        const bound = DEATH_BINDERS.has(tokens[at - 1] ?? "") || token === "death" || token === "suicide" || token === "overdose";
        if (bound && wishFor(mark) && wish!.negated === negated) add("a wish to die", 3, holder, `${wish!.word} … ${token}`);
        break;
      }
      case "being": {
        const next = tokens[at + 1] === "up" ? tokens[at + 2] : tokens[at + 1];
        if (next !== undefined && HOW_NOT_WHETHER.has(next)) break;
        if (wishFor(mark) && wish!.negated !== negated) add("a wish not to live", 3, holder, `${wish!.negated ? "not " : ""}${wish!.word} … ${negated ? "not " : ""}${token}`);
        if (!PART_OF_LIFE.has(tokens[at + 1] ?? "")) whole = mark;
        break;
      }
      case "departure": {
        const next = tokens[at + 1];
        const somewhere = next !== undefined && PLACE_AFTER.has(next) && !(next === "for" && tokens[at + 2] === "good");
        if (!negated && !somewhere) departure = mark;
        break;
      }
      case "permanence":
        if (!negated) permanence = mark;
        break;
      case "whole":
        if (!PART_OF_LIFE.has(tokens[at + 1] ?? "")) whole = mark;
        break;
      case "despair":
        if (!negated) despair = mark;
        break;
      case "meaning":
        if (negated || (tokens[at - 2] === "what" && tokens[at - 1] === "the") || tokens[at - 3] === "what") despair = mark;
        break;
      case "weariness":
        if (!negated) weariness = mark;
        break;
      case "burden":
        if (!negated) add("feels a burden", 1, holder, token);
        break;
    }
  }

  if (departure && permanence && departure.holder !== "thing") {
    const wished = wish !== null && !wish.negated && wish.holder === departure.holder;
    add("going away for ever", wished ? 3 : 2, departure.holder, `${wished ? `${wish!.word} … ` : ""}${departure.word} … ${permanence.word}`);
  }
  if (whole && despair) add("life without point or sense", 2, whole.holder === "thing" ? despair.holder : whole.holder, `${whole.word} … ${despair.word}`);
  if (whole && weariness && weariness.at < whole.at) add("weary of life", 2, weariness.holder, `${weariness.word} … ${whole.word}`);
  return found;
}
