// The adapters' conversation memory with 10,000 members talking (docs/conversations.md):
// `npx node --expose-gc scripts/bench/conversation-memory.ts`. Heap after a full garbage collection,
// before and after; a benchmark, not a test.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { CONVERSATION_MEMORY_LIMITS, createConversationMemory } from "../../bot/core/conversation-memory.ts";
import questions from "../../test/corpus/questions.json" with { type: "json" };
import chat from "../../test/corpus/scorer-chat.json" with { type: "json" };
import triage from "../../test/corpus/triage.json" with { type: "json" };

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error("Run with --expose-gc: npx node --expose-gc scripts/bench/conversation-memory.ts");
  process.exit(1);
}

/** The project's chat-sized messages (their lengths are what matters), each made a distinct string. */
const TEXTS = [...triage, ...questions, ...(chat as { text: string }[])].map(({ text }) => text);

function heapMiB(): number {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

function run(name: string, members: number, messageText: (member: number, turn: number) => string, channelsPerMember = 1) {
  const memory = createConversationMemory();
  const before = heapMiB();
  let recorded = 0;
  const started = process.hrtime.bigint();
  for (let turn = 0; turn < CONVERSATION_MEMORY_LIMITS.perConversation + 1; turn++) {
    for (let member = 0; member < members; member++) {
      for (let channel = 0; channel < channelsPerMember; channel++) {
        memory.record(`guild-${member % 500}:channel-${channel}:member-${member}`, messageText(member, turn));
        recorded++;
      }
    }
  }
  const micros = Number(process.hrtime.bigint() - started) / 1000 / recorded;
  const held = memory.size();
  const used = heapMiB() - before; // the memory is still in use here, so it is measured, not collected
  console.log(
    `${name}: ${recorded.toLocaleString("en")} messages recorded; holds ${held.conversations.toLocaleString("en")} member-channel pairs, ` +
      `${held.chars.toLocaleString("en")} characters; heap +${used.toFixed(1)} MiB (${((used * 1024 * 1024) / Math.max(1, held.conversations)).toFixed(0)} bytes a pair); ${micros.toFixed(2)} µs a message`,
  );
  return memory;
}

const chatSized = (member: number, turn: number) => `${TEXTS[(member * 7 + turn) % TEXTS.length]!} ${member}`;
const longest = (member: number, turn: number) => `${member}-${turn} `.padEnd(1_000, "x");
const average = TEXTS.reduce((sum, text) => sum + text.length, 0) / TEXTS.length;
const SCENARIOS = [
  () => run("10,000 members, one channel each, chat-sized messages", 10_000, chatSized),
  () => run("10,000 members, two channels each, chat-sized messages", 10_000, chatSized, 2),
  () => run("10,000 members, one channel each, every message 1,000 characters (the character cap holds)", 10_000, longest),
  () => run("the same in Cyrillic (two bytes a character in V8: the worst case)", 10_000, (member, turn) => `${member}-${turn} `.padEnd(1_000, "ж")),
];

// Each scenario in a fresh process, so one's garbage never counts in another's figure.
const scenario = Number(process.argv[2]);
if (Number.isInteger(scenario)) {
  SCENARIOS[scenario]!();
} else {
  console.log(
    `Bound: ${CONVERSATION_MEMORY_LIMITS.maxConversations.toLocaleString("en")} member-channel pairs, ${CONVERSATION_MEMORY_LIMITS.maxChars.toLocaleString("en")} characters, ` +
      `${CONVERSATION_MEMORY_LIMITS.perConversation} messages of at most ${CONVERSATION_MEMORY_LIMITS.maxMessageChars.toLocaleString("en")} characters each, ${CONVERSATION_MEMORY_LIMITS.ttlMs / 60_000} minutes.`,
  );
  console.log(`Chat-sized messages: the project's corpora, ${TEXTS.length.toLocaleString("en")} messages of ${average.toFixed(0)} characters on average.`);
  for (let index = 0; index < SCENARIOS.length; index++) {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), String(index)], { encoding: "utf8" });
    process.stdout.write(child.stdout);
    if (child.status !== 0) throw new Error(child.stderr);
  }
}
