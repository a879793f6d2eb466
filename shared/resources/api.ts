/**
 * The crisis-resource directory's API. The data (shared/resources/) is owned by the directory;
 * composers and adapters only call these. Every phone number and URL in the data carries the
 * source it was confirmed from.
 */
import type { CrisisReason, Resource } from "../schemas/answer.ts";

/** Which region's resources to show, per DESIGN.md: the community's region, else the locale's, else none. */
export interface RegionChoice {
  /** ISO 3166 alpha-2 (e.g. "GB"), or null for the international directory only. */
  region: string | null;
  /** True when the region came only from the user's locale: the international directory is offered too. */
  fromLocale: boolean;
}

export interface CrisisSupport {
  /** e.g. "the UK"; null when no region is known. */
  regionName: string | null;
  /** e.g. "999"; null when no region is known (the reply then says "your local emergency number"). */
  emergencyNumber: string | null;
  /** Built-in lines for the region, best first for the reason (e.g. a domestic-violence line for abuse_danger), at most 3. */
  lines: Resource[];
  /** International directories (findahelpline.com, IASP), present when the region is unknown or came from the locale. */
  international: Resource[];
}

export interface SignpostSupport {
  /** One or two plain sentences saying how to reach the right professional route in the region. */
  text: string;
  resources: Resource[];
}

export interface ResourceDirectory {
  resolveRegion(input: { configuredRegion?: string | undefined; locale?: string | undefined }): RegionChoice;
  crisisSupport(choice: RegionChoice, reason: CrisisReason): CrisisSupport;
  /** Non-urgent professional help: a national directory or register of therapists, or the family-doctor route. */
  professionalHelp(choice: RegionChoice): SignpostSupport;
  /** Where to raise a concern about a therapist's conduct: the licensing board or professional body. */
  misconductRoute(choice: RegionChoice): SignpostSupport;
}
