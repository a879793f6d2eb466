import {
  type Check,
  type CueGroupRecord,
  type CueRecord,
  cueTemplate,
  expandLexicon,
  type Lexicon,
  type Who,
} from "../../../shared/content/triage/cue-record.ts";
import { withBarriersCompiled, withCodeBarriers } from "./regexp-code.ts";

export type { Check, Who };

/**
 * A cue record (shared/content/triage/<language>/cues) ready to match: its phrases joined into one
 * pattern, `{NAME}` lists expanded from its pack's lexicon. Patterns run on one clause of the folded
 * text (see normalise).
 */
export interface Cue<Reason extends string = string> extends Omit<CueRecord<Reason>, "phrases" | "frame" | "rationale" | "matches" | "ignores"> {
  /** The pattern as written, with `{NAME}` placeholders for lexicon lists. */
  template: string;
  /** The pattern's source, lists expanded: worked out on first use, like the pattern. */
  source: string;
  /**
   * Compiled on first use: most cues never run in an isolate's life, and compiling them all would slow start-up.
   * Its source is `source` with code barriers (regexp-code.ts): the same matches, far less machine code.
   */
  pattern: RegExp;
}

/** A group of cues about one kind of risk or request, compiled. */
export interface CueGroup<Reason extends string> extends Omit<CueGroupRecord<Reason>, "cues"> {
  cues: readonly Cue<Reason>[];
}

/** The cue compiled lazily against the lexicon (examples and rationale stay with the record). */
export function compileCue<Reason extends string>(record: CueRecord<Reason>, lexicon: Lexicon): Cue<Reason> {
  const { phrases, frame, rationale, matches, ignores, ...options } = record;
  const template = cueTemplate(record);
  let source: string | undefined;
  let compiled: RegExp | undefined;
  const { needs } = options;
  return {
    ...options,
    template,
    /** The whole-message condition with code barriers too: made on first use, once per condition however many cues share it. */
    get needs() {
      return needs && withBarriersCompiled(needs);
    },
    get source() {
      return (source ??= expandLexicon(lexicon, template));
    },
    get pattern() {
      return (compiled ??= new RegExp(withCodeBarriers((source ??= expandLexicon(lexicon, template))), "g"));
    },
  };
}

export function compileGroup<Reason extends string>(group: CueGroupRecord<Reason>, lexicon: Lexicon): CueGroup<Reason> {
  return { ...group, cues: group.cues.map((record) => compileCue(record, lexicon)) };
}
