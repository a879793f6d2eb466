// Every external source, in the order the script prepares them (earlier sources win a duplicate text).
import type { Source } from "../source.ts";
import { goemotions } from "./goemotions.ts";
import { jokes } from "./jokes.ts";
import { redditTop } from "./reddit-top.ts";
import { sdcnl } from "./sdcnl.ts";
import { spanishSuicide } from "./spanish-suicide.ts";
import { tweeteval } from "./tweeteval.ts";
import { UMSAB_SOURCES } from "./umsab.ts";

// SDCNL comes first so that a post it holds (any split) never reaches a later source that is learnt from;
// reddit-top comes after the other English sources so that adding it left their rows and splits as they were.
// Then the other languages' sources (each names its language), which neither the English scorer nor its figures
// read: they are measured with the whole engine in their language (test/eval/real-language-evaluation.ts).
export const SOURCES: Source[] = [sdcnl, goemotions, tweeteval, jokes, redditTop, spanishSuicide, ...UMSAB_SOURCES];
