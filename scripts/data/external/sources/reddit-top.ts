// Top posts of r/SuicideWatch and of general subreddits, collected with Reddit's API (PRAW) on 2021-02-28 by
// Soumyajit Behera for "AI For Social Good: Suicidal Ideation Detection In Online Social Content" and published
// with the repository under the MIT licence. The one openly licensed set of real crisis posts found (issue 14).
// r/SuicideWatch posts are crises, except the community's own notices, recovery stories and grief for someone
// else, which are left out; r/depression and r/Anxiety posts are left out (many speak of wanting to die, so they
// are neither crises nor safe negatives); the general subreddits' posts are benign, through the same risk-words
// rule as GoEmotions, a joke heard only where the subreddit is for jokes. The keyword-collected tweets are not used.
import { parseCsv } from "../csv.ts";
import { riskWordsVerdict } from "../risk-words.ts";
import type { RawRow, Source } from "../source.ts";

const CRISIS_PATH = "Dataset/RedditSuicideData.csv";
const GENERAL_PATH = "Dataset/NoSuicideData.csv";

/** Subreddits whose posts are published as jokes or memes: crisis words there are heard as a joke. */
const JOKE_SUBREDDITS = new Set([
  "Jokes",
  "memes",
  "funny",
  "dankmemes",
  "wholesomememes",
  "me_irl",
  "comedyheaven",
  "PrequelMemes",
  "MemeEconomy",
  "lotrmemes",
]);
/** Mental-health subreddits scraped beside r/SuicideWatch: not labelled either way. */
const UNLABELLED_SUBREDDITS = new Set(["depression", "Anxiety"]);

/** The moderators' notices: rules, wikis, warnings about trolls and scams. */
const COMMUNITY_NOTICE = /\b(moderators?|mods|modmail|wiki|subreddit|this sub|activism|scam\w*|troll\w*|guidelines)\b|\b(PMs?|DMs?)\b/;
/** A story of getting through, told from after it. */
const RECOVERY =
  /\b((won'?t|will not|not going to|decided not to|chose not to) (kill|end|hurt)|(self[- ]?harm|cutting|blade)[- ]free|\w+ (days?|weeks?|months?|years?) (clean|free|sober)|saved my life|glad (i'?m|i am) (still )?(alive|here)|(glad|happy|grateful) (that )?i (failed|survived)|i'?m still here|throw(ing)? (away )?my blades)/i;
/** Grief or worry for another person's suicide. */
const SOMEONE_ELSES =
  /\b((killed|hanged|shot) (him|her|them)sel(f|ves)|(took|take) (his|her|their) (own )?life|committed suicide|lost (my|a|our) \w+ to suicide|(my|a) (friend|brother|sister|son|daughter|mom|mum|dad|father|mother|girlfriend|boyfriend|wife|husband|partner) (is|was|has been) suicidal)\b/i;

/** Title and body as one text, as the SDCNL source builds it, so the same post gives the same text. */
export function postText(title: string, body: string): string {
  const t = title.trim();
  const b = body.trim();
  return b && !/^\[(removed|deleted)\]$/.test(b) ? `${t}${/[.!?]$/.test(t) ? "" : "."}\n${b}` : t;
}

export function labelSuicideWatchPost(text: string): RawRow | { excluded: string } {
  if (COMMUNITY_NOTICE.test(text)) return { excluded: "r/SuicideWatch: a community notice (moderators, rules, trolls, scams)" };
  if (RECOVERY.test(text)) return { excluded: "r/SuicideWatch: a recovery story or a decision not to act" };
  if (SOMEONE_ELSES.test(text)) return { excluded: "r/SuicideWatch: grief or worry for someone else" };
  return { text, expect: "crisis", reason: "suicide_self_harm", category: "suicidewatch" };
}

export function labelGeneralPost(text: string, subreddit: string): RawRow | { excluded: string } {
  const joke = JOKE_SUBREDDITS.has(subreddit);
  const verdict = riskWordsVerdict(text, joke, false);
  if (verdict === "exclude") return { excluded: "general subreddit: first-person risk words outside a joke subreddit" };
  if (verdict === "joking") return { text, expect: "benign", category: "crisis-words-joking" };
  if (verdict === "crisis-words") return { text, expect: "benign", category: "crisis-words" };
  return { text, expect: "benign", category: joke ? "joke" : "ordinary" };
}

export const redditTop: Source = {
  id: "reddit-top",
  title: "Top posts of r/SuicideWatch and of general subreddits (AI For Social Good, collected 2021-02-28)",
  snapshot: { repo: "soumyajit4419/AI_For_Social_Good", commit: "d5bc3f5a327178ab90d36b98cba15fcee01c0163", paths: [CRISIS_PATH, GENERAL_PATH] },
  licence: {
    status: "open",
    name: "MIT (LICENSE, © 2020 Soumyajit Behera), which the README applies to the whole repository ('Distributed under the MIT License'); the data are the author's own collection ('Collected two sets of data from Reddit and Twitter', scraper in Data_Collection/), not a copy of another dataset. Caveats: the MIT text names 'software and associated documentation files', not data; the posts were written by Reddit users and Reddit's terms apply. Decided 2026-12-07: learnt from (drop it with one line in sources/index.ts).",
    readAt:
      "soumyajit4419/AI_For_Social_Good LICENSE, README.md (sections Datasets, Usage, License) and Data_Collection/ at d5bc3f5a327178ab90d36b98cba15fcee01c0163, read 2026-12-07",
  },
  labels:
    "From the subreddit, conservatively. r/SuicideWatch → crisis, reason suicide_self_harm, category suicidewatch, except: community notices (moderators, wiki, rules, trolls, scams), recovery stories or a decision not to act, and grief or worry for someone else's suicide (left out). r/depression and r/Anxiety → left out. General subreddits (r/movies, r/Jokes, r/books, r/memes, r/pics …) → benign, through the GoEmotions risk-words rule: first-person risk words → crisis-words-joking in a joke subreddit, else left out; other crisis words → crisis-words; else joke (joke subreddits) or ordinary. Text = title + body as in SDCNL. The tweets (collected by the keywords suicide, die, end my life and all labelled suicidal) are not used.",
  noise:
    "Subreddit labels, not annotation: all-time top posts of r/SuicideWatch lean to widely upvoted venting and stories; the rules above leave out only what they recognise, so some posts about the past or about others remain. Image posts of the general subreddits are titles only. These r/SuicideWatch posts predate 2021 and may also be in other collections of the subreddit (a reserved evaluation file among them), which cannot be checked without reading it.",
  cap: 20000,
  nearDuplicatesOfEarlierSources: true,
  read(readFile) {
    const rows: RawRow[] = [];
    const excluded: Record<string, number> = {};
    const add = (labelled: RawRow | { excluded: string }) => {
      if ("excluded" in labelled) excluded[labelled.excluded] = (excluded[labelled.excluded] ?? 0) + 1;
      else rows.push(labelled);
    };
    for (const post of parseCsv(readFile(CRISIS_PATH))) {
      const text = postText(post.title ?? "", post.text ?? "");
      if (post.subreddit === "SuicideWatch") add(labelSuicideWatchPost(text));
      else if (UNLABELLED_SUBREDDITS.has(post.subreddit ?? "")) add({ excluded: `r/${post.subreddit}: not labelled either way` });
      else add({ excluded: "unexpected subreddit in the crisis file" });
    }
    for (const post of parseCsv(readFile(GENERAL_PATH))) add(labelGeneralPost(postText(post.title ?? "", post.text ?? ""), post.subreddit ?? ""));
    return { rows, excluded };
  },
};
