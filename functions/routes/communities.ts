import { Hono } from "hono/tiny";
import * as z from "zod/mini";
import { type AuditPage, CreateCommunityRequestSchema, type ModeratorTokenReply } from "../../shared/schemas/communities.ts";
import { adapterSettings, resolveConfig } from "../../shared/schemas/community-config.ts";
import { randomToken, sha256Hex } from "../crypto/tokens.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../http/api-error.ts";
import { authorizeCommunity, communityKeyFromPath, requireAdapter, requireAdmin } from "../http/community-auth.ts";
import { describeIssueWithField, readJson } from "../http/read-json.ts";
import { KNOWN_TOPIC_IDS } from "../service/known-topics.ts";
import { describeConfigIssue, MAX_CONFIG_BYTES, validateCommunityConfig } from "../service/validate-config.ts";
import { listAudit } from "../storage/audit-log.ts";
import { createCommunity, loadCommunityConfig, replaceCommunityConfig, rotateModeratorToken } from "../storage/communities.ts";

const AuditQuerySchema = z.object({
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 20),
  before: z.optional(z.coerce.number().check(z.int(), z.minimum(1))),
});

const COMMUNITY = "/v1/communities/:platform/:communityId";

export const communityRoutes = new Hono<AppEnv>()
  .use("/v1/communities/*", async (c, next) => {
    await next();
    c.header("Cache-Control", "no-store");
  })
  .post("/v1/communities", async (c) => {
    const actor = await requireAdmin(c);
    const { platform, communityId, name } = await readJson(c, CreateCommunityRequestSchema);
    const moderatorToken = randomToken();
    const created = await createCommunity(c.env.DB, { platform, communityId }, name, await sha256Hex(moderatorToken), actor);
    if (!created) throw new ApiError(409, "conflict", `The ${platform} community ${communityId} already exists; rotate its token instead.`);
    return c.json({ moderatorToken } satisfies ModeratorTokenReply, 201);
  })
  .post(`${COMMUNITY}/token`, async (c) => {
    const { community, actor } = await authorizeCommunity(c, communityKeyFromPath(c));
    const moderatorToken = randomToken();
    await rotateModeratorToken(c.env.DB, community, await sha256Hex(moderatorToken), actor);
    return c.json({ moderatorToken } satisfies ModeratorTokenReply);
  })
  .get(`${COMMUNITY}/config`, async (c) => {
    const { community } = await authorizeCommunity(c, communityKeyFromPath(c));
    return c.json(community.config);
  })
  .put(`${COMMUNITY}/config`, async (c) => {
    const { community, actor } = await authorizeCommunity(c, communityKeyFromPath(c));
    const body = await readJson(c, z.unknown(), MAX_CONFIG_BYTES);
    const result = validateCommunityConfig(body, KNOWN_TOPIC_IDS);
    if (!result.ok) throw new ApiError(400, "invalid_request", describeConfigIssue(result.issues[0]!));
    await replaceCommunityConfig(c.env.DB, community, result.config, actor);
    return c.json(result.config);
  })
  .get(`${COMMUNITY}/audit`, async (c) => {
    const { community } = await authorizeCommunity(c, communityKeyFromPath(c));
    const query = AuditQuerySchema.safeParse(c.req.query());
    if (!query.success) throw new ApiError(400, "invalid_request", describeIssueWithField(query.error.issues[0]!));
    return c.json((await listAudit(c.env.DB, community, query.data)) satisfies AuditPage);
  })
  .get(`${COMMUNITY}/settings`, async (c) => {
    requireAdapter(c);
    const { platform, communityId } = communityKeyFromPath(c);
    return c.json(adapterSettings(resolveConfig(await loadCommunityConfig(c.env.DB, platform, communityId))));
  });
