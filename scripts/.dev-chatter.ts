import { chatterEvaluation } from "/work/wt/chat-sized/test/eval/chatter-evaluation.ts";
const r = chatterEvaluation();
console.log(r.lines.join("\n"));
