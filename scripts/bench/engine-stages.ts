// `npx node scripts/bench/engine-stages.ts [corpus|longest|4000|crisis|context] [stage…]`: where the engine's time goes, stage by stage
// (only the stages whose names hold one of the given words, when any are given: "scorer", "cues", "normalise"…).
// Each stage runs alone over the same messages (after the whole engine has answered them, so every table is
// built and the code is optimised); CPU time (user + system) per message, the best of 9 batches. The stages are
// timed apart, so they do not add up to the whole exactly (alone, a stage keeps its tables in the CPU's caches).
import { answerMessage } from "../../functions/engine/answer-message.ts";
import { chatOnly } from "../../functions/engine/compose/small-talk.ts";
import { boundedForReading } from "../../functions/engine/context/conversation-risk.ts";
import { languageEvidence } from "../../functions/engine/language/detect-language.ts";
import { type NormalisedMessage, normalise } from "../../functions/engine/normalise/normalise.ts";
import { retrieve } from "../../functions/engine/retrieve/retrieve.ts";
import { detectSituation } from "../../functions/engine/situation/detect-situation.ts";
import { triageInContext } from "../../functions/engine/triage/cancellations.ts";
import { judgeInLanguages } from "../../functions/engine/triage/judge-in-languages.ts";
import { scorerFor } from "../../functions/engine/triage/pack-scorers.ts";
import { ASK_PACKS, ENGLISH } from "../../functions/engine/triage/packs.ts";
import { DEFAULT_CONFIG } from "../../shared/schemas/community-config.ts";
import { CORPUS_TEXTS, contextsFor } from "./engine.ts";
import { storyWithCrisis, storyWithQuestion } from "./long-messages.ts";

const which = process.argv[2] ?? "corpus";
const only = process.argv.slice(3);
const contexts = contextsFor(CORPUS_TEXTS);
/** The texts read, and the context each is answered with (none but for "context", which reads each one's joined context). */
const TEXTS: Record<string, () => { texts: string[]; label: string }> = {
  corpus: () => ({ texts: [...CORPUS_TEXTS], label: "every corpus message" }),
  longest: () => ({ texts: CORPUS_TEXTS.filter((text) => text.length > 250), label: "the corpus messages over 250 characters (the slowest 5%)" }),
  "4000": () => ({ texts: [storyWithQuestion(4_000)], label: "the 4,000-character question" }),
  crisis: () => ({ texts: [storyWithCrisis(4_000)], label: "the 4,000-character crisis story" }),
  context: () => ({
    texts: contexts.map((context) => context.map((text) => boundedForReading(text).read).join("\n")),
    label: "each corpus message's five earlier messages as the conversation's reading joins them",
  }),
};
const chosen = TEXTS[which];
if (!chosen) throw new Error(`Which texts? ${Object.keys(TEXTS).join(", ")}`);
const { texts, label } = chosen();

for (let pass = 0; pass < 2; pass++) {
  CORPUS_TEXTS.forEach((text, index) => {
    answerMessage({ text, locale: "en-GB", context: contexts[index]! }, { config: DEFAULT_CONFIG });
  });
}
for (let pass = 0; pass < 50; pass++) for (const text of texts) answerMessage({ text, locale: "en-GB" }, { config: DEFAULT_CONFIG });

const messages = texts.map(normalise);
const scorer = scorerFor(ENGLISH);
// A fresh object each time: the scorer remembers a message's words by the object, triage its masked clauses.
const copy = (message: NormalisedMessage): NormalisedMessage => ({ ...message });
const STAGES: [string, (index: number) => unknown][] = [
  ["whole engine (answerMessage)", (index) => answerMessage({ text: texts[index]!, locale: "en-GB" }, { config: DEFAULT_CONFIG })],
  ["normalise", (index) => normalise(texts[index]!)],
  ["language", (index) => languageEvidence(texts[index]!, "en-GB")],
  ["judgement, English pack (cues + scorer)", (index) => judgeInLanguages(copy(messages[index]!), "en", [ENGLISH])],
  ["  cues alone (triage)", (index) => triageInContext(copy(messages[index]!), ENGLISH)],
  ["  scorer alone", (index) => scorer.score(copy(messages[index]!))],
  ["check-in pack's cues (ASK_PACKS.en)", (index) => triageInContext(copy(messages[index]!), ASK_PACKS.en!)],
  [
    "cues, English then check-in (one message)",
    (index) => {
      const message = copy(messages[index]!);
      triageInContext(message, ENGLISH);
      return triageInContext(message, ASK_PACKS.en!);
    },
  ],
  ["retrieval", (index) => retrieve(copy(messages[index]!), DEFAULT_CONFIG, "en")],
  ["small talk (chatOnly)", (index) => chatOnly(messages[index]!.text)],
  ["situation (detectSituation)", (index) => detectSituation(messages[index]!)],
];

const repetitions = Math.max(1, Math.round(2_000 / texts.length));
console.log(`${label}: ${texts.length} texts, CPU µs per text (best of 9 batches of ${repetitions} passes)`);
for (const [name, stage] of STAGES) {
  if (only.length > 0 && !only.some((word) => name.includes(word))) continue;
  for (let pass = 0; pass < 3; pass++) for (let index = 0; index < texts.length; index++) stage(index);
  let best = Number.POSITIVE_INFINITY;
  for (let batch = 0; batch < 9; batch++) {
    const before = process.cpuUsage();
    for (let pass = 0; pass < repetitions; pass++) for (let index = 0; index < texts.length; index++) stage(index);
    const { user, system } = process.cpuUsage(before);
    best = Math.min(best, (user + system) / (repetitions * texts.length));
  }
  console.log(`  ${name.padEnd(42)} ${best.toFixed(1).padStart(8)}`);
}
