import { Hono } from "hono";
import { AnswerRequestSchema } from "../../shared/schemas/answer.ts";
import { resolveConfig } from "../../shared/schemas/community-config.ts";
import { answerMessage } from "../engine/answer-message.ts";
import type { AppEnv } from "../env.ts";
import { identifyCaller } from "../http/caller.ts";
import { readJson } from "../http/read-json.ts";
import { logFault } from "../log.ts";
import { recordUsage } from "../storage/usage.ts";

export const answerRoutes = new Hono<AppEnv>().post("/v1/answer", async (c) => {
  identifyCaller(c);
  const request = await readJson(c, AnswerRequestSchema);
  const answer = answerMessage(request, { config: resolveConfig(undefined) });
  const community = request.communityId ? `${request.platform}:${request.communityId}` : "";
  c.executionCtx.waitUntil(recordUsage(c.env.DB, community, answer).catch((error) => logFault("usage.record", error)));
  return c.json(answer);
});
