import { parseArgs } from "node:util";
// `npm run ask -- "why does my therapist say we"`: the engine's reply as a user would see it; `--locale en-GB` as the
// member's locale, `--region GB` as the community's configured region, `--full` the whole answer ("Tell me more").
// `--explain` also gives the language read (and the packs the message is judged with), per pack the triage cues that
// fired or were cancelled (by id, per clause) and its scorer's probability, the best-scoring topics and the threshold.
import { answerMessage } from "../functions/engine/answer-message.ts";
import { languageEvidence } from "../functions/engine/language/detect-language.ts";
import { normalise } from "../functions/engine/normalise/normalise.ts";
import { rankTopics, SEMANTIC, understandMessage } from "../functions/engine/retrieve/retrieve.ts";
import { triageInContext } from "../functions/engine/triage/cancellations.ts";
import { explainTriage } from "../functions/engine/triage/explain.ts";
import { packsFor } from "../functions/engine/triage/judge-in-languages.ts";
import { scorerFor } from "../functions/engine/triage/pack-scorers.ts";
import { contactParts } from "../shared/render/resource-line.ts";
import { DEFAULT_CONFIG, resolveConfig } from "../shared/schemas/community-config.ts";
import { assignedCountryCode } from "../shared/schemas/country-codes.ts";

const { values, positionals } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { explain: { type: "boolean" }, full: { type: "boolean" }, locale: { type: "string" }, region: { type: "string" } },
});
const explain = values.explain ?? false;
const packName = (pack: { language: string; askOnly?: boolean }) => `${pack.language}${pack.askOnly ? " check-in" : ""}`;
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
  const evidence = languageEvidence(text, values.locale);
  const packs = packsFor(evidence.nearest, evidence.mentioned);
  console.log(
    `\nLanguage: ${evidence.language}${evidence.language === "other" ? ` (nearest ${evidence.nearest})` : ""}; judged with the ${packs.map(packName).join(" and ")} pack${packs.length > 1 ? "s" : ""}`,
  );
  for (const pack of packs) {
    const tag = packs.length > 1 ? `[${packName(pack)}] ` : "";
    const { clauses, result } = explainTriage(message, pack);
    console.log(`\n${tag}Cues: ${result ? `${result.kind} · ${result.reason}` : "none held"}`);
    for (const { clause, fired, cancelled } of clauses) {
      if (fired.length === 0 && cancelled.length === 0) continue;
      console.log(`  "${clause}"`);
      for (const cue of fired) console.log(`    fired      ${cue.id} → ${cue.reason}`);
      for (const cue of cancelled) console.log(`    cancelled  ${cue.id} (${cue.by})`);
    }
    const scorer = scorerFor(pack);
    const scored = scorer.score(message, triageInContext(message, pack).cancelled);
    const { crisis, checkIn, cueFloor } = scorer.thresholds;
    console.log(
      `${tag}Scorer: probability ${scored.probability.toFixed(3)} (crisis ≥ ${crisis}, check-in ≥ ${checkIn}, a cue's crisis ≥ ${cueFloor}); reason if risk: ${scored.reason}`,
    );
    const moved = scorer.influences(scored).slice(0, 8);
    console.log(`${tag}Words that moved it most: ${moved.map(({ word, weight }) => `${word} ${weight >= 0 ? "+" : ""}${weight.toFixed(2)}`).join(", ")}`);
  }
  const terms = [...understandMessage(message)].map(([term, weight]) => (weight === 1 ? term : `${term}×${weight}`));
  console.log(`\nTerms: ${terms.join(", ") || "(none)"}`);
  const { matches, threshold, outOfScope } = rankTopics(message, config);
  console.log(`\nBest topics (the words' score must reach ${threshold}; meaning adds ${SEMANTIC.weight} per unit of cosine over ${SEMANTIC.floor}):`);
  console.log("   total   words  meaning  learned  topic");
  for (const match of matches.slice(0, 5)) {
    const meaning = match.similarity === undefined ? "      —" : match.similarity.toFixed(2).padStart(7);
    const learned = match.probability === undefined ? "      —" : match.probability.toFixed(2).padStart(7);
    console.log(`  ${match.score.toFixed(2).padStart(6)}  ${match.words.toFixed(2).padStart(6)}  ${meaning}  ${learned}  ${match.topic}`);
  }
  const likeliest = matches.filter(({ probability }) => probability !== undefined).sort((a, b) => b.probability! - a.probability!)[0];
  console.log(
    `Learned topic model (chooses the answer): out of scope ${outOfScope.toFixed(2)}${likeliest ? `, likeliest topic ${likeliest.topic} ${likeliest.probability!.toFixed(2)}` : ""}`,
  );
}
