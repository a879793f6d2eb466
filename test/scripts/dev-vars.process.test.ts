import { createPrivateKey, createPublicKey, type JsonWebKey, sign, verify } from "node:crypto";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DEV_VARS, DEV_VARS_EXAMPLE, DISCORD_DEV_KEY, optionalSecretArgs, prepareDevVars } from "../../scripts/dev-vars.ts";

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), "alliance-dev-vars-"));
  dirs.push(dir);
  copyFileSync(DEV_VARS_EXAMPLE, join(dir, DEV_VARS_EXAMPLE));
  return dir;
}

const publicKeyIn = (dir: string) => /^DISCORD_PUBLIC_KEY=(.*)$/m.exec(readFileSync(join(dir, DEV_VARS), "utf8"))?.[1];

describe("npm start's local secrets", () => {
  it("the example ships no Discord key (a constant would be one anyone could forge for)", () => {
    expect(readFileSync(DEV_VARS_EXAMPLE, "utf8")).toMatch(/^DISCORD_PUBLIC_KEY=$/m);
  });

  it("creates .dev.vars with a fresh key pair; the private key file signs what the public key verifies", () => {
    const dir = workspace();
    const said = prepareDevVars(dir);
    expect(said.join("\n")).toContain(join(dir, DISCORD_DEV_KEY));
    const hex = publicKeyIn(dir)!;
    expect(hex).toMatch(/^[0-9a-f]{64}$/);
    const { publicKey, privateKeyJwk } = JSON.parse(readFileSync(join(dir, DISCORD_DEV_KEY), "utf8")) as { publicKey: string; privateKeyJwk: JsonWebKey };
    expect(publicKey).toBe(hex);
    expect(statSync(join(dir, DISCORD_DEV_KEY)).mode & 0o077).toBe(0);
    const message = Buffer.from(`1700000000{"type":1}`);
    const signature = sign(null, message, createPrivateKey({ key: privateKeyJwk, format: "jwk" }));
    const verifier = createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: Buffer.from(hex, "hex").toString("base64url") }, format: "jwk" });
    expect(verify(null, message, verifier, signature)).toBe(true);
    // Another machine (another run in an empty place) gets another key.
    const other = workspace();
    prepareDevVars(other);
    expect(publicKeyIn(other)).not.toBe(hex);
  });

  it("replaces the 64 zeros an older .dev.vars has, keeps the other values, and leaves a usable key alone", () => {
    const dir = workspace();
    writeFileSync(join(dir, DEV_VARS), `ANSWER_API_KEY=mine\nDISCORD_PUBLIC_KEY=${"0".repeat(64)}\nSLACK_BOT_TOKEN=xoxb-mine\n`);
    prepareDevVars(dir);
    const vars = readFileSync(join(dir, DEV_VARS), "utf8");
    expect(vars).toMatch(/^ANSWER_API_KEY=mine$/m);
    expect(vars).toMatch(/^SLACK_BOT_TOKEN=xoxb-mine$/m);
    const fresh = publicKeyIn(dir)!;
    expect(fresh).toMatch(/^[0-9a-f]{64}$/);
    expect(fresh).not.toBe("0".repeat(64));
    expect(prepareDevVars(dir)).toEqual([]);
    expect(publicKeyIn(dir)).toBe(fresh);
  });

  it("passes the platform secrets set in .dev.vars to wrangler dev (which loads only the required ones itself)", () => {
    const dir = workspace();
    writeFileSync(
      join(dir, DEV_VARS),
      `ANSWER_API_KEY=mine\nDISCORD_PUBLIC_KEY=${"ab".repeat(32)}\nDISCORD_TOKEN=\nSLACK_SIGNING_SECRET="a:secret with spaces"\n`,
    );
    expect(optionalSecretArgs(dir)).toEqual(["--var", `DISCORD_PUBLIC_KEY:${"ab".repeat(32)}`, "--var", "SLACK_SIGNING_SECRET:a:secret with spaces"]);
  });

  it("passes Add to Slack's secrets when set, and nothing for the example's empty ones (npm start works without them)", () => {
    const dir = workspace();
    copyFileSync(join(dir, DEV_VARS_EXAMPLE), join(dir, DEV_VARS));
    expect(optionalSecretArgs(dir).filter((arg) => /^SLACK_(CLIENT|TOKEN_KEY)/.test(arg))).toEqual([]);
    writeFileSync(join(dir, DEV_VARS), `SLACK_CLIENT_ID=123.456\nSLACK_CLIENT_SECRET=abc\nSLACK_TOKEN_KEY=${"A".repeat(43)}=\n`);
    expect(optionalSecretArgs(dir)).toEqual([
      "--var",
      "SLACK_CLIENT_ID:123.456",
      "--var",
      "SLACK_CLIENT_SECRET:abc",
      "--var",
      `SLACK_TOKEN_KEY:${"A".repeat(43)}=`,
    ]);
  });
});
