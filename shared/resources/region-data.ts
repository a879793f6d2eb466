import { COUNTRY_CODE_ALIASES } from "../schemas/country-codes.ts";
import { DEPLOYED_REGIONS } from "./generated/deployed.ts";
import type { DeployedRegion } from "./schema.ts";

const BY_CODE = new Map(DEPLOYED_REGIONS.map((region) => [region.code, region]));

/** Codes people use that are not ISO 3166 ("UK" is reserved; the UK's code is GB). */
const ALIASES = COUNTRY_CODE_ALIASES;

/** The built-in data for an ISO alpha-2 code in any letter case, or undefined. */
export function regionData(code: string | null | undefined): DeployedRegion | undefined {
  if (!code) return undefined;
  const upper = code.toUpperCase();
  return BY_CODE.get(ALIASES[upper] ?? upper);
}
