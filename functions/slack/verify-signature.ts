/**
 * Slack request signing (https://docs.slack.dev/authentication/verifying-requests-from-slack):
 * `X-Slack-Signature` is `v0=` + hex HMAC-SHA256 of `v0:<timestamp>:<raw body>` under the signing
 * secret, and `X-Slack-Request-Timestamp` must be within five minutes of now (replays).
 */
export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

const encoder = new TextEncoder();
let cachedKey: { secret: string; key: Promise<CryptoKey> } | undefined;

export interface SignedRequest {
  signature: string | undefined;
  timestamp: string | undefined;
  body: string;
}

export async function verifySlackSignature(secret: string, request: SignedRequest, nowSeconds = Date.now() / 1_000): Promise<boolean> {
  const { signature, timestamp, body } = request;
  if (!signature || !timestamp || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(nowSeconds - Number(timestamp)) > MAX_CLOCK_SKEW_SECONDS) return false;
  const given = /^v0=([0-9a-f]{64})$/.exec(signature)?.[1];
  if (!given) return false;
  const mac = await crypto.subtle.sign("HMAC", await hmacKey(secret), encoder.encode(`v0:${timestamp}:${body}`));
  const expected = new Uint8Array(mac);
  // timingSafeEqual over equal-length byte arrays: the comparison takes the same time wherever they differ.
  return crypto.subtle.timingSafeEqual(hexBytes(given), expected);
}

function hmacKey(secret: string): Promise<CryptoKey> {
  if (cachedKey?.secret !== secret) {
    const key = crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    cachedKey = { secret, key };
  }
  return cachedKey.key;
}

function hexBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i += 1) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}
