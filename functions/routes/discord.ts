import { Hono } from "hono/tiny";
import { InteractionSchema } from "../../shared/discord/interaction.ts";
import { respondToInteraction } from "../discord/respond.ts";
import { importDiscordPublicKey, verifyDiscordSignature } from "../discord/verify-signature.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../http/api-error.ts";
import { decodeUtf8, parseJson, readBodyBytes } from "../http/read-json.ts";

// A button press carries the whole message it belongs to, so interactions get more room than /v1/answer.
const MAX_INTERACTION_BYTES = 64 * 1024;

/** Discord HTTP interactions: verify the signature on the raw bytes, then parse, then answer. */
export const discordRoutes = new Hono<AppEnv>().post("/discord/interactions", async (c) => {
  const publicKey = await importDiscordPublicKey(c.env.DISCORD_PUBLIC_KEY);
  if (!publicKey) {
    console.error("DISCORD_PUBLIC_KEY is missing or is not the 64 hex characters of the application's public key.");
    throw new ApiError(503, "misconfigured", "Discord interactions are not configured on this server.");
  }
  const body = await readBodyBytes(c, MAX_INTERACTION_BYTES);
  const signed = { signature: c.req.header("x-signature-ed25519"), timestamp: c.req.header("x-signature-timestamp"), body };
  if (!(await verifyDiscordSignature(publicKey, signed))) {
    throw new ApiError(401, "unauthorized", "The request signature is missing, malformed, stale or not valid.");
  }
  const interaction = parseJson(decodeUtf8(body), InteractionSchema);
  return c.json(await respondToInteraction(c.env, c.executionCtx, interaction));
});
