// `npx node scripts/bench/same-answers.ts [out.jsonl]`: every corpus message (English and test/corpus/<lang>/), alone,
// with the five messages before it in its file as `context`, and with a community's custom answers; each
// conversation's turns with the turns before them; the long messages and the largest context. Prints one SHA-256
// of every reply, and with a path writes the replies one a line (kept out of git) so two checkouts' can be diffed.
// Run it on a checkout of the old engine and the new one: the hashes must be equal (docs/performance.md).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { answerMessage } from "../../functions/engine/answer-message.ts";
import { DEFAULT_CONFIG, type ResolvedCommunityConfig } from "../../shared/schemas/community-config.ts";
import { MANY_CUSTOM_ANSWERS } from "./engine.ts";
import { longMessages, storyWithCrisis, storyWithQuestion } from "./long-messages.ts";

const CORPUS = join(import.meta.dirname, "../../test/corpus");
const CONTEXT_TURNS = 5;

interface Item {
  text: string;
  locale?: string;
}

function corpusFiles(): string[] {
  const files = readdirSync(CORPUS).filter((name) => name.endsWith(".json") && name !== "conversations.json");
  for (const language of ["es", "pt", "fr", "de"]) {
    for (const name of readdirSync(join(CORPUS, language))) if (name.endsWith(".json")) files.push(`${language}/${name}`);
  }
  return files.sort();
}

const replies: string[] = [];
const hash = createHash("sha256");
function record(label: string, text: string, locale: string, config: ResolvedCommunityConfig, context?: readonly string[]): void {
  let reply: string;
  try {
    reply = JSON.stringify(answerMessage({ text, locale, ...(context ? { context: [...context] } : {}) }, { config }));
  } catch (error) {
    reply = `THREW ${(error as Error).message}`;
  }
  // The label says where the message is (file and index), never its words.
  const line = `${label}\t${reply}`;
  hash.update(line).update("\n");
  replies.push(line);
}

let messages = 0;
for (const file of corpusFiles()) {
  const items = (JSON.parse(readFileSync(join(CORPUS, file), "utf8")) as Item[]).filter((item) => typeof item.text === "string");
  const texts = items.map((item) => item.text);
  items.forEach((item, index) => {
    const locale = item.locale ?? "en-GB";
    const context = Array.from({ length: CONTEXT_TURNS }, (_, back) => texts[(index - CONTEXT_TURNS + back + texts.length) % texts.length]!);
    record(`${file}#${index}`, item.text, locale, DEFAULT_CONFIG);
    record(`${file}#${index}+context`, item.text, locale, DEFAULT_CONFIG, context);
    record(`${file}#${index}+custom`, item.text, locale, MANY_CUSTOM_ANSWERS);
    messages++;
  });
}

const { conversations } = JSON.parse(readFileSync(join(CORPUS, "conversations.json"), "utf8")) as {
  conversations: { id: string; turns: Item[] }[];
};
for (const { id, turns } of conversations) {
  turns.forEach((turn, index) => {
    const context = turns.slice(Math.max(0, index - CONTEXT_TURNS), index).map(({ text }) => text);
    record(`conversations#${id}.${index}`, turn.text, turn.locale ?? "en-GB", DEFAULT_CONFIG, context);
    messages++;
  });
}

for (const length of [100, 400, 1_000, 2_000, 4_000]) {
  for (const message of longMessages([length])) record(`long#${message.name}`, message.text, "en-GB", DEFAULT_CONFIG);
  const story = storyWithQuestion(length * 6);
  const crisis = storyWithCrisis(length * 6);
  for (const [name, whole] of [
    ["story", story],
    ["crisis", crisis],
  ] as const) {
    const context = Array.from({ length: 5 }, (_, index) => whole.slice(index * length, (index + 1) * length));
    record(`full-context#${name}-${length}`, whole.slice(5 * length), "en-GB", DEFAULT_CONFIG, context);
  }
}

const out = process.argv[2];
if (out) writeFileSync(out, `${replies.join("\n")}\n`);
console.log(`${messages} messages, ${replies.length} replies: sha256 ${hash.digest("hex")}`);
