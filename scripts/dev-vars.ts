// The local secrets `npm start` needs: .dev.vars from .dev.vars.example when missing, and a Discord key
// pair of this machine's own when DISCORD_PUBLIC_KEY is unset or unusable (a constant such as 64 zeros is
// a small-order point, under which anyone can forge a signature).
import { generateKeyPairSync, type JsonWebKey } from "node:crypto";
import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseEnv } from "node:util";
import { isSmallOrderKey } from "../functions/discord/small-order-key.ts";

export const DEV_VARS = ".dev.vars";
export const DEV_VARS_EXAMPLE = ".dev.vars.example";
/** Where the private key goes: the same shape as test/fixtures/discord-test-keys.json's signers. */
export const DISCORD_DEV_KEY = ".dev-discord-key.json";

const PUBLIC_KEY_LINE = /^DISCORD_PUBLIC_KEY=(.*)$/m;

/** Prepares `dir`'s local secrets; returns what it did, to print. */
export function prepareDevVars(dir = "."): string[] {
  const done: string[] = [];
  const devVars = resolve(dir, DEV_VARS);
  if (!existsSync(devVars)) {
    copyFileSync(resolve(dir, DEV_VARS_EXAMPLE), devVars);
    done.push(`Created ${DEV_VARS} from ${DEV_VARS_EXAMPLE} (development secrets for this machine only).`);
  }
  const vars = readFileSync(devVars, "utf8");
  const current = PUBLIC_KEY_LINE.exec(vars)?.[1]?.trim() ?? "";
  if (isUsablePublicKey(current)) return done;

  const { publicKey, privateKeyJwk } = newDiscordKeyPair();
  const keyFile = resolve(dir, DISCORD_DEV_KEY);
  const note = "A Discord key pair for local use only, made by `npm start`: sign test interactions with privateKeyJwk.";
  writeFileSync(keyFile, `${JSON.stringify({ "//": note, publicKey, privateKeyJwk }, null, 2)}\n`, { mode: 0o600 });
  const line = `DISCORD_PUBLIC_KEY=${publicKey}`;
  writeFileSync(devVars, PUBLIC_KEY_LINE.test(vars) ? vars.replace(PUBLIC_KEY_LINE, line) : `${vars.trimEnd()}\n${line}\n`);
  done.push(`Generated a Discord key pair for this machine: DISCORD_PUBLIC_KEY is in ${DEV_VARS}; the private key, for local signing tools, is ${keyFile}`);
  return done;
}

/**
 * The platform secrets are optional, so not in wrangler.toml's `[secrets] required`, and `wrangler dev` loads
 * from .dev.vars only the secrets listed there: those set in `dir`'s .dev.vars are passed on as `--var`s
 * (wrangler shows their values as "(hidden)").
 */
export const OPTIONAL_SECRETS = [
  "DISCORD_PUBLIC_KEY",
  "DISCORD_TOKEN",
  "SLACK_SIGNING_SECRET",
  "SLACK_BOT_TOKEN",
  "SLACK_CLIENT_ID",
  "SLACK_CLIENT_SECRET",
  "SLACK_TOKEN_KEY",
  "SLACK_TOKEN_KEY_PREVIOUS",
] as const;

export function optionalSecretArgs(dir = "."): string[] {
  const vars = parseEnv(readFileSync(resolve(dir, DEV_VARS), "utf8"));
  return OPTIONAL_SECRETS.flatMap((name) => (vars[name]?.trim() ? ["--var", `${name}:${vars[name]}`] : []));
}

function isUsablePublicKey(hex: string): boolean {
  return /^[0-9a-f]{64}$/i.test(hex) && !isSmallOrderKey(hex);
}

export function newDiscordKeyPair(): { publicKey: string; privateKeyJwk: JsonWebKey } {
  const pair = generateKeyPairSync("ed25519");
  const privateKeyJwk = pair.privateKey.export({ format: "jwk" });
  return { publicKey: Buffer.from(privateKeyJwk.x!, "base64url").toString("hex"), privateKeyJwk };
}
