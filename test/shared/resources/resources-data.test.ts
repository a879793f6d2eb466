import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DISCORD_LIMITS } from "../../../shared/render/discord.ts";
import { SLACK_LIMITS } from "../../../shared/render/slack.ts";
import { COUNTRY_TABLE_DOC, withCountryTable } from "../../../shared/resources/country-table.ts";
import { DEPLOYED_MODULE, deployedDirectoryModule } from "../../../shared/resources/deployed-module.ts";
import { DEPLOYED_INTERNATIONAL_DIRECTORIES, DEPLOYED_REGIONS } from "../../../shared/resources/generated/deployed.ts";
import { INTERNATIONAL_DIRECTORIES, REGIONS } from "../../../shared/resources/index.ts";
import { type Entry, EntrySchema, LineSchema, PHONE_PATTERN, PROVENANCE_KEYS, RegionDataSchema, SMS_PATTERN } from "../../../shared/resources/schema.ts";

const MIN_COUNTRIES = 20;
/** News aggregators, press-release wires and exam-prep blogs the directory once cited: never a source again. */
const NOT_A_SOURCE = ["news.lt", "daily8.com", "upday.com", "einpresswire.com", "editalconcursosbrasil.com.br", "ozsparkhub.com.au"];
const host = (url: string) => new URL(url).hostname.replace(/^www\./, "");
const entriesOf = (region: (typeof REGIONS)[number]): Entry[] => [...region.lines, ...region.professional.links, ...region.misconduct.links];
const allEntries = [...REGIONS.flatMap(entriesOf), ...INTERNATIONAL_DIRECTORIES];

describe("the built-in crisis-resource data", () => {
  it.each(REGIONS.map((region) => [region.code, region] as const))("%s matches the schema", (_, region) => {
    const parsed = RegionDataSchema.safeParse(region);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it("covers enough countries, each once", () => {
    const codes = REGIONS.map((region) => region.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeGreaterThanOrEqual(MIN_COUNTRIES);
  });

  it("says every line's hours, and whether it is open around the clock", () => {
    for (const region of REGIONS) {
      for (const line of region.lines) {
        expect(LineSchema.safeParse(line).success, line.id).toBe(true);
        expect(line.hours.trim(), line.id).not.toBe("");
        // "24/7" in the words and open24h agree, so the reply never calls a closed line round-the-clock.
        expect(line.open24h, line.id).toBe(/^24\/7\b/.test(line.hours));
      }
    }
  });

  it("puts the emergency number beside any line that may be closed, and has each region's emergency number or a 24/7 line", () => {
    for (const region of REGIONS) {
      if (region.lines.some((line) => !line.open24h)) expect(region.emergency, region.code).toBeDefined();
      if (!region.emergency)
        expect(
          region.lines.some((line) => line.open24h),
          region.code,
        ).toBe(true);
      if (region.emergency) expect(region.emergency.number, region.code).toMatch(/^[0-9]{2,5}$/);
    }
    const notOpen24h = RegionDataSchema.safeParse({ ...REGIONS.find((region) => region.code === "DE"), emergency: undefined });
    expect(notOpen24h.success).toBe(false);
  });

  it("cites an https source that is no aggregator, and a check date no later than today, for every number, link and time", () => {
    const sources: [string, string, string][] = [];
    for (const entry of allEntries) {
      expect(EntrySchema.safeParse(entry).success, entry.id).toBe(true);
      sources.push([entry.id, entry.source, entry.checked]);
      if ("hoursSource" in entry && typeof entry.hoursSource === "string") sources.push([`${entry.id} hours`, entry.hoursSource, entry.checked]);
    }
    for (const region of REGIONS) {
      const { emergency } = region;
      if (!emergency) continue;
      sources.push([`${region.code} emergency`, emergency.source, emergency.checked]);
      for (const service of [emergency.ambulance, emergency.police])
        if (service) sources.push([`${region.code} ${service.number}`, service.source, service.checked]);
    }
    for (const [what, source, checked] of sources) {
      expect(source, what).toMatch(/^https:\/\/[^\s]+$/);
      expect(
        NOT_A_SOURCE.some((domain) => host(source) === domain || host(source).endsWith(`.${domain}`)),
        `${what}: ${source}`,
      ).toBe(false);
      expect(Date.parse(checked), what).not.toBeNaN();
      expect(checked <= "2026-12-07", what).toBe(true);
    }
  });

  it("has unique ids, prefixed with their region", () => {
    const ids = allEntries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const region of REGIONS) {
      for (const entry of entriesOf(region)) expect(entry.id.startsWith(`${region.code.toLowerCase()}-`), entry.id).toBe(true);
    }
  });

  it("writes phone numbers and SMS routes in a dialable form", () => {
    for (const entry of allEntries) {
      if (entry.phone) expect(entry.phone, entry.id).toMatch(PHONE_PATTERN);
      if (entry.sms) expect(entry.sms, entry.id).toMatch(SMS_PATTERN);
      if (entry.phone) expect(entry.phone.replace(/\D/g, "").length, entry.id).toBeLessThanOrEqual(15);
    }
    expect("116 123").toMatch(PHONE_PATTERN);
    expect("call 116 123").not.toMatch(PHONE_PATTERN);
    expect("SHOUT to 85258").toMatch(SMS_PATTERN);
  });

  it("fits Discord's and Slack's limits when rendered", () => {
    for (const entry of allEntries) {
      const title = entry.hours ? `${entry.name} (${entry.hours})` : entry.name;
      expect(title.length, entry.id).toBeLessThanOrEqual(256);
      const value = [entry.phone, entry.sms, entry.url].filter(Boolean).join(" · ");
      expect(value.length + 20, entry.id).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldValue);
    }
    for (const region of REGIONS) {
      for (const signpost of [region.professional, region.misconduct]) {
        expect(signpost.text.length, region.code).toBeLessThanOrEqual(Math.min(DISCORD_LIMITS.content, SLACK_LIMITS.sectionText) / 4);
      }
    }
  });

  it("rejects an entry without a source, with an http source, or with a made-up phone format", () => {
    const good = { id: "gb-test", name: "X", phone: "116 123", source: "https://example.org/x", checked: "2026-11-21" };
    expect(EntrySchema.safeParse(good).success).toBe(true);
    expect(EntrySchema.safeParse({ ...good, source: undefined }).success).toBe(false);
    expect(EntrySchema.safeParse({ ...good, source: "http://example.org/x" }).success).toBe(false);
    expect(EntrySchema.safeParse({ ...good, phone: "ring 116" }).success).toBe(false);
    expect(EntrySchema.safeParse({ ...good, phone: undefined }).success).toBe(false);
  });
});

describe("the directory the Worker ships (shared/resources/generated/deployed.ts)", () => {
  it("is the data (run npm run build:resources after editing it)", () => {
    expect(readFileSync(DEPLOYED_MODULE, "utf8")).toBe(deployedDirectoryModule());
  });

  it("is what docs/resources.md's country table says (run npm run build:resources after editing it)", () => {
    const doc = readFileSync(COUNTRY_TABLE_DOC, "utf8");
    expect(doc).toBe(withCountryTable(doc));
    for (const region of REGIONS) expect(doc).toContain(`| ${region.code} |`);
  });

  it("leaves out only each item's id, sources and date checked", () => {
    const provenance: readonly string[] = PROVENANCE_KEYS;
    const strip = (value: unknown): unknown => JSON.parse(JSON.stringify(value, (key, item: unknown) => (provenance.includes(key) ? undefined : item)));
    expect(DEPLOYED_REGIONS).toEqual(strip(REGIONS));
    expect(DEPLOYED_INTERNATIONAL_DIRECTORIES).toEqual(strip(INTERNATIONAL_DIRECTORIES));
    expect(JSON.stringify(DEPLOYED_REGIONS)).not.toMatch(/"(?:id|source|checked|hoursSource)"/);
    expect(DEPLOYED_REGIONS.map((region) => region.lines.length)).toEqual(REGIONS.map((region) => region.lines.length));
  });
});
