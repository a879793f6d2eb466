import { describe, expect, it } from "vitest";
import { REGIONS } from "../../../shared/resources/index.ts";
import { ASSIGNED_COUNTRY_CODES, assignedCountryCode, NOT_ASSIGNED_CODES } from "../../../shared/schemas/country-codes.ts";

describe("assigned ISO 3166-1 alpha-2 codes", () => {
  it("are the 249 regions CLDR names, less the codes ISO reserves or never assigned", () => {
    const named = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
    const derived: string[] = [];
    for (const first of "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
      for (const second of "ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
        const code = first + second;
        if (named.of(code) && !NOT_ASSIGNED_CODES.has(code)) derived.push(code);
      }
    }
    expect(derived).toEqual([...ASSIGNED_COUNTRY_CODES]);
    expect(ASSIGNED_COUNTRY_CODES.size).toBe(249);
  });

  it("include every region with built-in lines", () => {
    for (const region of REGIONS) expect(ASSIGNED_COUNTRY_CODES.has(region.code), region.code).toBe(true);
  });

  it("accept UK for GB, and refuse reserved, user-assigned, lower-case and made-up codes", () => {
    expect(assignedCountryCode("GB")).toBe("GB");
    expect(assignedCountryCode("UK")).toBe("GB");
    expect(assignedCountryCode("AQ")).toBe("AQ");
    for (const code of ["XX", "ZZ", "EU", "UN", "XK", "gb", "G", "GBR", ""]) expect(assignedCountryCode(code), code).toBeUndefined();
  });
});
