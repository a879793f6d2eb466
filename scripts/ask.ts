// `npm run ask -- "why does my therapist say we"`: the engine's reply as a user would see it.
// `--explain` also lists the triage cues that fired or were cancelled (by id, per clause), the best-scoring
// topics and the confidence threshold.
import { answerMessage } from "../functions/engine/answer-message.ts";
import { normalise } from "../functions/engine/normalise/normalise.ts";
import { rankTopics, SEMANTIC, understandMessage } from "../functions/engine/retrieve/retrieve.ts";
import { ENGLISH_SCORER } from "../functions/engine/scorer/english.ts";
import { triageInContext } from "../functions/engine/triage/cancellations.ts";
import { explainTriage } from "../functions/engine/triage/explain.ts";
import { contactParts } from "../shared/render/resource-line.ts";
import { DEFAULT_CONFIG } from "../shared/schemas/community-config.ts";

const args = process.argv.slice(2);
const explain = args.includes("--explain");
const text = args.filter((arg) => arg !== "--explain").join(" ").trim();
if (!text) {
  console.error('Usage: npm run ask -- [--explain] "your question"');
  process.exit(2);
}

const answer = answerMessage({ text }, { config: DEFAULT_CONFIG });
const label = answer.topic ?? answer.reason;
console.log(`[${answer.kind}${label ? ` · ${label}` : ""}]\n`);
console.log(answer.text);
if (answer.resources.length > 0) {
  console.log("\nResources:");
  for (const resource of answer.resources) console.log(`  • ${resource.name}: ${contactParts(resource).join(" · ")}`);
}
if (answer.followUps.length > 0) {
  console.log("\nYou could also ask:");
  for (const question of answer.followUps) console.log(`  › ${question}`);
}
if (explain) {
  const message = normalise(text);
  const { clauses, result } = explainTriage(message);
  console.log(`\nCues: ${result ? `${result.kind} · ${result.reason}` : "none held"}`);
  for (const { clause, fired, cancelled } of clauses) {
    if (fired.length === 0 && cancelled.length === 0) continue;
    console.log(`  "${clause}"`);
    for (const cue of fired) console.log(`    fired      ${cue.id} → ${cue.reason}`);
    for (const cue of cancelled) console.log(`    cancelled  ${cue.id} (${cue.by})`);
  }
  const scored = ENGLISH_SCORER.score(message, triageInContext(message).cancelled);
  const { crisis, checkIn, cueFloor } = ENGLISH_SCORER.thresholds;
  console.log(`Scorer: probability ${scored.probability.toFixed(3)} (crisis ≥ ${crisis}, check-in ≥ ${checkIn}, a cue's crisis ≥ ${cueFloor}); reason if risk: ${scored.reason}`);
  const moved = ENGLISH_SCORER.influences(scored).slice(0, 8);
  console.log(`Words that moved it most: ${moved.map(({ word, weight }) => `${word} ${weight >= 0 ? "+" : ""}${weight.toFixed(2)}`).join(", ")}`);
  const terms = [...understandMessage(message)].map(([term, weight]) => (weight === 1 ? term : `${term}×${weight}`));
  console.log(`\nTerms: ${terms.join(", ") || "(none)"}`);
  const { matches, threshold } = rankTopics(message, DEFAULT_CONFIG);
  console.log(`\nBest topics (the words' score must reach ${threshold}; meaning adds ${SEMANTIC.weight} per unit of cosine over ${SEMANTIC.floor}):`);
  console.log("   total   words  meaning  topic");
  for (const match of matches.slice(0, 5)) {
    const meaning = match.similarity === undefined ? "      —" : match.similarity.toFixed(2).padStart(7);
    console.log(`  ${match.score.toFixed(2).padStart(6)}  ${match.words.toFixed(2).padStart(6)}  ${meaning}  ${match.topic}`);
  }
}
