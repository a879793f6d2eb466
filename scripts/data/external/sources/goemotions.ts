// GoEmotions (Demszky et al., 2020): Reddit comments rated for 27 emotions or neutral. All benign here, except
// the few that may be crises: a comment whose own words are first-person risk (kill myself, want to die, end
// my life, cut myself …) is left out, unless its raters heard only amusement in it; and so is suicide talk that
// raters heard as sad or afraid. Everything else with crisis words (dead, dying, kill me, suicide as a topic)
// is kept as the benign "crisis-words" negatives the scorer most needs.
import { riskWordsVerdict } from "../risk-words.ts";
import type { RawRow, Source } from "../source.ts";

const EMOTIONS = [
  "admiration",
  "amusement",
  "anger",
  "annoyance",
  "approval",
  "caring",
  "confusion",
  "curiosity",
  "desire",
  "disappointment",
  "disapproval",
  "disgust",
  "embarrassment",
  "excitement",
  "fear",
  "gratitude",
  "grief",
  "joy",
  "love",
  "nervousness",
  "optimism",
  "pride",
  "realization",
  "relief",
  "remorse",
  "sadness",
  "surprise",
  "neutral",
] as const;

const NEGATIVE = new Set(["sadness", "grief", "fear", "nervousness", "remorse", "disappointment", "embarrassment"]);

export const PATHS = ["data/original/train.tsv", "data/original/dev.tsv", "data/original/test.tsv"];

/** The TSVs quote a text that holds a double quote, CSV-style: "a ""b"" c". */
function unquote(field: string): string {
  if (field.length >= 2 && field.startsWith('"') && field.endsWith('"')) return field.slice(1, -1).replace(/""/g, '"');
  return field;
}

/** The dataset masks names; a plain name and word keep "[NAME]" from becoming a learnt sign of "benign". */
function unmask(text: string): string {
  return text.replace(/\[NAME\]/g, "Sam").replace(/\[RELIGION\]/g, "religion");
}

export function labelComment(text: string, emotions: string[]): RawRow | { excluded: string } {
  const negative = emotions.some((e) => NEGATIVE.has(e));
  const verdict = riskWordsVerdict(text, emotions.includes("amusement"), negative);
  if (verdict === "exclude") return { excluded: "possible risk: first-person risk words not heard only as a joke, or suicide talk heard as sad" };
  if (verdict === "joking") return { text, expect: "benign", category: "crisis-words-joking" };
  if (verdict === "crisis-words") return { text, expect: "benign", category: "crisis-words" };
  if (negative) return { text, expect: "benign", category: "emotional-negative" };
  if (emotions.every((e) => e === "neutral")) return { text, expect: "benign", category: "ordinary" };
  return { text, expect: "benign", category: "emotional" };
}

export const goemotions: Source = {
  id: "goemotions",
  title: "GoEmotions: 54k Reddit comments with emotion ratings (the rater-agreement train/dev/test files)",
  snapshot: { repo: "monologg/GoEmotions-pytorch", commit: "b75f9d3a8b76bc1060687925b04ca98a1b8ea66b", paths: PATHS },
  upstream:
    "google-research/google-research goemotions/data/{train,dev,test}.tsv (train/dev at 2adf640a14f11025ae5a9d0ec493b78530d276d3, test at b91598b43297db06cca27a29fe2d0442dffea029): identical text, checked 2026-12-07 by character counts (3,497,811 / 436,365 / 434,093) and content at several offsets",
  licence: {
    status: "open",
    name: "Apache-2.0 (the official dataset card google-research-datasets/go_emotions, and the google-research and mirror repositories' LICENSE); the brief cites CC BY 4.0 — both allow reuse with attribution to Demszky et al. 2020",
    readAt:
      "dataset card google-research-datasets/go_emotions (License: apache-2.0), read 2026-12-07; monologg/GoEmotions-pytorch LICENSE; goemotions/README.md names no separate data licence",
  },
  labels:
    "All benign (Reddit comments in ordinary subreddits, rated for emotion, not risk). Category from the comment's words and its raters' emotions: crisis-words-joking (first-person risk words heard only as amusement), crisis-words (dead, dying, kill, suicide as a topic …), emotional-negative (sadness, grief, fear, nervousness, remorse, disappointment, embarrassment), emotional (any other emotion), ordinary (neutral only). Left out: first-person risk words not heard as a joke, and suicide talk heard as sad or afraid (possible crises, not labelled either way). [NAME] → Sam, [RELIGION] → religion.",
  noise:
    "Emotion raters were not asked about risk: a rare comment with risk in words the rule does not know may still be labelled benign. Comments are short (≤ 30 tokens). Some crisis-words rows are about another person's death or suicide (benign for the writer's own risk, but the triage's 'whose risk' check decides them).",
  cap: 20000,
  read(readFile) {
    const rows: RawRow[] = [];
    const excluded: Record<string, number> = {};
    for (const path of PATHS) {
      for (const line of readFile(path).split("\n")) {
        if (!line.trim()) continue;
        const [field = "", ids = ""] = line.split("\t");
        const emotions = ids.split(",").map((i) => EMOTIONS[Number(i)] ?? "neutral");
        const labelled = labelComment(unmask(unquote(field)), emotions);
        if ("excluded" in labelled) excluded[labelled.excluded] = (excluded[labelled.excluded] ?? 0) + 1;
        else rows.push(labelled);
      }
    }
    return { rows, excluded };
  },
};
