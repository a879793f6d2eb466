// Every external source, in the order the script prepares them (earlier sources win a duplicate text).
import type { Source } from "../source.ts";
import { goemotions } from "./goemotions.ts";
import { jokes } from "./jokes.ts";
import { redditTop } from "./reddit-top.ts";
import { sdcnl } from "./sdcnl.ts";
import { tweeteval } from "./tweeteval.ts";

// SDCNL comes first so that a post it holds (any split) never reaches a later source that is learnt from;
// reddit-top comes last so that adding it left the other sources' rows and splits as they were.
export const SOURCES: Source[] = [sdcnl, goemotions, tweeteval, jokes, redditTop];
