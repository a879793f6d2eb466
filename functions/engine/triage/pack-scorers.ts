import { ENGLISH_SCORER } from "../scorer/english.ts";
import { RiskScorer } from "../scorer/risk-scorer.ts";
import { ENGLISH, TRIAGE_PACKS, type TriagePack } from "./packs.ts";

/** Every registered pack's scorer, checked when the Worker starts (a model that cannot load stops start-up with the reason). */
const SCORERS = new Map<TriagePack, RiskScorer>(
  Object.values(TRIAGE_PACKS).map((pack) => [pack, pack === ENGLISH ? ENGLISH_SCORER : new RiskScorer(pack.language, pack.scorer)]),
);

/** The scorer of a pack: registered packs' from start-up, any other (a pack being built) made on first use. */
export function scorerFor(pack: TriagePack): RiskScorer {
  let scorer = SCORERS.get(pack);
  if (!scorer) SCORERS.set(pack, (scorer = new RiskScorer(pack.language, pack.scorer)));
  return scorer;
}
