import type { RegionData } from "../schema.ts";
import { gb } from "./gb.ts";
import { us } from "./us.ts";

/** Every region with built-in resources. Add a country: one file here, listed below (see README). */
export const REGIONS: readonly RegionData[] = [gb, us];
