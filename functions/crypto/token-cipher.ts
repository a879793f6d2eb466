/**
 * Seals Slack bot tokens for D1 with AES-256-GCM (WebCrypto). The key is a Worker secret (32 random bytes,
 * base64); each sealed token names the key that sealed it (`keyId`, the start of the key's SHA-256, which
 * says nothing about the key), so a deployment can rotate: the new key seals, the previous one still opens
 * what it sealed until those rows are sealed again (docs/slack.md, "Rotating SLACK_TOKEN_KEY").
 * The team id is the associated data: a sealed token copied to another team's row does not open.
 */
export const TOKEN_KEY_BYTES = 32;
const IV_BYTES = 12;

export interface TokenKey {
  id: string;
  key: CryptoKey;
}

export interface TokenKeyring {
  /** Seals every new token. */
  current: TokenKey;
  /** Only opens tokens it sealed, while a rotation is under way. */
  previous?: TokenKey;
}

export interface SealedToken {
  keyId: string;
  iv: string;
  sealed: string;
}

export class TokenCipherError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TokenCipherError";
  }
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The 32 key bytes of a base64 (or base64url) secret, or null when it is not exactly that. */
export function tokenKeyBytes(secret: string | undefined): Uint8Array | null {
  const text = secret?.trim() ?? "";
  if (!/^[A-Za-z0-9+/_-]{43}=?$/.test(text)) return null;
  try {
    const bytes = fromBase64Url(text.replace(/=+$/, ""));
    return bytes.length === TOKEN_KEY_BYTES ? bytes : null;
  } catch {
    return null;
  }
}

export async function importTokenKey(bytes: Uint8Array): Promise<TokenKey> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  const id = [...digest.slice(0, 6)].map((b) => b.toString(16).padStart(2, "0")).join("");
  const key = await crypto.subtle.importKey("raw", bytes, "AES-GCM", false, ["encrypt", "decrypt"]);
  return { id, key };
}

export async function sealToken(keyring: TokenKeyring, teamId: string, token: string): Promise<SealedToken> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = await crypto.subtle.encrypt({ name: "AES-GCM", iv, additionalData: encoder.encode(teamId) }, keyring.current.key, encoder.encode(token));
  return { keyId: keyring.current.id, iv: toBase64Url(iv), sealed: toBase64Url(new Uint8Array(sealed)) };
}

/** The token; throws TokenCipherError when no key of the ring sealed it, or it was altered or moved. */
export async function openToken(keyring: TokenKeyring, teamId: string, sealed: SealedToken): Promise<string> {
  const key = [keyring.current, keyring.previous].find((candidate) => candidate?.id === sealed.keyId);
  if (!key) throw new TokenCipherError(`no key ${sealed.keyId} in SLACK_TOKEN_KEY or SLACK_TOKEN_KEY_PREVIOUS`);
  try {
    const iv = fromBase64Url(sealed.iv);
    const plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv, additionalData: encoder.encode(teamId) }, key.key, fromBase64Url(sealed.sealed));
    return decoder.decode(plain);
  } catch {
    throw new TokenCipherError(`the token sealed under key ${sealed.keyId} does not open`);
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}
