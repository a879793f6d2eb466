import { INTERNATIONAL_MISCONDUCT, INTERNATIONAL_PROFESSIONAL } from "../content/resources/international.ts";
import type { RegionChoice, SignpostSupport } from "./api.ts";
import { regionData } from "./region-data.ts";
import type { DeployedSignpost } from "./schema.ts";
import { toResource } from "./to-resource.ts";

/** Non-urgent professional help: a national directory or register, or the family-doctor route. */
export function professionalHelp(choice: RegionChoice): SignpostSupport {
  const region = regionData(choice.region);
  return region ? signpost(region.professional, region.code) : signpost(INTERNATIONAL_PROFESSIONAL, "INT");
}

/** Where to raise a concern about a therapist's conduct: the licensing board or professional body. */
export function misconductRoute(choice: RegionChoice): SignpostSupport {
  const region = regionData(choice.region);
  return region ? signpost(region.misconduct, region.code) : signpost(INTERNATIONAL_MISCONDUCT, "INT");
}

function signpost(data: DeployedSignpost, region: string): SignpostSupport {
  return { text: data.text, resources: data.links.map((link) => toResource(link, region)) };
}
