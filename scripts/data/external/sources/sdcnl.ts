// SDCNL (Haque, Reddi & Giallanza, 2021): 1,895 Reddit posts, labelled by the subreddit they were posted in —
// r/SuicideWatch (crisis) or r/depression (kept benign, category "depression", for the lead to decide).
import { parseCsv } from "../csv.ts";
import type { RawRow, Source } from "../source.ts";

const PATHS = ["data/training-set.csv", "data/testing-set.csv"];

export const sdcnl: Source = {
  id: "sdcnl",
  title: "SDCNL: r/SuicideWatch and r/depression posts (suicide vs depression classification)",
  snapshot: { repo: "ayaanzhaque/SDCNL", commit: "ddf995aabd028657385cac6cee92c5d53774992d", paths: PATHS },
  licence: {
    status: "none-stated",
    name: "NONE STATED: no LICENSE file; the README publishes the data for research ('We provide our data with the proper train/test split'). Implied research permission only — the lead decides whether it may be used (drop it with one line in sources/index.ts).",
    readAt: "ayaanzhaque/SDCNL README.md and tree at ddf995aabd028657385cac6cee92c5d53774992d (no LICENSE)",
  },
  labels:
    "From the subreddit (the dataset's own label is_suicide): r/SuicideWatch → crisis, reason suicide_self_harm, category suicidewatch; r/depression → benign, category depression (many depression posts mention wanting to die: the lead decides whether to train on them as benign, as check-in, or leave them out). Text = title + body (the raw columns, not the authors' cleaned ones); the author column is not read.",
  noise:
    "Subreddit labels, not annotation: some r/SuicideWatch posts are about someone else, grief, or past attempts; many r/depression posts carry passive or active suicidal ideation. The authors report label noise and proposed a correction; the raw labels are used here.",
  cap: 20000,
  read(readFile) {
    const rows: RawRow[] = [];
    for (const path of PATHS) {
      for (const post of parseCsv(readFile(path))) {
        const title = (post.title ?? "").trim();
        const body = (post.selftext ?? "").trim();
        const text = body && !/^\[(removed|deleted)\]$/.test(body) ? `${title}${/[.!?]$/.test(title) ? "" : "."}\n${body}` : title;
        if (post.is_suicide === "1") rows.push({ text, expect: "crisis", reason: "suicide_self_harm", category: "suicidewatch" });
        else if (post.is_suicide === "0") rows.push({ text, expect: "benign", category: "depression" });
      }
    }
    return { rows, excluded: {} };
  },
};
