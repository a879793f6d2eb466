import type { ResourceDirectory } from "./api.ts";
import { crisisSupport } from "./crisis-support.ts";
import { resolveRegion } from "./resolve-region.ts";
import { misconductRoute, professionalHelp } from "./signposts.ts";

export { INTERNATIONAL_DIRECTORIES } from "../content/resources/international.ts";
export { REGIONS } from "../content/resources/regions/index.ts";
export type { Audience, CrisisSupport, EmergencyNumbers, RegionChoice, ResourceDirectory, SignpostSupport, SupportLine } from "./api.ts";
export { crisisSupport, MAX_CRISIS_LINES } from "./crisis-support.ts";
export { regionData } from "./region-data.ts";
export { localeRegion, resolveRegion } from "./resolve-region.ts";
export { misconductRoute, professionalHelp } from "./signposts.ts";
export { asResource } from "./to-resource.ts";

/** The built-in crisis-resource directory, as the engine and the adapters' fallback use it. */
export const directory: ResourceDirectory = { resolveRegion, crisisSupport, professionalHelp, misconductRoute };
