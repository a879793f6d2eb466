import { isSmallOrderKey } from "./small-order-key.ts";

/**
 * Discord signs every interaction with Ed25519 over `timestamp + raw body`
 * (https://discord.com/developers/docs/interactions/overview#setting-up-an-endpoint-validating-security-request-headers).
 * The check runs on the raw bytes before anything parses them.
 */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;
const PUBLIC_KEY_HEX = /^[0-9a-f]{64}$/i;
const SIGNATURE_HEX = /^[0-9a-f]{128}$/i;
// Duplicated headers arrive joined ("a, b"), so anything but plain digits is rejected here too.
const TIMESTAMP = /^\d{1,12}$/;

export interface SignedRequest {
  signature: string | undefined;
  timestamp: string | undefined;
  body: Uint8Array;
}

export type PublicKeyImport = { key: CryptoKey } | { problem: string };

const keys = new Map<string, Promise<PublicKeyImport>>();

/**
 * The application's public key, imported once per isolate; or why it cannot verify anything (unset,
 * malformed, or a small-order point that would accept forged signatures).
 */
export function importDiscordPublicKey(hex: string | undefined): Promise<PublicKeyImport> {
  const trimmed = hex?.trim() ?? "";
  if (trimmed === "") return Promise.resolve({ problem: "DISCORD_PUBLIC_KEY is not set" });
  if (!PUBLIC_KEY_HEX.test(trimmed)) return Promise.resolve({ problem: "DISCORD_PUBLIC_KEY is not the 64 hex characters of the application's public key" });
  if (isSmallOrderKey(trimmed)) {
    return Promise.resolve({ problem: "DISCORD_PUBLIC_KEY is a small-order point (all zeros is one), under which anyone can forge a signature" });
  }
  let key = keys.get(trimmed);
  if (!key) {
    key = crypto.subtle
      .importKey("raw", hexBytes(trimmed), { name: "Ed25519" }, false, ["verify"])
      .then((imported): PublicKeyImport => ({ key: imported }))
      .catch(() => ({ problem: "DISCORD_PUBLIC_KEY is not a valid Ed25519 public key" }));
    keys.set(trimmed, key);
  }
  return key;
}

export async function verifyDiscordSignature(publicKey: CryptoKey, request: SignedRequest, nowSeconds = Date.now() / 1_000): Promise<boolean> {
  const { signature, timestamp, body } = request;
  if (!signature || !SIGNATURE_HEX.test(signature) || !timestamp || !TIMESTAMP.test(timestamp)) return false;
  if (Math.abs(nowSeconds - Number(timestamp)) > MAX_CLOCK_SKEW_SECONDS) return false;
  const signed = new Uint8Array(timestamp.length + body.byteLength);
  signed.set(new TextEncoder().encode(timestamp), 0);
  signed.set(body, timestamp.length);
  return crypto.subtle.verify({ name: "Ed25519" }, publicKey, hexBytes(signature), signed);
}

function hexBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}
