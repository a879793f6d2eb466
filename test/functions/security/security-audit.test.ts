import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * A source audit that keeps secrets out of ordinary comparisons: `===` on a token, signature or key
 * returns as soon as a character differs, which leaks through timing how much of a guess was right.
 * Every check of something a caller presents goes through constantTimeEqual or timingSafeEqual.
 */
const COMPARISON = /([\w.?![\]"]+)\s*[!=]==?\s*([\w.?![\]"]+)/g;
const SECRETISH = /token|secret|signature|csrf|apikey|api_key|password/i;
/** Operands that make a comparison harmless: absence, a literal, a length or a count. */
const HARMLESS = /^(?:null|undefined|true|false|\d+|"[^"]*"|.*\.length|.*\.size)$/;

function secretComparisons(line: string): string[] {
  return [...line.matchAll(COMPARISON)]
    .filter(([, left, right]) => (SECRETISH.test(left!) || SECRETISH.test(right!)) && !HARMLESS.test(left!) && !HARMLESS.test(right!))
    .map(([comparison]) => comparison!);
}
/** Comparisons of the server's own values with each other, which no caller can influence. */
const ALLOWED = new Set([
  "functions/slack/verify-signature.ts: if (cachedKey?.secret !== secret) {",
  // Which key sealed a stored token (its id, a hash prefix) against the current key's id.
  "functions/slack/bot-tokens.ts: if (installation.token.keyId !== keyring.current.id) {",
  // The keyring's cache, keyed by the Worker's own secrets.
  "functions/slack/token-keyring.ts: if (cached?.secrets !== secrets) cached = { secrets, keyring: importKeyring(env) };",
]);

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe("secrets are compared in constant time", () => {
  const files = ["functions", "bot", "shared"].flatMap(sourceFiles);

  it("no === or !== on a token, secret, signature, CSRF token or key (outside the allowed list)", () => {
    const found = files.flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .filter((line) => secretComparisons(line).length > 0)
        .map((line) => `${file}: ${line.trim()}`),
    );
    expect(found.filter((line) => !ALLOWED.has(line))).toEqual([]);
  });

  it("each place a caller's secret is checked uses a constant-time comparison", () => {
    const uses = (file: string, pattern: RegExp) => expect(readFileSync(file, "utf8"), file).toMatch(pattern);
    uses("functions/http/caller.ts", /constantTimeEqual\(token, c\.env\.ANSWER_API_KEY\)/);
    uses("functions/http/community-auth.ts", /constantTimeEqual\(token, c\.env\.ADMIN_TOKEN\)/);
    uses("functions/http/community-auth.ts", /constantTimeEqual\(tokenHash, community\.tokenHash\)/);
    uses("functions/pages/admin/admin-routes.tsx", /constantTimeEqual\(tokenHash, community\.tokenHash\)/);
    uses("functions/pages/admin/session-cookie.ts", /constantTimeEqual\(given, session\.csrfToken\)/);
    uses("functions/slack/verify-signature.ts", /timingSafeEqual\(/);
    uses("functions/discord/verify-signature.ts", /crypto\.subtle\.verify\(\{ name: "Ed25519" \}/);
    uses("functions/http/constant-time.ts", /timingSafeEqual\(a, b\)/);
    uses("functions/routes/slack-install.tsx", /constantTimeEqual\(state, browserState\)/);
  });
});
