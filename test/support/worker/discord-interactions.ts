import KEYS from "../../fixtures/discord-test-keys.json" with { type: "json" };
import { fetchWorker } from "./fetch-worker.ts";

export type Signer = "signer" | "otherSigner";

const encoder = new TextEncoder();

/** A real Ed25519 signature over `timestamp + body`, as Discord computes it, with a committed test-only key. */
export async function signDiscord(body: string, timestamp: string, signer: Signer = "signer"): Promise<string> {
  const key = await crypto.subtle.importKey("jwk", KEYS[signer].privateKeyJwk, { name: "Ed25519" }, false, ["sign"]);
  const signature = await crypto.subtle.sign({ name: "Ed25519" }, key, encoder.encode(timestamp + body));
  return [...new Uint8Array(signature)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

export function nowTimestamp(offsetSeconds = 0): string {
  return String(Math.floor(Date.now() / 1_000) + offsetSeconds);
}

export function postInteractionRaw(body: string, headers: HeadersInit): Promise<Response> {
  return fetchWorker("/discord/interactions", { method: "POST", headers, body });
}

/** Signs and posts an interaction the way Discord does. */
export async function postInteraction(interaction: unknown, options: { signer?: Signer; timestamp?: string } = {}): Promise<Response> {
  const body = typeof interaction === "string" ? interaction : JSON.stringify(interaction);
  const timestamp = options.timestamp ?? nowTimestamp();
  const signature = await signDiscord(body, timestamp, options.signer);
  return postInteractionRaw(body, {
    "content-type": "application/json",
    "x-signature-ed25519": signature,
    "x-signature-timestamp": timestamp,
  });
}

let interactions = 0;
/** Discord gives every interaction its own id, and the Worker answers each id once: so does this. */
export function newInteractionId(): string {
  interactions += 1;
  return `9${crypto.getRandomValues(new Uint32Array(1))[0]!.toString().padStart(10, "0")}${String(interactions).padStart(6, "0")}`;
}

const GUILD = { guild_id: "111111111111111111", channel_id: "222222222222222222", guild_locale: "en-US" };
const MEMBER = { member: { user: { id: "333333333333333333" } } };

export function commandInteraction(name: string, options: { name: string; type: number; value: unknown }[] = [], place: "guild" | "dm" = "guild") {
  const where = place === "guild" ? { ...GUILD, ...MEMBER } : { channel_id: "444444444444444444", user: { id: "333333333333333333" } };
  return {
    id: newInteractionId(),
    application_id: "555",
    token: "interaction-token",
    version: 1,
    type: 2,
    locale: "en-GB",
    ...where,
    data: { id: "1", name, type: 1, options },
  };
}

export function buttonInteraction(customId: string) {
  return {
    id: newInteractionId(),
    application_id: "555",
    token: "interaction-token",
    version: 1,
    type: 3,
    locale: "en-GB",
    ...GUILD,
    ...MEMBER,
    message: { id: "666666666666666666", content: "an earlier answer", embeds: [], components: [] },
    data: { custom_id: customId, component_type: 2 },
  };
}

export const PING = { id: "900000000000000000", application_id: "555", token: "t", version: 1, type: 1 };
