import * as z from "zod/mini";
import { REPLY_LANGUAGES } from "../schemas/answer.ts";

/**
 * The built-in directory's data. Every number and link carries the page it was confirmed from
 * (`source`) and when (`checked`), so anyone can re-check it; the data test validates every
 * region against these schemas.
 */
export const LINE_KINDS = ["crisis", "text", "youth", "dv"] as const;
export type LineKind = (typeof LINE_KINDS)[number];

const httpsUrl = z.url({ protocol: /^https$/, message: "must be an https:// link" });
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: "must be a YYYY-MM-DD date" }));
/** A dialable number as people write it: digits with spaces or dashes, an optional leading +. */
export const PHONE_PATTERN = /^\+?[0-9][0-9 -]{1,18}[0-9]$/;
/** An SMS route: a number, optionally with the keyword to send ("SHOUT to 85258"). */
export const SMS_PATTERN = /^(?:[A-Z0-9]{2,12} to )?[0-9][0-9 -]{1,14}[0-9]$/;
/** How long the human `hours` text may be: it is shown in brackets after a line's name. */
export const MAX_HOURS_LENGTH = 48;

const phone = z.string().check(z.regex(PHONE_PATTERN, { message: "must look like a phone number" }));

export const EntrySchema = z
  .object({
    id: z.string().check(z.regex(/^[a-z]{2,3}-[a-z0-9-]{2,40}$/, { message: "must be a region-prefixed slug such as gb-samaritans" })),
    name: z.string().check(z.minLength(1), z.maxLength(80)),
    phone: z.optional(phone),
    sms: z.optional(z.string().check(z.regex(SMS_PATTERN, { message: "must look like an SMS number, e.g. SHOUT to 85258" }))),
    url: z.optional(httpsUrl.check(z.maxLength(200))),
    hours: z.optional(z.string().check(z.minLength(1), z.maxLength(MAX_HOURS_LENGTH))),
    source: httpsUrl,
    checked: isoDate,
  })
  .check(z.refine((entry) => Boolean(entry.phone || entry.sms || entry.url), { message: "needs a phone number, an SMS route or a link" }));
export type Entry = z.infer<typeof EntrySchema>;

/**
 * How to reach a line in another language, where the line has its own route for it (988: press 2 for
 * Spanish, or text AYUDA). A reply written in that language gives this route; the line stays the region's.
 */
export const LanguageRouteSchema = z
  .object({
    language: z.enum(REPLY_LANGUAGES),
    phone: z.optional(phone),
    /** The menu option to press after dialling. */
    pressOption: z.optional(z.string().check(z.regex(/^[0-9*#]$/, { message: "must be one key" }))),
    sms: z.optional(z.string().check(z.regex(/^[0-9][0-9 -]{1,14}[0-9]$/, { message: "must look like an SMS number" }))),
    /** The word to text to `sms`. */
    smsKeyword: z.optional(z.string().check(z.regex(/^[A-Z0-9]{2,12}$/, { message: "must be an upper-case keyword" }))),
    source: httpsUrl,
    checked: isoDate,
  })
  .check(
    z.refine((route) => Boolean(route.phone || route.sms), { message: "needs a phone number or an SMS route" }),
    z.refine((route) => !route.pressOption || Boolean(route.phone), { message: "a key to press needs a phone number" }),
    z.refine((route) => !route.smsKeyword || Boolean(route.sms), { message: "a keyword needs an SMS number" }),
  );
export type LanguageRoute = z.infer<typeof LanguageRouteSchema>;

/**
 * A line a crisis reply can show. Its hours are always said, and `open24h` lets the reply tell a
 * round-the-clock line from one that may be closed when someone writes at night. `hoursSource` is the
 * page the hours were read on when `source` (where the number was confirmed) does not state them.
 */
export const LineSchema = z.safeExtend(EntrySchema, {
  kind: z.enum(LINE_KINDS),
  whatsapp: z.optional(phone),
  hours: z.string().check(z.minLength(1), z.maxLength(MAX_HOURS_LENGTH)),
  open24h: z.boolean(),
  hoursSource: z.optional(httpsUrl),
  languageRoutes: z.optional(z.array(LanguageRouteSchema).check(z.maxLength(4))),
});
export type Line = z.infer<typeof LineSchema>;

export const SignpostSchema = z.object({
  text: z.string().check(z.minLength(20), z.maxLength(400)),
  links: z.array(EntrySchema).check(z.maxLength(3)),
});
export type Signpost = z.infer<typeof SignpostSchema>;

const shortNumber = z.string().check(z.regex(/^[0-9]{2,5}$/, { message: "must be a short emergency number" }));
const EmergencyNumberSchema = z.object({ number: shortNumber, source: httpsUrl, checked: isoDate });

/**
 * `number` is the one people are taught to call (it reaches an ambulance); `ambulance` and `police` are
 * given only where those services have a number of their own (Japan: police 110, fire and ambulance 119).
 */
export const EmergencySchema = z.extend(EmergencyNumberSchema, {
  ambulance: z.optional(EmergencyNumberSchema),
  police: z.optional(EmergencyNumberSchema),
});
export type Emergency = z.infer<typeof EmergencySchema>;

export const RegionDataSchema = z
  .object({
    code: z.string().check(z.regex(/^[A-Z]{2}$/, { message: "must be an ISO 3166 alpha-2 code" })),
    /** As it reads after "in": "the UK", "Ireland". */
    name: z.string().check(z.minLength(2), z.maxLength(40)),
    /** Left out where no official page confirming it could be read; replies then say "your local emergency number". */
    emergency: z.optional(EmergencySchema),
    /** Best first within each kind: the first `crisis` line is the region's primary line. */
    lines: z.array(LineSchema),
    professional: SignpostSchema,
    misconduct: SignpostSchema,
  })
  .check(
    z.refine((region) => Boolean(region.emergency) || region.lines.every((line) => line.open24h), {
      message: "a line that is not open 24/7 needs the region's emergency number beside it",
    }),
  );
export type RegionData = z.infer<typeof RegionDataSchema>;

/**
 * What the Worker ships (shared/resources/generated/deployed.ts, `npm run build:resources`): the data less
 * where and when each item was confirmed and its id, which stay here in the repository, checked by the data
 * test, and which no reply uses.
 */
export const PROVENANCE_KEYS = ["id", "source", "checked", "hoursSource"] as const;
type Provenance = (typeof PROVENANCE_KEYS)[number];
export type DeployedEntry = Omit<Entry, Provenance>;
export type DeployedLanguageRoute = Omit<LanguageRoute, Provenance>;
export type DeployedLine = Omit<Line, Provenance | "languageRoutes"> & { languageRoutes?: DeployedLanguageRoute[] };
export interface DeployedSignpost {
  text: string;
  links: DeployedEntry[];
}
export interface DeployedEmergency {
  number: string;
  ambulance?: { number: string };
  police?: { number: string };
}
export interface DeployedRegion {
  code: string;
  name: string;
  emergency?: DeployedEmergency;
  lines: DeployedLine[];
  professional: DeployedSignpost;
  misconduct: DeployedSignpost;
}
