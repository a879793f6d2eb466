// stupidstuff.org jokes from taivop/joke-dataset: every text is a joke by where it was published, so crisis
// words in it (kill, die, suicide, "shoot me") are the benign negatives of a joke, not a disclosure.
import { CRISIS_WORDS, FIRST_PERSON_RISK } from "../risk-words.ts";
import type { RawRow, Source } from "../source.ts";

const PATH = "stupidstuff.json";

export const jokes: Source = {
  id: "jokes",
  title: "English plaintext jokes (stupidstuff.org, from taivop/joke-dataset)",
  snapshot: { repo: "taivop/joke-dataset", commit: "633965537d15d46adb5ab064806cddc681406d69", paths: [PATH] },
  licence: {
    status: "research-only",
    name: "Provided for research purposes, no ownership claimed, not for commercial use (the dataset's own terms); copyright of jokes unclear",
    readAt: "taivop/joke-dataset README.md, section License, at 633965537d15d46adb5ab064806cddc681406d69",
  },
  labels:
    "All benign: published as jokes. Category crisis-words-joking (first-person risk words: kill me, I want to die …), crisis-words (other crisis words), joke (none). reddit_jokes.json and wocka.json are over the snapshot's 4 MiB limit and not used.",
  noise: "Jokes read as jokes by their source; some are crude or offensive; long narrative jokes are not how people chat.",
  cap: 5000,
  read(readFile) {
    const rows: RawRow[] = [];
    for (const joke of JSON.parse(readFile(PATH)) as { body?: string }[]) {
      const text = (joke.body ?? "").trim();
      const category = FIRST_PERSON_RISK.test(text) ? "crisis-words-joking" : CRISIS_WORDS.test(text) ? "crisis-words" : "joke";
      rows.push({ text, expect: "benign", category });
    }
    return { rows, excluded: {} };
  },
};
