import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { localD1Summary } from "../../scripts/local-d1-summary.ts";

/** What `wrangler d1 migrations apply DB --local` printed on a fresh clone: its table redrawn once per migration. */
const FIRST_RUN = readFileSync(new URL("../fixtures/wrangler-migrations-apply.txt", import.meta.url), "utf8");

describe("npm start's one line about the local D1", () => {
  it("names how many migrations wrangler applied, once each, first and last", () => {
    expect(FIRST_RUN.match(/0001_usage_daily\.sql/g)!.length).toBeGreaterThan(1);
    expect(localD1Summary(FIRST_RUN)).toBe("Local D1: 6 migrations applied (0001_usage_daily … 0006_language_daily), in .wrangler/state.");
  });

  it("says the database is up to date when wrangler had nothing to apply", () => {
    expect(localD1Summary("⛅️ wrangler 4.164.0\n✅ No migrations to apply!\n")).toBe("Local D1: up to date (.wrangler/state).");
  });
});
