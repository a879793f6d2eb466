import { Hono } from "hono/tiny";
import { INTERACTION, InteractionSchema } from "../../shared/discord/interaction.ts";
import { alreadyAnsweredResponse, respondToInteraction } from "../discord/respond.ts";
import { importDiscordPublicKey, verifyDiscordSignature } from "../discord/verify-signature.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../http/api-error.ts";
import { decodeUtf8, parseJson, readBodyBytes } from "../http/read-json.ts";
import { refusePlatform } from "../http/refuse-platform.ts";
import { isReplay } from "../security/replays.ts";

// A button press carries the whole message it belongs to, so interactions get more room than /v1/answer.
const MAX_INTERACTION_BYTES = 64 * 1024;

/**
 * Discord HTTP interactions: a usable public key, the signature on the raw bytes, then parse; an
 * interaction id seen before (a captured request sent again) gets nothing new; then answer.
 */
export const discordRoutes = new Hono<AppEnv>().post("/discord/interactions", async (c) => {
  const publicKey = await importDiscordPublicKey(c.env.DISCORD_PUBLIC_KEY);
  if ("problem" in publicKey) refusePlatform("discord", publicKey.problem);
  const body = await readBodyBytes(c, MAX_INTERACTION_BYTES);
  const timestamp = c.req.header("x-signature-timestamp");
  if (!(await verifyDiscordSignature(publicKey.key, { signature: c.req.header("x-signature-ed25519"), timestamp, body }))) {
    throw new ApiError(401, "unauthorized", "The request signature is missing, malformed, stale or not valid.");
  }
  const interaction = parseJson(decodeUtf8(body), InteractionSchema);
  // A PING changes nothing, and Discord may check the endpoint with the same one more than once.
  if (interaction.type !== INTERACTION.ping && (await isReplay(c.env.DB, `discord:${interaction.id}`, timestamp!))) {
    return c.json(alreadyAnsweredResponse(interaction));
  }
  return c.json(await respondToInteraction(c.env, c.executionCtx, interaction));
});
