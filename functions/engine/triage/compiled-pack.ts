import type { TriagePack } from "../../../shared/content/triage/pack.ts";
import type { CrisisReason, RedirectReason } from "../../../shared/schemas/answer.ts";
import { type Cue, type CueGroup, compileGroup } from "./cue.ts";
import { CueIndex } from "./find-cues.ts";

/** A pack's cue records compiled (lazily: patterns on first use), and the index that gates them. */
export interface CompiledPack {
  pack: TriagePack;
  crisis: readonly CueGroup<CrisisReason>[];
  redirect: readonly CueGroup<RedirectReason>[];
  /** Every cue, crisis then redirect, in group order: a cue's place here is its number in the index and the gate tables. */
  cues: readonly Cue<string>[];
  /** By cue id. */
  byId: ReadonlyMap<string, Cue<string>>;
  index: CueIndex;
  /**
   * The index with the crisis cues' gates only, and with the redirect cues' only (each built on first use): a reading
   * that may not want the redirects scans by the first, and by the second only if it does.
   */
  readonly crisisIndex: CueIndex;
  readonly redirectIndex: CueIndex;
}

const COMPILED = new WeakMap<TriagePack, CompiledPack>();

/** Built on a pack's first message rather than at start-up (most of an isolate's start-up is spent before any answer). */
export function compiledPack(pack: TriagePack): CompiledPack {
  const compiled = COMPILED.get(pack);
  if (!compiled) {
    const crisis = pack.crisis.map((group) => compileGroup(group, pack.lexicon));
    const redirect = pack.redirect.map((group) => compileGroup(group, pack.lexicon));
    const cues: Cue<string>[] = [...crisis.flatMap((group) => group.cues), ...redirect.flatMap((group) => group.cues)];
    const index = new CueIndex([crisis, redirect], pack.lexicon, pack.gates);
    const crisisCount = crisis.reduce((count, group) => count + group.cues.length, 0);
    let crisisIndex: CueIndex | undefined;
    let redirectIndex: CueIndex | undefined;
    const built: CompiledPack = {
      pack,
      crisis,
      redirect,
      cues,
      byId: new Map(cues.map((cue) => [cue.id, cue])),
      index,
      get crisisIndex() {
        return (crisisIndex ??= index.limitedTo((cue) => cue < crisisCount));
      },
      get redirectIndex() {
        return (redirectIndex ??= index.limitedTo((cue) => cue >= crisisCount));
      },
    };
    COMPILED.set(pack, built);
    return built;
  }
  return compiled;
}
