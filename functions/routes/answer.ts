import { Hono } from "hono";
import { AnswerRequestSchema } from "../../shared/schemas/answer.ts";
import type { AppEnv } from "../env.ts";
import { identifyCaller } from "../http/caller.ts";
import { readJson } from "../http/read-json.ts";
import { answerQuestion } from "../service/answer-question.ts";

export const answerRoutes = new Hono<AppEnv>().post("/v1/answer", async (c) => {
  identifyCaller(c);
  const request = await readJson(c, AnswerRequestSchema);
  const { answer } = await answerQuestion(c.env, c.executionCtx, request);
  return c.json(answer);
});
