import { chatOnly } from "../functions/engine/compose/small-talk.ts";
import { normalise } from "../functions/engine/normalise/normalise.ts";
import q from "../test/corpus/questions.json" with { type: "json" };
import h from "../test/corpus/questions-holdout.json" with { type: "json" };
for (const row of [...q, ...h] as { text: string; topic: string | null }[]) {
  const t = chatOnly(normalise(row.text).text);
  if (t !== null && row.topic !== null) console.log(t, "|", row.topic, "|", row.text);
}
