import { importTokenKey, type TokenKeyring, tokenKeyBytes } from "../crypto/token-cipher.ts";

type KeySecrets = Pick<Env, "SLACK_TOKEN_KEY" | "SLACK_TOKEN_KEY_PREVIOUS">;

let cached: { secrets: string; keyring: Promise<TokenKeyring | null> } | undefined;

/** The keys that seal and open installed workspaces' tokens, or null when SLACK_TOKEN_KEY is unusable. */
export function tokenKeyring(env: KeySecrets): Promise<TokenKeyring | null> {
  const secrets = `${env.SLACK_TOKEN_KEY ?? ""}\n${env.SLACK_TOKEN_KEY_PREVIOUS ?? ""}`;
  if (cached?.secrets !== secrets) cached = { secrets, keyring: importKeyring(env) };
  return cached.keyring;
}

async function importKeyring(env: KeySecrets): Promise<TokenKeyring | null> {
  const current = tokenKeyBytes(env.SLACK_TOKEN_KEY);
  if (!current) return null;
  const previous = tokenKeyBytes(env.SLACK_TOKEN_KEY_PREVIOUS);
  return { current: await importTokenKey(current), ...(previous ? { previous: await importTokenKey(previous) } : {}) };
}
