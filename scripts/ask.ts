import { parseArgs } from "node:util";
// `npm run ask -- "why does my therapist say we"`: the engine's reply as a user would see it; `--locale en-GB` as the
// member's locale, `--region GB` as the community's configured region, `--full` the whole answer ("Tell me more").
// `--explain` also lists the triage cues that fired or were cancelled (by id, per clause), the best-scoring
// topics and the confidence threshold.
import { answerMessage } from "../functions/engine/answer-message.ts";
import { normalise } from "../functions/engine/normalise/normalise.ts";
import { rankTopics, SEMANTIC, understandMessage } from "../functions/engine/retrieve/retrieve.ts";
import { ENGLISH_SCORER } from "../functions/engine/scorer/english.ts";
import { triageInContext } from "../functions/engine/triage/cancellations.ts";
import { explainTriage } from "../functions/engine/triage/explain.ts";
import { contactParts } from "../shared/render/resource-line.ts";
import { DEFAULT_CONFIG, resolveConfig } from "../shared/schemas/community-config.ts";
import { assignedCountryCode } from "../shared/schemas/country-codes.ts";

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { explain: { type: "boolean" }, full: { type: "boolean" }, locale: { type: "string" }, region: { type: "string" } },
});
const explain = values.explain ?? false;
const text = positionals.join(" ").trim();
if (!text) {
  console.error('Usage: npm run ask -- [--explain] [--full] [--locale en-GB] [--region GB] "your question"');
  process.exit(2);
}
// As a community's moderators would set it (an assigned ISO code; "UK" is read as GB), else the locale's region.
const region = values.region === undefined ? undefined : (assignedCountryCode(values.region.toUpperCase()) ?? null);
if (region === null) {
  console.error(`--region ${values.region} is not an assigned ISO 3166-1 alpha-2 code`);
  process.exit(2);
}
const config = region ? resolveConfig({ region }) : DEFAULT_CONFIG;

const answer = answerMessage({ text, ...(values.locale ? { locale: values.locale } : {}), ...(values.full ? { detail: "full" as const } : {}) }, { config });
const label = answer.topic ?? answer.reason;
console.log(`[${answer.kind}${label ? ` · ${label}` : ""}]\n`);
console.log(answer.text);
if (answer.more) console.log("\n[Tell me more: npm run ask -- --full …]");
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
  const { matches, threshold } = rankTopics(message, config);
  console.log(`\nBest topics (the words' score must reach ${threshold}; meaning adds ${SEMANTIC.weight} per unit of cosine over ${SEMANTIC.floor}):`);
  console.log("   total   words  meaning  topic");
  for (const match of matches.slice(0, 5)) {
    const meaning = match.similarity === undefined ? "      —" : match.similarity.toFixed(2).padStart(7);
    console.log(`  ${match.score.toFixed(2).padStart(6)}  ${match.words.toFixed(2).padStart(6)}  ${meaning}  ${match.topic}`);
  }
}
