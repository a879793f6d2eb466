const encoder = new TextEncoder();

/** A random secret of `bytes` bytes (32 by default), base64url without padding: safe in URLs and headers. */
export function randomToken(bytes = 32): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** Hex SHA-256: how moderator tokens and session ids are stored and looked up. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", encoder.encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** Names a token in the audit log without revealing it: the start of its hash. */
export function fingerprintOf(tokenHash: string): string {
  return tokenHash.slice(0, 12);
}

/** HMAC-SHA-256 of `message` under `secret`, base64url. */
export async function hmacBase64Url(secret: string, message: string): Promise<string> {
  return base64Url(new Uint8Array(await crypto.subtle.sign("HMAC", await hmacKey(secret), encoder.encode(message))));
}

/** Imported keys by secret (there are one or two), so each HMAC is one call rather than an import and a call. */
const hmacKeys = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = hmacKeys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey("raw", encoder.encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    if (hmacKeys.size >= 4) hmacKeys.clear();
    hmacKeys.set(secret, key);
    key.catch(() => hmacKeys.delete(secret));
  }
  return key;
}

function base64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
