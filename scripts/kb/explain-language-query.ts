// How a language's knowledge base reads one message (`npx node scripts/kb/explain-language-query.ts fr "…"`): the
// analyzer's stems, the threshold and the words' five best topics with the topic model's probability where the
// language has one. For tuning on open questions only.
import { hasTerm } from "../../functions/engine/retrieve/bm25.ts";
import { analyzerFor } from "../../functions/engine/retrieve/language-analyzers.ts";
import { rank, vocabularyOf } from "../../functions/engine/retrieve/rank.ts";
import { modelStems, topicModelFor } from "../../functions/engine/retrieve/topic-model-hashed.ts";
import { KNOWLEDGE_BASES } from "../../functions/knowledge/generated/knowledge-bases.ts";

const [language = "de", ...texts] = process.argv.slice(2);
const { index } = KNOWLEDGE_BASES[language]!;
const analyzer = analyzerFor(language);
const known = (term: string) => hasTerm(index, term);
for (const text of texts) {
  const stems = modelStems(analyzer, text, known);
  const { scored, threshold } = rank(text, [{ index, vocabulary: vocabularyOf(index) }], analyzer);
  const model = topicModelFor(language);
  const probabilities = model?.probabilityMap(stems);
  console.log(`${text}\n  stems: ${stems.map((stem) => (known(stem) ? stem : `${stem}?`)).join(" ")}\n  threshold ${threshold.toFixed(1)}`);
  for (const { id, score } of scored.slice(0, 5)) {
    const p = probabilities?.get(id);
    console.log(`  ${score.toFixed(1).padStart(6)} ${id}${p === undefined ? "" : ` (p ${p.toFixed(2)})`}`);
  }
}
