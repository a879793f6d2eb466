import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { AnswerSchema, PLATFORMS } from "../../../shared/schemas/answer.ts";
import { ErrorBodySchema } from "../../../shared/schemas/error.ts";
import { anyBody, contentTypes, FUZZ_SEED, garbageText, headerText, hostileJson, PROPERTY_TIMEOUT_MS, withProtoKey } from "../../support/fuzz-inputs.ts";
import { ORIGIN, signIn } from "../../support/worker/admin-session.ts";
import { ADAPTER, ADMIN, bearer, configPath, createCommunity, uniqueId } from "../../support/worker/communities-support.ts";
import { nowTimestamp, signDiscord } from "../../support/worker/discord-interactions.ts";
import { fetchWorker, postJson } from "../../support/worker/fetch-worker.ts";
import { fetchSettled, nowSeconds, slackSignature } from "../../support/worker/slack.ts";

/**
 * Fuzzing through the Worker's real fetch. Every response must be below 500, carry the secure headers,
 * and be a JSON error body unless it succeeded; the moderator page's forms answer with the page's own
 * HTML instead. Counts per property are the `numRuns` below (docs/reliability.md).
 */
const RUNS = { anyRoute: 400, answer: 300, discord: 200, slack: 240, moderatorApi: 150, adminForms: 150 };

// The routes' fuzzing may rotate this community's token (that is allowed); the page's session is another community's.
const GUILD = "987654321098765432";
let moderatorToken = "";
let session = { cookie: "", csrf: "" };

beforeAll(async () => {
  moderatorToken = await createCommunity("discord", GUILD, "Fuzzed community");
  const pageCommunity = uniqueId("page");
  session = await signIn("discord", pageCommunity, await createCommunity("discord", pageCommunity, "Fuzzed page"));
});

const ROUTES = [
  ["GET", "/health"],
  ["POST", "/v1/answer"],
  ["POST", "/v1/communities"],
  ["POST", `/v1/communities/discord/${GUILD}/token`],
  ["GET", `/v1/communities/discord/${GUILD}/config`],
  ["PUT", `/v1/communities/discord/${GUILD}/config`],
  ["GET", `/v1/communities/discord/${GUILD}/audit`],
  ["GET", `/v1/communities/slack/T0/settings`],
  ["GET", "/admin"],
  ["POST", "/admin/sign-in"],
  ["POST", "/admin/sign-out"],
  ["POST", "/admin/settings"],
  ["POST", "/admin/preview"],
  ["POST", "/discord/interactions"],
  ["POST", "/slack/events"],
  ["POST", "/slack/commands"],
  ["POST", "/slack/interactions"],
] as const;
const ADMIN_FORMS = new Set(["/admin/sign-in", "/admin/sign-out", "/admin/settings", "/admin/preview"]);

/** What every response must satisfy, whatever was sent. */
async function expectSound(response: Response, path: string, method: string): Promise<void> {
  const label = `${method} ${path} → ${response.status}`;
  expect(response.status, label).toBeLessThan(500);
  expect(response.headers.get("x-content-type-options"), label).toBe("nosniff");
  expect(response.headers.get("strict-transport-security"), label).toMatch(/max-age=\d+/);
  expect(response.headers.get("x-frame-options"), label).toMatch(/^(SAMEORIGIN|DENY)$/);
  expect(response.headers.get("referrer-policy"), label).toBeTruthy();
  if (response.status < 400 || method === "HEAD") return;
  const type = response.headers.get("content-type") ?? "";
  const body = await response.text();
  if (ADMIN_FORMS.has(path) && method === "POST") {
    expect(type, label).toMatch(/^text\/html/);
    expect(body, label).toContain("Alliance for moderators");
    expect(response.headers.get("content-security-policy"), label).toContain("default-src 'none'");
  } else {
    expect(type, label).toMatch(/^application\/json/);
    expect(ErrorBodySchema.safeParse(JSON.parse(body)).success, `${label}: ${body}`).toBe(true);
  }
}

const authorizations = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(ADAPTER.authorization, ADMIN.authorization, "Bearer wrong", "Basic dGVzdA==", "bearer  test-answer-key ", "Bearer test-answer-key, Bearer x"),
  fc.constant("moderator"),
  headerText,
);

const request = fc.record({
  route: fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...ROUTES) },
    fc.tuple(fc.constantFrom("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD"), fc.constantFrom(...ROUTES.map(([, path]) => path))),
    fc.tuple(fc.constantFrom("GET", "POST"), fc.webPath()),
  ),
  body: anyBody(),
  contentType: contentTypes,
  authorization: authorizations,
  extra: fc.dictionary(
    fc.constantFrom(
      "origin",
      "cookie",
      "x-signature-ed25519",
      "x-signature-timestamp",
      "x-slack-signature",
      "x-slack-request-timestamp",
      "cf-connecting-ip",
      "content-length",
      "sec-fetch-site",
    ),
    headerText,
    { maxKeys: 4 },
  ),
});

describe("fuzzing every route", () => {
  it(
    "never answers 5xx, always with secure headers and a JSON (or, for the moderator page's forms, HTML) error",
    async () => {
      await fc.assert(
        fc.asyncProperty(request, async ({ route: [method, path], body, contentType, authorization, extra }) => {
          const headers = new Headers();
          for (const [name, value] of Object.entries(extra)) headers.set(name, value);
          if (contentType !== undefined) headers.set("content-type", contentType);
          if (authorization !== undefined) headers.set("authorization", authorization === "moderator" ? `Bearer ${moderatorToken}` : authorization);
          // A wrong Content-Length would only be refused by the Request constructor, never reach the Worker.
          headers.delete("content-length");
          const hasBody = method !== "GET" && method !== "HEAD";
          const response = await fetchWorker(path, { method, headers, body: hasBody ? body : undefined, redirect: "manual" });
          await expectSound(response, path, method);
        }),
        { seed: FUZZ_SEED, numRuns: RUNS.anyRoute },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe("fuzzing past each route's first checks", () => {
  it(
    "POST /v1/answer: any field values answer with a valid Answer or a 400/413 naming the problem",
    async () => {
      const answerRequest = fc.record(
        {
          text: fc.oneof({ weight: 4, arbitrary: garbageText(300) }, fc.string({ unit: "grapheme", maxLength: 300 }), fc.integer(), fc.constant(null)),
          platform: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PLATFORMS) }, garbageText(8)),
          communityId: fc.oneof(fc.constantFrom(GUILD, "TALLIANCE"), garbageText(70)),
          locale: fc.oneof(fc.constantFrom("en-GB", "en_us", "pt-BR", "zh-Hant-TW", "es-419", "x"), garbageText(40)),
          userId: garbageText(130),
          extra: hostileJson,
        },
        { requiredKeys: ["text", "platform"] },
      );
      await fc.assert(
        fc.asyncProperty(answerRequest, fc.boolean(), async (fields, asAdapter) => {
          const response = await postJson("/v1/answer", fields, asAdapter ? ADAPTER : {});
          await expectSound(response.clone(), "/v1/answer", "POST");
          if (response.status === 200) expect(AnswerSchema.safeParse(await response.json()).success).toBe(true);
          else expect([400, 413]).toContain(response.status);
        }),
        { seed: FUZZ_SEED, numRuns: RUNS.answer },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "POST /discord/interactions, signed: any interaction gets a reply or a JSON 400",
    async () => {
      const snowflake = fc.oneof(fc.bigInt({ min: 0n, max: 2n ** 64n }).map(String), garbageText(22));
      const interaction = fc.record(
        {
          id: snowflake,
          type: fc.oneof(fc.constantFrom(1, 2, 3, 4, 5), fc.integer(), garbageText(3)),
          guild_id: snowflake,
          channel_id: snowflake,
          locale: garbageText(40),
          member: fc.record({ user: fc.record({ id: snowflake }) }),
          user: fc.oneof(fc.record({ id: snowflake }), hostileJson),
          message: fc.record({ id: snowflake }),
          data: fc.record(
            {
              name: fc.oneof(fc.constantFrom("ask", "resources", "about", "other"), garbageText(20)),
              options: fc.array(fc.record({ name: fc.oneof(fc.constant("question"), garbageText(10)), type: fc.integer(), value: hostileJson }), {
                maxLength: 3,
              }),
              custom_id: fc.oneof(fc.constant("alliance:ask:"), garbageText(110)).map((id) => (id.startsWith("alliance") ? id : `alliance:ask:${id}`)),
              component_type: fc.oneof(fc.constant(2), fc.integer()),
            },
            { requiredKeys: [] },
          ),
        },
        { requiredKeys: ["id", "type"] },
      );
      await fc.assert(
        fc.asyncProperty(fc.oneof({ weight: 4, arbitrary: interaction.map((i) => JSON.stringify(i)) }, anyBody(20_000)), async (body) => {
          const text = typeof body === "string" ? body : new TextDecoder().decode(body);
          const timestamp = nowTimestamp();
          const response = await fetchWorker("/discord/interactions", {
            method: "POST",
            headers: { "content-type": "application/json", "x-signature-ed25519": await signDiscord(text, timestamp), "x-signature-timestamp": timestamp },
            body: text,
          });
          await expectSound(response.clone(), "/discord/interactions", "POST");
          if (response.status === 200) expect(await response.json()).toHaveProperty("type");
          else expect([400, 413]).toContain(response.status);
        }),
        { seed: FUZZ_SEED, numRuns: RUNS.discord },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "POST /slack/events, /slack/commands and /slack/interactions, signed: any payload is acknowledged or a JSON 400",
    async () => {
      const slackId = fc.oneof(fc.constantFrom("TALLIANCE", "UMEMBER", "C123", "D123"), garbageText(30));
      const event = fc.record(
        {
          type: fc.oneof(fc.constantFrom("event_callback", "url_verification", "app_rate_limited"), garbageText(10)),
          challenge: garbageText(),
          team_id: slackId,
          event_id: slackId,
          authorizations: fc.array(fc.record({ user_id: slackId }), { maxLength: 2 }),
          event: fc.record(
            {
              type: fc.constantFrom("app_mention", "message", "reaction_added"),
              user: slackId,
              text: garbageText(300),
              channel: slackId,
              channel_type: fc.constantFrom("im", "channel"),
              ts: garbageText(20),
              thread_ts: garbageText(20),
              subtype: fc.constantFrom("file_share", "bot_message"),
              bot_id: slackId,
            },
            { requiredKeys: ["type", "channel", "ts"] },
          ),
        },
        { requiredKeys: ["type"] },
      );
      const command = fc
        .record(
          {
            team_id: slackId,
            channel_id: slackId,
            user_id: slackId,
            command: fc.constantFrom("/ask", "/other"),
            text: garbageText(300),
            ssl_check: fc.constantFrom("0", "1"),
          },
          { requiredKeys: ["team_id", "channel_id", "user_id", "command"] },
        )
        .map((fields) => new URLSearchParams(fields as Record<string, string>).toString());
      const action = fc
        .record(
          {
            type: fc.oneof(fc.constant("block_actions"), garbageText(10)),
            team: fc.oneof(fc.record({ id: slackId }), fc.constant(null)),
            user: fc.record({ id: slackId, team_id: slackId }, { requiredKeys: ["id"] }),
            channel: fc.record({ id: slackId }),
            container: fc.record({ is_ephemeral: fc.boolean(), thread_ts: garbageText(20) }, { requiredKeys: [] }),
            message: fc.record({ ts: garbageText(20) }),
            actions: fc.array(fc.record({ action_id: fc.oneof(fc.constant("alliance_follow_up_0"), garbageText(20)), value: garbageText(100) }), {
              maxLength: 3,
            }),
          },
          { requiredKeys: [] },
        )
        .map((payload) => new URLSearchParams({ payload: JSON.stringify(payload) }).toString());
      const delivery = fc.oneof(
        fc.tuple(fc.constant("/slack/events"), fc.oneof({ weight: 3, arbitrary: event.map((e) => JSON.stringify(e)) }, anyBody(20_000))),
        fc.tuple(fc.constant("/slack/commands"), fc.oneof({ weight: 3, arbitrary: command }, anyBody(20_000))),
        fc.tuple(fc.constant("/slack/interactions"), fc.oneof({ weight: 3, arbitrary: action }, anyBody(20_000))),
      );
      await fc.assert(
        fc.asyncProperty(delivery, async ([path, body]) => {
          const text = typeof body === "string" ? body : new TextDecoder().decode(body);
          const timestamp = String(nowSeconds());
          const contentType = path === "/slack/events" ? "application/json" : "application/x-www-form-urlencoded";
          const headers = { "content-type": contentType, "x-slack-request-timestamp": timestamp, "x-slack-signature": await slackSignature(text, timestamp) };
          // Settled: the reply posted after the 200 is part of what must not fail.
          const response = await fetchSettled(new Request(`http://alliance.test${path}`, { method: "POST", headers, body: text }));
          await expectSound(response.clone(), path, "POST");
          expect([200, 400, 413], `${path} → ${response.status}`).toContain(response.status);
        }),
        { seed: FUZZ_SEED, numRuns: RUNS.slack },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "the moderators' API: any config is saved whole or refused with a 400 naming the field, and answers go on",
    async () => {
      const community = uniqueId("fuzz");
      const token = await createCommunity("slack", community);
      const slug = fc.oneof(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/), garbageText(10));
      const config = fc.record(
        {
          region: fc.oneof(fc.constantFrom("GB", "US", "ZZ", "gb"), garbageText(3)),
          extraResources: fc.array(
            fc.record(
              {
                name: garbageText(90),
                description: garbageText(210),
                phone: fc.oneof(fc.constant("+44 116 123"), garbageText(20)),
                url: fc.oneof(fc.constant("https://example.org/help"), garbageText(30)),
              },
              { requiredKeys: [] },
            ),
            { maxLength: 6 },
          ),
          topicOverrides: fc.dictionary(
            fc.oneof(fc.constantFrom("we-in-therapy", "__proto__", "constructor"), slug),
            fc.record({ mode: fc.constantFrom("replace", "append", "x"), text: garbageText(300) }),
          ),
          disabledTopics: fc.array(fc.oneof(fc.constantFrom("trust", "boundaries"), slug), { maxLength: 5 }),
          customAnswers: fc.array(
            fc.record({ id: slug, title: garbageText(110), answer: garbageText(400), sampleQuestions: fc.array(garbageText(80), { maxLength: 3 }) }),
            { maxLength: 3 },
          ),
          channels: fc.record(
            { mode: fc.constantFrom("all", "mentions", "listed", "x"), ids: fc.array(garbageText(12), { maxLength: 3 }) },
            { requiredKeys: ["mode"] },
          ),
          crisisReplyPrivately: fc.oneof(fc.boolean(), hostileJson),
          alertChannelId: fc.oneof(fc.constant("C123"), garbageText(45)),
          cooldownSeconds: fc.oneof(fc.integer({ min: -10, max: 4_000 }), fc.double()),
          extra: hostileJson,
        },
        { requiredKeys: [] },
      );
      await fc.assert(
        fc.asyncProperty(config, fc.jsonValue(), garbageText(200), async (value, proto, question) => {
          const body = withProtoKey(JSON.stringify(value), proto);
          const response = await fetchWorker(configPath("slack", community), {
            method: "PUT",
            headers: { "content-type": "application/json", ...bearer(token) },
            body,
          });
          await expectSound(response.clone(), configPath("slack", community), "PUT");
          expect([200, 400, 413]).toContain(response.status);
          const stored = await fetchWorker(configPath("slack", community), { headers: bearer(token) });
          expect(stored.status).toBe(200);
          const saved = (await stored.json()) as Record<string, unknown>;
          expect(Object.keys(saved)).not.toContain("__proto__");
          expect(Object.keys(saved)).not.toContain("extra");
          if (response.status === 200) expect(saved).toEqual(await response.json());
          const answer = await postJson("/v1/answer", { text: question.trim() ? question : "hello", platform: "slack", communityId: community }, ADAPTER);
          expect(answer.status).toBe(200);
          expect(AnswerSchema.safeParse(await answer.json()).success).toBe(true);
        }),
        { seed: FUZZ_SEED, numRuns: RUNS.moderatorApi },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "the moderator page's forms, signed in with a valid CSRF token: any fields give a page, never a 5xx",
    async () => {
      const fields = fc.dictionary(
        fc.oneof(
          fc.constantFrom(
            "region",
            "extraResourceName",
            "customAnswerId",
            "customAnswerQuestions",
            "channelsMode",
            "channelIds",
            "cooldownSeconds",
            "question",
            "followUp",
            "disabledTopics",
          ),
          garbageText(15),
        ),
        fc.oneof(garbageText(300), fc.array(garbageText(40), { maxLength: 3 })),
        { maxKeys: 8 },
      );
      await fc.assert(
        fc.asyncProperty(fc.constantFrom("/admin/settings", "/admin/preview"), fields, async (path, values) => {
          const body = new URLSearchParams({ csrf: session.csrf });
          for (const [name, value] of Object.entries(values)) for (const one of [value].flat()) body.append(name, one);
          const response = await fetchWorker(path, {
            method: "POST",
            headers: { "content-type": "application/x-www-form-urlencoded", origin: ORIGIN, cookie: session.cookie },
            body: body.toString(),
            redirect: "manual",
          });
          await expectSound(response.clone(), path, "POST");
          expect([200, 303, 400, 413]).toContain(response.status);
          if (response.status !== 303) expect(await response.text()).toContain("<!DOCTYPE html>");
        }),
        { seed: FUZZ_SEED, numRuns: RUNS.adminForms },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe("after the fuzzing", () => {
  it("nothing reached Object.prototype, and the Worker is healthy and answers correctly", async () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
    expect(await (await fetchWorker("/health")).json()).toMatchObject({ status: "ok" });
    const answer = AnswerSchema.parse(await (await postJson("/v1/answer", { text: "why does my therapist say we", platform: "api" })).json());
    expect(answer).toMatchObject({ kind: "answer", topic: "we-in-therapy" });
    const crisis = AnswerSchema.parse(await (await postJson("/v1/answer", { text: "i want to kill myself", platform: "api", locale: "en-US" })).json());
    expect(crisis.kind).toBe("crisis");
    expect(crisis.resources.map((r) => r.phone)).toContain("988");
    expect((await fetchWorker("/admin", { headers: { cookie: session.cookie } })).status).toBe(200);
  });
});
