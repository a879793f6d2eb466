import { env } from "cloudflare:workers";
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from "vitest";
import type { DiscordMessage } from "../../../shared/render/discord.ts";
import { AnswerSchema } from "../../../shared/schemas/answer.ts";
import { brokenD1, fetchWith, postInteractionWith, postJsonWith } from "../../support/worker/bindings.ts";
import { ADAPTER, bearer, createCommunity, putConfig } from "../../support/worker/communities-support.ts";
import { buttonInteraction, commandInteraction } from "../../support/worker/discord-interactions.ts";
import { eventBody, form, postSlack, slackCalls, uniqueId } from "../../support/worker/slack.ts";

const QUESTION = "why does my therapist say we?";
const CRISIS = "i want to kill myself tonight";
const COMMUNITY = "123456789012345678";

let errors: MockInstance<typeof console.error>;
beforeEach(() => {
  errors = vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

/** What the Worker logged, parsed: every line must be one of its structured JSON records. */
function logged(): Record<string, unknown>[] {
  return errors.mock.calls.map((call) => JSON.parse(call.map(String).join(" ")) as Record<string, unknown>);
}

function expectFaultLogged(scope: string): void {
  const entry = logged().find((record) => record.scope === scope);
  expect(entry, `a ${scope} fault`).toMatchObject({ level: "error", error: "Error" });
  expect((entry!.frames as string[]).length).toBeGreaterThan(0);
  expect(JSON.stringify(logged())).not.toMatch(/kill myself|therapist say we|Network connection lost/);
}

async function discordMessage(response: Response): Promise<DiscordMessage> {
  expect(response.status).toBe(200);
  return ((await response.json()) as { data: DiscordMessage }).data;
}

for (const [name, db] of [
  ["every query fails", brokenD1()],
  ["preparing a query throws", brokenD1({ throwOnPrepare: true })],
] as const) {
  const down: Env = { ...env, DB: db };

  describe(`with D1 down (${name})`, () => {
    it("/v1/answer answers from the built-in knowledge base with the default config, and logs the fault by name", async () => {
      const response = await postJsonWith(down, "/v1/answer", { text: QUESTION, platform: "discord", communityId: COMMUNITY, userId: "u1" }, ADAPTER);
      expect(response.status).toBe(200);
      expect(AnswerSchema.parse(await response.json())).toMatchObject({ kind: "answer", topic: "we-in-therapy" });
      expectFaultLogged("community.config");
      expectFaultLogged("usage.record");
    });

    it("/v1/answer still gives a crisis reply with the built-in lines", async () => {
      const response = await postJsonWith(down, "/v1/answer", { text: CRISIS, platform: "slack", communityId: "TDOWN", locale: "en-GB" }, ADAPTER);
      const answer = AnswerSchema.parse(await response.json());
      expect(answer.kind).toBe("crisis");
      expect(answer.resources.map((r) => r.name).join(" ")).toContain("Samaritans");
    });

    it("Discord /ask, a follow-up button and /resources are answered", async () => {
      const ask = (text: string) => commandInteraction("ask", [{ name: "question", type: 3, value: text }]);
      expect((await discordMessage(await postInteractionWith(down, ask(QUESTION)))).content).toContain("we");
      const crisis = await discordMessage(await postInteractionWith(down, ask(CRISIS)));
      expect(crisis.embeds[0]!.fields.map((f) => f.name).join(" ")).toMatch(/Samaritans|988/);
      const button = await discordMessage(await postInteractionWith(down, buttonInteraction("alliance:ask:What is the therapeutic alliance?")));
      expect(button.content).toContain("What is the therapeutic alliance?");
      const resources = await discordMessage(await postInteractionWith(down, commandInteraction("resources")));
      expect(resources.embeds[0]!.fields.length).toBeGreaterThan(0);
      expectFaultLogged("community.config");
    });

    it("Slack /ask, mentions and follow-ups are answered (a mention even though its delivery cannot be recorded)", async () => {
      const command = form({
        team_id: "TDOWN",
        channel_id: uniqueId("C"),
        user_id: "UMEMBER",
        command: "/ask",
        text: CRISIS,
        response_url: "https://hooks.slack.com/x",
        trigger_id: "1",
      });
      const reply = (await (await postSlack("/slack/commands", command, { bindings: down })).json()) as { text: string };
      expect(reply.text).toMatch(/988|116 123|findahelpline/);

      const channel = uniqueId("C");
      const mention = eventBody({ type: "app_mention", user: "UMEMBER", text: `<@UALLIANCE> ${CRISIS}`, channel, ts: "1700000000.000100", team: "TDOWN" });
      expect((await postSlack("/slack/events", mention, { bindings: down })).status).toBe(200);
      const [posted] = await slackCalls(channel);
      expect(posted).toMatchObject({ method: "chat.postMessage" });
      expect(JSON.stringify(posted!.params.blocks)).toMatch(/988|116 123|findahelpline/);
      expectFaultLogged("slack.event_claim");

      const other = uniqueId("C");
      const payload = {
        type: "block_actions",
        team: { id: "TDOWN" },
        user: { id: "UMEMBER", team_id: "TDOWN" },
        channel: { id: other },
        message: { ts: "1700000000.000200" },
        actions: [{ action_id: "alliance_follow_up_0", value: "What is the therapeutic alliance?" }],
      };
      expect((await postSlack("/slack/interactions", form({ payload: JSON.stringify(payload) }), { bindings: down })).status).toBe(200);
      expect(await slackCalls(other)).toHaveLength(1);
    });

    it("/health stays ok; the moderators' API and page say something went wrong (JSON, and the page's own HTML), nothing more", async () => {
      expect(await (await fetchWith(down, "/health")).json()).toMatchObject({ status: "ok" });
      const api = await fetchWith(down, `/v1/communities/discord/${COMMUNITY}/config`, { headers: { authorization: "Bearer test-admin-token" } });
      expect(api.status).toBe(500);
      expect(await api.json()).toEqual({ error: { code: "internal_error", message: expect.any(String) } });
      const page = await fetchWith(down, "/admin", { headers: { cookie: "__Host-alliance-session=abc" } });
      expect(page.status).toBe(500);
      expect(page.headers.get("content-type")).toMatch(/^text\/html/);
      expect(await page.text()).not.toContain("D1_ERROR");
    });
  });
}

describe("a community's settings during a D1 outage", () => {
  it("Discord /resources keeps the community's region from the isolate's recent read, as answers do", async () => {
    const guild = `${Date.now()}0001`;
    expect((await putConfig("discord", guild, { region: "GB" }, bearer(await createCommunity("discord", guild)))).status).toBe(200);
    const resources = (bindings: Env) => postInteractionWith(bindings, { ...commandInteraction("resources"), guild_id: guild, locale: "en-US" });
    const names = async (response: Response) => (await discordMessage(response)).embeds[0]!.fields.map((field) => field.name);
    expect((await names(await resources(env)))[0]).toMatch(/^Samaritans/);
    expect((await names(await resources({ ...env, DB: brokenD1() })))[0]).toMatch(/^Samaritans/);
  });
});
