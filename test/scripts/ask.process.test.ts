import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const ask = (...args: string[]) => promisify(execFile)(process.execPath, ["scripts/ask.ts", ...args]);

describe("npm run ask", () => {
  it("answers as a community with that region would: Spain's suicide line for a crisis", async () => {
    const { stdout } = await ask("--region", "ES", "i want to kill myself");
    expect(stdout).toMatch(/^\[crisis · suicide_self_harm\]/);
    expect(stdout).toContain("call 024");
  });

  it("reads the member's locale when no region is set", async () => {
    const { stdout } = await ask("--locale", "en-GB", "i want to kill myself");
    expect(stdout).toContain("Samaritans");
  });

  it("refuses a region that is not an assigned code, and a missing question", async () => {
    await expect(ask("--region", "XX", "hi")).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("--region XX is not an assigned") });
    await expect(ask("--explain")).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining("Usage: npm run ask") });
  });
});
