// TweetEval (Barbieri et al., 2020): real tweets from SemEval tasks — emotion (anger, joy, optimism,
// sadness), irony, the emoji a tweet used, sentiment. All benign, through the same conservative risk-words rule
// as GoEmotions: a joke is heard from irony, a laughing or winking emoji, or joy; sadness from the sadness
// emotion or negative sentiment.
import { riskWordsVerdict } from "../risk-words.ts";
import type { RawRow, Source } from "../source.ts";

const TASKS: Record<string, { splits: string[]; labels: string[] }> = {
  emotion: { splits: ["train", "val", "test"], labels: ["anger", "joy", "optimism", "sadness"] },
  irony: { splits: ["train", "val", "test"], labels: ["non_irony", "irony"] },
  emoji: {
    splits: ["train", "val", "test"],
    labels: ["❤", "😍", "😂", "💕", "🔥", "😊", "😎", "✨", "💙", "😘", "📷", "🇺🇸", "☀", "💜", "😉", "💯", "😁", "🎄", "📸", "😜"],
  },
  // The sentiment train file is over the snapshot's 4 MiB limit; val and test are enough here.
  sentiment: { splits: ["val", "test"], labels: ["negative", "neutral", "positive"] },
};
const JOKE = new Set(["irony", "😂", "😜", "😉", "😁", "joy"]);
const SAD = new Set(["sadness", "negative"]);

const PATHS = Object.entries(TASKS).flatMap(([task, { splits }]) =>
  splits.flatMap((split) => [`datasets/${task}/${split}_text.txt`, `datasets/${task}/${split}_labels.txt`]),
);

function categoryOf(task: string, label: string): string {
  if (task === "irony") return label === "irony" ? "ironic" : "ordinary";
  if (task === "emotion") return label === "sadness" || label === "anger" ? "emotional-negative" : "emotional";
  if (task === "sentiment") return label === "negative" ? "emotional-negative" : "ordinary";
  return "ordinary";
}

export const tweeteval: Source = {
  id: "tweeteval",
  title: "TweetEval: real tweets from the SemEval emotion, irony, emoji and sentiment tasks",
  snapshot: { repo: "cardiffnlp/tweeteval", commit: "4fbd22cd78421f05b1ecdb4fc5725bc7a7bd8f66", paths: PATHS },
  licence: {
    status: "research-only",
    name: "TweetEval is released without restrictions; the original SemEval task licences (research use) and Twitter's terms apply",
    readAt: "cardiffnlp/tweeteval README.md, section License, at 4fbd22cd78421f05b1ecdb4fc5725bc7a7bd8f66",
  },
  labels:
    "All benign (tweets rated for emotion, irony, emoji or sentiment, not risk). Risk words as for GoEmotions: first-person risk words kept as crisis-words-joking only when the tweet is ironic, used 😂 😜 😉 😁, or is joy, and is not sadness or negative; otherwise left out; suicide talk rated sad or negative left out; other crisis words → crisis-words. Else: ironic (irony task, ironic), emotional-negative (sadness, anger, negative sentiment), emotional (joy, optimism), ordinary (the rest). @user placeholders removed.",
  noise:
    "Raters judged emotion, irony or emoji, never risk; the SemEval emotion tweets were gathered with emotion words, so sadness tweets lean dark (those with first-person risk words are left out). Emoji-task tweets are often captions with a place name.",
  cap: 20000,
  read(readFile) {
    const rows: RawRow[] = [];
    const excluded: Record<string, number> = {};
    for (const [task, { splits, labels }] of Object.entries(TASKS)) {
      for (const split of splits) {
        const texts = readFile(`datasets/${task}/${split}_text.txt`).split("\n");
        const ids = readFile(`datasets/${task}/${split}_labels.txt`).split("\n");
        texts.forEach((raw, i) => {
          const text = raw.replace(/@user\b/g, " ").trim();
          const label = labels[Number(ids[i])];
          if (!text || label === undefined) return;
          const verdict = riskWordsVerdict(text, JOKE.has(label), SAD.has(label));
          if (verdict === "exclude") {
            excluded[`possible risk (${task})`] = (excluded[`possible risk (${task})`] ?? 0) + 1;
            return;
          }
          const category = verdict === "joking" ? "crisis-words-joking" : (verdict ?? categoryOf(task, label));
          rows.push({ text, expect: "benign", category });
        });
      }
    }
    return { rows, excluded };
  },
};
