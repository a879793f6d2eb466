// Every external source, in the order the script prepares them (earlier sources win a duplicate text).
import type { Source } from "../source.ts";
import { goemotions } from "./goemotions.ts";
import { jokes } from "./jokes.ts";
import { sdcnl } from "./sdcnl.ts";
import { tweeteval } from "./tweeteval.ts";

export const SOURCES: Source[] = [sdcnl, goemotions, tweeteval, jokes];
