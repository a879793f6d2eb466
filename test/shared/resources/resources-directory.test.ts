import { describe, expect, it } from "vitest";
import { asResource, directory, localeRegion, MAX_CRISIS_LINES, REGIONS } from "../../../shared/resources/index.ts";
import { CRISIS_REASONS, ResourceSchema } from "../../../shared/schemas/answer.ts";

const { resolveRegion, crisisSupport, professionalHelp, misconductRoute } = directory;

describe("choosing the region", () => {
  it("prefers the community's configured region over the locale", () => {
    expect(resolveRegion({ configuredRegion: "GB", locale: "en-US" })).toEqual({ region: "GB", fromLocale: false });
  });

  it("falls back to the locale's region, and says so", () => {
    expect(resolveRegion({ locale: "en-GB" })).toEqual({ region: "GB", fromLocale: true });
    expect(resolveRegion({ locale: "en-US" })).toEqual({ region: "US", fromLocale: true });
  });

  it("reads lower-case, underscore and script-tagged locales", () => {
    expect(localeRegion("en_gb")).toBe("GB");
    expect(localeRegion("EN-us")).toBe("US");
    expect(localeRegion("zh-Hant-TW")).toBe("TW");
    expect(localeRegion("sr_Latn_RS")).toBe("RS");
    expect(localeRegion("en-US-u-ca-gregory")).toBe("US");
  });

  it("finds no region in a bare language, a numeric area or nonsense", () => {
    for (const locale of ["en", "fr", "es-419", "zh-Hant", "english", "", "-GB", undefined]) {
      expect(localeRegion(locale), String(locale)).toBeNull();
      expect(resolveRegion({ locale })).toEqual({ region: null, fromLocale: false });
    }
  });

  it("treats a region without built-in data as none, even when the locale has one", () => {
    expect(resolveRegion({ locale: "en-AQ" })).toEqual({ region: null, fromLocale: false });
    expect(resolveRegion({ configuredRegion: "AQ", locale: "en-GB" })).toEqual({ region: null, fromLocale: false });
  });

  it("accepts a configured region in any case, and UK for GB", () => {
    expect(resolveRegion({ configuredRegion: "gb" })).toEqual({ region: "GB", fromLocale: false });
    expect(resolveRegion({ configuredRegion: "UK" })).toEqual({ region: "GB", fromLocale: false });
  });

  it("ignores a configured value that is not a country code", () => {
    expect(resolveRegion({ configuredRegion: "Britain", locale: "en-US" })).toEqual({ region: "US", fromLocale: true });
    expect(resolveRegion({})).toEqual({ region: null, fromLocale: false });
  });
});

describe("crisis support", () => {
  it("gives the region's name, emergency numbers and primary line first", () => {
    const support = crisisSupport({ region: "GB", fromLocale: false }, "suicide_self_harm");
    expect(support).toMatchObject({
      regionName: "the UK",
      emergencyNumber: "999",
      emergency: { general: "999", ambulance: "999", police: "999" },
      international: [],
    });
    expect(support.lines[0]).toMatchObject({ name: "Samaritans", phone: "116 123", region: "GB", hours: "24/7, free", open24h: true });
    expect(support.lines[1]).toMatchObject({ name: "Shout", sms: "SHOUT to 85258" });
  });

  it("keeps police and ambulance apart where their numbers differ", () => {
    expect(crisisSupport({ region: "JP", fromLocale: false }, "suicide_self_harm").emergency).toEqual({ general: "119", ambulance: "119", police: "110" });
    expect(crisisSupport({ region: "BR", fromLocale: false }, "abuse_danger").emergency).toEqual({ general: "192", ambulance: "192", police: "190" });
    expect(crisisSupport({ region: "SG", fromLocale: false }, "suicide_self_harm").emergency).toEqual({ general: "995", ambulance: "995", police: "999" });
  });

  it("puts the abuse line first for abuse_danger wherever the region has one, and says whether it has one", () => {
    for (const region of REGIONS) {
      const dv = region.lines.find((line) => line.kind === "dv");
      const support = crisisSupport({ region: region.code, fromLocale: false }, "abuse_danger");
      expect(support.hasAbuseLine, region.code).toBe(Boolean(dv));
      if (dv) expect(support.lines[0]?.name, region.code).toBe(dv.name);
      else
        expect(
          support.lines.every((line) => line.kind !== "dv"),
          region.code,
        ).toBe(true);
    }
  });

  it("never offers an abuse line as a suicide line, nor a youth line as an adult's only line", () => {
    for (const region of REGIONS) {
      for (const reason of ["suicide_self_harm", "someone_else_at_risk", "harm_to_others"] as const) {
        const { lines } = crisisSupport({ region: region.code, fromLocale: false }, reason);
        expect(
          lines.some((line) => line.kind === "dv"),
          `${region.code} ${reason}`,
        ).toBe(false);
        if (lines.length > 0) expect(lines[0]?.kind, `${region.code} ${reason}`).not.toBe("youth");
      }
    }
  });

  it("puts the youth line first for a young person where the region has one", () => {
    for (const region of REGIONS) {
      const youth = region.lines.find((line) => line.kind === "youth");
      if (!youth) continue;
      const { lines } = crisisSupport({ region: region.code, fromLocale: false }, "suicide_self_harm", { youngPerson: true });
      expect(lines[0]?.name, region.code).toBe(youth.name);
    }
  });

  it("never shows more than three lines, each once, with their hours, in the contract's shape once stripped", () => {
    for (const region of REGIONS) {
      for (const reason of CRISIS_REASONS) {
        const { lines } = crisisSupport({ region: region.code, fromLocale: true }, reason);
        expect(lines.length).toBeLessThanOrEqual(MAX_CRISIS_LINES);
        expect(new Set(lines.map((line) => line.name)).size).toBe(lines.length);
        for (const line of lines) {
          expect(line.hours, line.name).toBeTruthy();
          expect(ResourceSchema.safeParse(asResource(line)).success).toBe(true);
          expect(Object.keys(asResource(line))).not.toContain("open24h");
        }
      }
    }
  });

  it("offers the international directory when the region came from the locale, is unknown, or has no line to show", () => {
    expect(crisisSupport({ region: "US", fromLocale: true }, "suicide_self_harm").international[0]?.url).toBe("https://findahelpline.com");
    const none = crisisSupport({ region: null, fromLocale: false }, "harm_to_others");
    expect(none).toMatchObject({ regionName: null, emergency: null, emergencyNumber: null, lines: [] });
    expect(none.international.length).toBeGreaterThan(0);
    // India: no line of its own could be confirmed on an official page (docs/resources.md).
    const india = crisisSupport({ region: "IN", fromLocale: false }, "suicide_self_harm");
    expect(india.lines).toEqual([]);
    expect(india.international[0]?.url).toBe("https://findahelpline.com");
    expect(crisisSupport({ region: "GB", fromLocale: false }, "suicide_self_harm").international).toEqual([]);
  });
});

describe("signposts to professionals", () => {
  it("names the region's route, with resources", () => {
    expect(professionalHelp({ region: "GB", fromLocale: false }).text).toMatch(/GP/);
    expect(professionalHelp({ region: "GB", fromLocale: false }).resources[0]?.url).toMatch(/^https:\/\//);
    expect(misconductRoute({ region: "US", fromLocale: true }).text).toMatch(/licensing board/);
  });

  it("has a plain international default", () => {
    expect(professionalHelp({ region: null, fromLocale: false }).text).toMatch(/family doctor/);
    expect(misconductRoute({ region: null, fromLocale: false }).text).toMatch(/licenses or registers/);
  });

  it("gives every region both routes", () => {
    for (const region of REGIONS) {
      const choice = { region: region.code, fromLocale: false };
      expect(professionalHelp(choice).text.length, region.code).toBeGreaterThan(20);
      expect(misconductRoute(choice).text.length, region.code).toBeGreaterThan(20);
    }
  });
});

describe("regions with several kinds of line", () => {
  it("fills the remaining places with the region's other lines, a youth line beside a line for everyone", () => {
    const names = crisisSupport({ region: "AU", fromLocale: false }, "suicide_self_harm").lines.map((line) => line.name);
    expect(names).toEqual(["Lifeline", "Kids Helpline (ages 5 to 25)"]);
    const young = crisisSupport({ region: "DE", fromLocale: false }, "suicide_self_harm", { youngPerson: true }).lines.map((line) => line.name);
    expect(young).toEqual(["Nummer gegen Kummer (children and young people)", "TelefonSeelsorge (also 0800 111 0 222 or 116 123)"]);
  });
});
