import { env } from "cloudflare:workers";
import { describe, expect, it, vi } from "vitest";
import { answerQuestion } from "../../../functions/service/answer-question.ts";
import { AdapterSettingsSchema, type Answer, AnswerSchema, adapterSettings, DEFAULT_CONFIG } from "../../../shared/schemas/index.ts";
import { fetchWith } from "../../support/worker/bindings.ts";
import { ADAPTER, bearer, configPath, createCommunity, putConfig, uniqueId } from "../../support/worker/communities-support.ts";
import { expectJsonError, fetchWorker, postJson } from "../../support/worker/fetch-worker.ts";

async function ask(body: Record<string, unknown>): Promise<Answer> {
  const response = await postJson("/v1/answer", body, ADAPTER);
  expect(response.status).toBe(200);
  return AnswerSchema.parse(await response.json());
}

const CRISIS_TEXT = "where is the weekly support call, i want to kill myself tonight";
const TOPIC_TEXT = "why does my therapist say we";
const baselineTopic = await ask({ text: TOPIC_TEXT, platform: "api" });

const WEEKLY_CALL = {
  id: "weekly-call",
  title: "Our weekly support call",
  answer: "Our peer support call is every Thursday at 19:00 UK time in the #voice-support channel.",
  sampleQuestions: ["where is our weekly support call", "when is the peer call"],
};
const PEER_LINE = { name: "Our peer line", phone: "+44 20 7946 0000", description: "Volunteers, evenings" };

describe("/v1/answer applies the community's config", () => {
  it("answers a custom answer's sample question with it, only in that community", async () => {
    const id = uniqueId("guild");
    const token = await createCommunity("discord", id);
    expect((await putConfig("discord", id, { customAnswers: [WEEKLY_CALL] }, bearer(token))).status).toBe(200);

    const answer = await ask({ text: "Where's the weekly support call??", platform: "discord", communityId: id });
    expect(answer).toMatchObject({ kind: "answer", topic: "custom:weekly-call" });
    expect(answer.text).toContain(WEEKLY_CALL.answer);
    expect((await ask({ text: "when is the peer call", platform: "discord", communityId: id })).topic).toBe("custom:weekly-call");

    for (const elsewhere of [{}, { communityId: uniqueId("other") }, { communityId: id, platform: "slack" }]) {
      const other = await ask({ text: "Where's the weekly support call??", platform: "discord", ...elsewhere });
      expect(other.topic).not.toBe("custom:weekly-call");
    }
    // Unrelated questions are not captured by it.
    expect((await ask({ text: "how do I cancel my subscription", platform: "discord", communityId: id })).topic).not.toBe("custom:weekly-call");
  });

  it("a crisis stays a crisis: built-in resources first, then the community's own", async () => {
    const id = uniqueId("guild");
    const token = await createCommunity("discord", id);
    await putConfig("discord", id, { region: "GB", customAnswers: [WEEKLY_CALL], extraResources: [PEER_LINE] }, bearer(token));
    const answer = await ask({ text: CRISIS_TEXT, platform: "discord", communityId: id });
    expect(answer.kind).toBe("crisis");
    const names = answer.resources.map((resource) => resource.name);
    expect(names.at(-1)).toBe(PEER_LINE.name);
    expect(names.length).toBeGreaterThan(1);
    expect(answer.resources.at(-1)).toMatchObject({ phone: PEER_LINE.phone, region: "GB" });
  });

  it("disabled topics are not answered; a topic override extends the text", async () => {
    expect(baselineTopic).toMatchObject({ kind: "answer", topic: "we-in-therapy" });
    const topic = baselineTopic.topic!;
    const disabled = uniqueId("guild");
    const disabledToken = await createCommunity("slack", disabled);
    await putConfig("slack", disabled, { disabledTopics: [topic] }, bearer(disabledToken));
    expect((await ask({ text: TOPIC_TEXT, platform: "slack", communityId: disabled })).topic).not.toBe(topic);
    // "Tell me more" on an answer given before the topic was disabled finds nothing either.
    expect((await ask({ text: "Tell me more", platform: "slack", communityId: disabled, topic, detail: "full" })).kind).toBe("out_of_scope");

    const overridden = uniqueId("guild");
    const overriddenToken = await createCommunity("slack", overridden);
    await putConfig("slack", overridden, { topicOverrides: { [topic]: { mode: "append", text: "Ask in #support too." } } }, bearer(overriddenToken));
    const answer = await ask({ text: TOPIC_TEXT, platform: "slack", communityId: overridden });
    // The short answer stays the lead; the community's note follows the whole answer that "Tell me more" shows.
    expect(answer.text).toBe(baselineTopic.text);
    expect(answer.more).toBe(`${baselineTopic.more}\n\nAsk in #support too.`);
    const more = await ask({ text: "Tell me more", platform: "slack", communityId: overridden, topic, detail: "full" });
    expect(more.text).toBe(`${baselineTopic.more}\n\nAsk in #support too.`);
  });

  it("applies a config to the very next answer once it is saved, though answers keep configs for a few seconds", async () => {
    const topic = baselineTopic.topic!;
    const id = uniqueId("guild");
    // Asked before the community exists: this isolate now remembers that it has no config.
    expect((await ask({ text: TOPIC_TEXT, platform: "discord", communityId: id })).topic).toBe(topic);
    const token = await createCommunity("discord", id);
    expect((await putConfig("discord", id, { disabledTopics: [topic] }, bearer(token))).status).toBe(200);
    expect((await ask({ text: TOPIC_TEXT, platform: "discord", communityId: id })).topic).not.toBe(topic);
    expect((await putConfig("discord", id, {}, bearer(token))).status).toBe(200);
    expect((await ask({ text: TOPIC_TEXT, platform: "discord", communityId: id })).topic).toBe(topic);
  });

  it("answers with the defaults when D1 fails, logging the fault without the message", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const broken = {
      prepare() {
        throw new Error("D1_ERROR: the database is unavailable; message text would be here");
      },
    } as unknown as D1Database;
    const pending: Promise<unknown>[] = [];
    const outcome = await answerQuestion(
      { ...env, DB: broken },
      { waitUntil: (promise) => void pending.push(promise) },
      { text: "private words from a member", platform: "discord", communityId: "123" },
    );
    await Promise.all(pending);
    if (outcome.kind !== "answered") throw new Error(`expected an answer, got ${outcome.kind}`);
    const { answer, config } = outcome;
    expect(AnswerSchema.safeParse(answer).success).toBe(true);
    expect(config).toEqual(DEFAULT_CONFIG);
    const logged = errors.mock.calls.map((call) => call.join(" ")).join("\n");
    errors.mockRestore();
    expect(logged).toContain('"scope":"community.config"');
    expect(logged).not.toContain("private words");
    expect(logged).not.toContain("message text would be here");
  });
});

describe("only adapters speak for a community", () => {
  async function usage(community: string): Promise<number> {
    const row = await env.DB.prepare("SELECT COALESCE(SUM(count), 0) AS total FROM usage_daily WHERE community = ?1")
      .bind(community)
      .first<{ total: number }>();
    return row!.total;
  }

  it("an anonymous caller naming a community gets the defaults (no custom answers, no region, no extra lines) and counts in no insights", async () => {
    const id = uniqueId("guild");
    const token = await createCommunity("discord", id);
    const meeting = { ...WEEKLY_CALL, answer: "Moderators only: the meeting link is https://meet.example.org/moderators-only." };
    expect((await putConfig("discord", id, { region: "GB", customAnswers: [meeting], extraResources: [PEER_LINE] }, bearer(token))).status).toBe(200);

    const anonymous = async (text: string): Promise<Answer> => {
      const response = await fetchWith(env, "/v1/answer", {
        method: "POST",
        headers: { "content-type": "application/json", "cf-connecting-ip": "203.0.113.9" },
        body: JSON.stringify({ text, platform: "discord", communityId: id, locale: "en-US" }),
      });
      expect(response.status).toBe(200);
      return AnswerSchema.parse(await response.json());
    };
    const custom = await anonymous("Where's the weekly support call??");
    expect(custom.topic).not.toBe("custom:weekly-call");
    expect(JSON.stringify(custom)).not.toContain("moderators-only");
    const crisis = await anonymous(CRISIS_TEXT);
    expect(crisis.kind).toBe("crisis");
    expect(crisis.resources.map((resource) => resource.name)).not.toContain(PEER_LINE.name);
    expect(crisis.resources.every((resource) => resource.region !== "GB")).toBe(true);

    // The adapter, for the same community, gets its config and is counted (the anonymous questions never were).
    const adapter = (text: string) =>
      fetchWith(env, "/v1/answer", {
        method: "POST",
        headers: { "content-type": "application/json", ...ADAPTER },
        body: JSON.stringify({ text, platform: "discord", communityId: id }),
      });
    expect(((await (await adapter("Where's the weekly support call??")).json()) as Answer).topic).toBe("custom:weekly-call");
    await adapter(CRISIS_TEXT);
    // Counts are written in batches (storage/usage.ts), possibly by an earlier request's background write.
    await vi.waitFor(async () => expect(await usage(`discord:${id}`)).toBe(2));
    expect(await usage(`discord:${id}`)).toBe(2);
  });

  it("a community id on a platform without communities (api, web) is counted as no community", async () => {
    const id = uniqueId("nowhere");
    const send = (platform: string) =>
      fetchWith(env, "/v1/answer", {
        method: "POST",
        headers: { "content-type": "application/json", ...ADAPTER },
        body: JSON.stringify({ text: "hello", platform, communityId: id }),
      });
    await send("api");
    await send("web");
    await send("discord");
    await vi.waitFor(async () => expect(await usage(`discord:${id}`)).toBe(1));
    expect((await usage(`api:${id}`)) + (await usage(`web:${id}`))).toBe(0);
  });
});

describe("GET …/settings (adapters)", () => {
  it("serves a community's delivery settings to the adapter key, defaults for an unknown community", async () => {
    const id = uniqueId("team");
    const token = await createCommunity("slack", id);
    await putConfig(
      "slack",
      id,
      {
        channels: { mode: "listed", ids: ["C0123ABCD"] },
        crisisReplyPrivately: true,
        alertChannelId: "C0999MODS",
        cooldownSeconds: 60,
        region: "IE",
        extraResources: [{ name: "Our peer line", phone: "+353 1 555 0100" }],
      },
      bearer(token),
    );
    const response = await fetchWorker(configPath("slack", id, "settings"), { headers: ADAPTER });
    expect(response.status).toBe(200);
    expect(AdapterSettingsSchema.parse(await response.json())).toEqual({
      channels: { mode: "listed", ids: ["C0123ABCD"] },
      crisisReplyPrivately: true,
      alertChannelId: "C0999MODS",
      cooldownSeconds: 60,
      region: "IE",
      extraResources: [{ name: "Our peer line", phone: "+353 1 555 0100" }],
    });
    const unknown = await fetchWorker(configPath("slack", uniqueId("nobody"), "settings"), { headers: ADAPTER });
    expect(await unknown.json()).toEqual(adapterSettings(DEFAULT_CONFIG));
  });

  it("needs the adapter key: none, wrong, a moderator's or the admin's → 401", async () => {
    const id = uniqueId("team");
    const token = await createCommunity("slack", id);
    for (const headers of [{}, bearer("nope"), bearer(token), bearer("test-admin-token")]) {
      await expectJsonError(await fetchWorker(configPath("slack", id, "settings"), { headers }), 401, "unauthorized");
    }
  });
});

describe("a community's own resources", () => {
  it("follow the built-in lines in a crisis reply and a redirect, and one named like a built-in line is never posted twice", async () => {
    const id = uniqueId("guild");
    const token = await createCommunity("discord", id);
    const config = { region: "GB", extraResources: [{ name: "Samaritans", phone: "+44 20 7946 0001" }, PEER_LINE] };
    expect((await putConfig("discord", id, config, bearer(token))).status).toBe(200);

    const crisis = await ask({ text: CRISIS_TEXT, platform: "discord", communityId: id });
    expect(crisis.kind).toBe("crisis");
    const names = crisis.resources.map((resource) => resource.name);
    expect(names.filter((name) => name === "Samaritans")).toHaveLength(1);
    expect(crisis.resources.find((resource) => resource.name === "Samaritans")?.phone).not.toBe("+44 20 7946 0001");
    expect(names.at(-1)).toBe(PEER_LINE.name);
    expect(crisis.text).toContain(`Your community also recommends **${PEER_LINE.name}**.`);

    const redirect = await ask({ text: "should i stop taking my antidepressants", platform: "discord", communityId: id });
    expect(redirect.kind).toBe("redirect");
    expect(redirect.resources.map((resource) => resource.name)).toContain(PEER_LINE.name);
    expect(redirect.resources.filter((resource) => resource.name === "Samaritans").length).toBeLessThanOrEqual(1);
  });
});
