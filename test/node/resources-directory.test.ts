import { describe, expect, it } from "vitest";
import { CRISIS_REASONS, ResourceSchema } from "../../shared/schemas/answer.ts";
import { directory, localeRegion, MAX_CRISIS_LINES, REGIONS } from "../../shared/resources/index.ts";

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
  it("gives the region's name, emergency number and primary line first", () => {
    const support = crisisSupport({ region: "GB", fromLocale: false }, "suicide_self_harm");
    expect(support).toMatchObject({ regionName: "the UK", emergencyNumber: "999", international: [] });
    expect(support.lines[0]).toMatchObject({ name: "Samaritans", phone: "116 123", region: "GB" });
    expect(support.lines[1]).toMatchObject({ name: "Shout", sms: "SHOUT to 85258" });
  });

  it("puts a domestic-violence line first for abuse_danger wherever the region has one", () => {
    for (const region of REGIONS) {
      const dv = region.lines.find((line) => line.kind === "dv");
      const primary = region.lines.find((line) => line.kind === "crisis")!;
      const first = crisisSupport({ region: region.code, fromLocale: false }, "abuse_danger").lines[0];
      expect(first?.name, region.code).toBe((dv ?? primary).name);
    }
  });

  it("never shows more than three lines, each once and in the contract's shape", () => {
    for (const region of REGIONS) {
      for (const reason of CRISIS_REASONS) {
        const { lines } = crisisSupport({ region: region.code, fromLocale: true }, reason);
        expect(lines.length).toBeGreaterThan(0);
        expect(lines.length).toBeLessThanOrEqual(MAX_CRISIS_LINES);
        expect(new Set(lines.map((line) => line.name)).size).toBe(lines.length);
        for (const line of lines) expect(ResourceSchema.safeParse(line).success).toBe(true);
      }
    }
  });

  it("offers the international directory when the region came from the locale or is unknown", () => {
    expect(crisisSupport({ region: "US", fromLocale: true }, "suicide_self_harm").international[0]?.url).toBe("https://findahelpline.com");
    const none = crisisSupport({ region: null, fromLocale: false }, "harm_to_others");
    expect(none).toMatchObject({ regionName: null, emergencyNumber: null, lines: [] });
    expect(none.international.length).toBeGreaterThan(0);
  });
});

describe("signposts to professionals", () => {
  it("names the region's route, with resources", () => {
    expect(professionalHelp({ region: "GB", fromLocale: false }).text).toMatch(/GP/);
    expect(misconductRoute({ region: "US", fromLocale: true }).text).toMatch(/licensing board/);
    expect(misconductRoute({ region: "US", fromLocale: true }).resources[0]?.url).toMatch(/^https:\/\//);
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

describe("regions with several crisis lines", () => {
  it("fills the remaining places with the region's other crisis lines, such as other languages", () => {
    const names = crisisSupport({ region: "BE", fromLocale: false }, "suicide_self_harm").lines.map((line) => line.name);
    expect(names).toEqual(["Zelfmoordlijn 1813 (Dutch)", "Centre de Prévention du Suicide (French)", "Suicide line in English"]);
  });
});
