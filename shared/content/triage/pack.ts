import type { CrisisReason, RedirectReason } from "../../schemas/answer.ts";
import type { CompactGates, CueGroupRecord, Lexicon } from "./cue-record.ts";
import type { RiskModelData, ScorerData } from "./scorer-data.ts";

/** Whole-message conditions the cues share; the matcher itself reads PROJECTION. */
export interface TriageConditions {
  /** "Asking for a friend", "for a story": VERA-MH reads someone else's risk framed so as the writer's own. */
  readonly PROJECTION: RegExp;
  readonly [name: string]: RegExp | string;
}

/**
 * Everything triage needs to know about one language: its cues, word lists and conditions, the gate
 * tables built from them (`npm run build:triage`), and its learned scorer. Adding a language is
 * adding a pack under shared/content/triage/<code>/ and registering it in ../triage/packs.ts; the matcher
 * does not change.
 */
export interface TriagePack {
  /** BCP 47 language code, e.g. "en". */
  readonly language: string;
  /** In the order they are tried (the verdict then ranks reasons by CRISIS_PRIORITY). */
  readonly crisis: readonly CueGroupRecord<CrisisReason>[];
  /** In priority order: the first redirect found wins. */
  readonly redirect: readonly CueGroupRecord<RedirectReason>[];
  readonly lexicon: Lexicon;
  readonly conditions: TriageConditions;
  /** Generated (shared/content/triage/<code>/generated/cue-gates.ts); without it every cue runs on every clause. */
  readonly gates?: CompactGates;
  /** The learned risk scorer's data (generated: shared/content/triage/<code>/generated/). */
  readonly scorer: ScorerData;
  /**
   * A check-in pack (`<code>/ask-cues.ts`): its crisis cues only ask. One that holds gives a check-in, never a crisis
   * reply; the language's own pack and English are read first and their crisis wins.
   */
  readonly askOnly?: boolean;
}

/** What a pack's author writes (shared/content/triage/<code>/cues.ts exports it as `CUES`); `npm run build` derives the rest. */
export type PackCues = Omit<TriagePack, "gates" | "scorer">;

/**
 * A pack from its cues and what `npm run build` generated from them: the gate tables and a scorer that
 * reads hashed word and character n-grams only (no word vectors: every language but English).
 */
export function assemblePack(cues: PackCues, gates: CompactGates, model: RiskModelData): TriagePack {
  return { ...cues, gates, scorer: { model } };
}
