import { describe, expect, it } from "vitest";
import { VERSION } from "../../functions/version.ts";
import packageJson from "../../package.json" with { type: "json" };

describe("the Worker's version", () => {
  it("is package.json's (change both together)", () => {
    expect(VERSION).toBe(packageJson.version);
  });
});
