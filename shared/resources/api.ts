/**
 * The crisis-resource directory's API. The data (shared/resources/) is owned by the directory;
 * composers and adapters only call these. Every phone number and URL in the data carries the
 * source it was confirmed from.
 */
import type { CrisisReason, Resource } from "../schemas/answer.ts";
import type { DeployedLanguageRoute, LineKind } from "./schema.ts";

/** Which region's resources to show, per docs/design.md: the community's region, else the locale's, else none. */
export interface RegionChoice {
  /** ISO 3166 alpha-2 (e.g. "GB"), or null for the international directory only. */
  region: string | null;
  /** True when the region came only from the user's locale: the international directory is offered too. */
  fromLocale: boolean;
}

/** A built-in line as a crisis reply uses it: the contract's Resource, plus what the reply needs to word it. */
export interface SupportLine extends Resource {
  kind: LineKind;
  /** False for a line that may be closed when someone writes (the reply then puts a 24/7 route beside it). */
  open24h: boolean;
  /** The line's own routes in other languages (a reply in that language gives them). */
  languageRoutes?: DeployedLanguageRoute[];
}

/** The region's emergency numbers; `ambulance` and `police` equal `general` where one number reaches both. */
export interface EmergencyNumbers {
  general: string;
  ambulance: string;
  police: string;
}

/** Who the reply is for, as far as the message tells: it changes which line comes first. */
export interface Audience {
  /** A likely minor (school, parents, an age under 18): the youth line first. */
  youngPerson?: boolean;
}

export interface CrisisSupport {
  /** ISO 3166 alpha-2 of the region the lines are for (a reply names it in its own language); null when none is known. */
  region: string | null;
  /** e.g. "the UK"; null when no region is known. */
  regionName: string | null;
  /** null when no region is known or its numbers could not be confirmed (the reply says "your local emergency number"). */
  emergency: EmergencyNumbers | null;
  /** The general emergency number (`emergency.general`), for replies that name one number. */
  emergencyNumber: string | null;
  /** Built-in lines for the region, best first for the reason and audience, at most 3. */
  lines: SupportLine[];
  /** Whether the region has a national abuse line (only then may a reply call its lines abuse services). */
  hasAbuseLine: boolean;
  /** International directories (findahelpline.com), present when the region is unknown, came from the locale, or has no line to show. */
  international: Resource[];
}

export interface SignpostSupport {
  /** One or two plain sentences saying how to reach the right professional route in the region. */
  text: string;
  resources: Resource[];
}

export interface ResourceDirectory {
  resolveRegion(input: { configuredRegion?: string | undefined; locale?: string | undefined }): RegionChoice;
  crisisSupport(choice: RegionChoice, reason: CrisisReason, audience?: Audience): CrisisSupport;
  /** Non-urgent professional help: a national directory or register of therapists, or the family-doctor route. */
  professionalHelp(choice: RegionChoice): SignpostSupport;
  /** Where to raise a concern about a therapist's conduct: the licensing board or professional body. */
  misconductRoute(choice: RegionChoice): SignpostSupport;
}
