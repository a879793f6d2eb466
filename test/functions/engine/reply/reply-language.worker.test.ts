import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../../../functions/index.ts";
import { copyFor } from "../../../../shared/content/copy/index.ts";
import { type Answer, REPLY_LANGUAGES } from "../../../../shared/schemas/answer.ts";
import { postForm, signIn } from "../../../support/worker/admin-session.ts";
import { ADAPTER, bearer, createCommunity, getConfig, putConfig, uniqueId } from "../../../support/worker/communities-support.ts";
import { expectJsonError, fetchWorker } from "../../../support/worker/fetch-worker.ts";
import { eventBody, postSlack, type SlackCall, slackCalls } from "../../../support/worker/slack.ts";

/** Members the fake Slack API (test/support/fake-slack.ts, MEMBER_LOCALES) knows: pt-BR, users.info refused, a broken locale. */
const PORTUGUESE_MEMBER = "UPORTUGUESEMEMBER";
const NO_SCOPE_MEMBER = "UNOSCOPE";
const BAD_LOCALE_MEMBER = "UBADLOCALE";

/** Asks through the Worker's real fetch and waits for its background work (the counts). */
async function ask(body: Record<string, unknown>): Promise<Answer> {
  const ctx = createExecutionContext();
  const request = new Request("http://alliance.test/v1/answer", {
    method: "POST",
    headers: { "content-type": "application/json", ...ADAPTER },
    body: JSON.stringify({ platform: "api", ...body }),
  });
  const response = await worker.fetch(request, env, ctx);
  await waitOnExecutionContext(ctx);
  expect(response.status).toBe(200);
  return (await response.json()) as Answer;
}

describe("POST /v1/answer: the reply's language", () => {
  it("says which language the reply is written in", async () => {
    const answer = await ask({ text: "why does my therapist say we?" });
    expect(answer.language).toBe("en");
    expect(answer.topic).toBe("we-in-therapy");
  });

  it("keeps the region's crisis lines whatever the language: a member with a Spanish US locale gets 988 and 911", async () => {
    const answer = await ask({ text: "i want to kill myself tonight", locale: "es-US" });
    expect(answer.kind).toBe("crisis");
    expect(REPLY_LANGUAGES).toContain(answer.language);
    expect(answer.resources.map((resource) => resource.phone)).toContain("988");
    expect(answer.text).toContain("911");
    // The words are the reply language's copy (English until that language's copy is written).
    expect(answer.text).toContain(copyFor(answer.language).crisis.bot);
  });

  it("answers the notes in the language it says, never in a language without a copy", async () => {
    for (const locale of ["en-GB", "de-DE", "pt-BR", "fr-FR", "es-ES", "nl-NL"]) {
      const answer = await ask({ text: "hello", locale });
      expect(answer.kind, locale).toBe("out_of_scope");
      const copy = copyFor(answer.language);
      expect(answer.text, locale).toBe(copy.smallTalk?.greeting ?? copy.outOfScope.openings.greeting + copy.outOfScope.intro);
    }
  });
});

describe("a community's default language", () => {
  it("is a validated setting of the moderators' API", async () => {
    const id = uniqueId("guild");
    const token = await createCommunity("discord", id);
    expect((await putConfig("discord", id, { defaultLanguage: "pt" }, bearer(token))).status).toBe(200);
    expect(await getConfig("discord", id, bearer(token))).toMatchObject({ defaultLanguage: "pt" });
    const message = await expectJsonError(await putConfig("discord", id, { defaultLanguage: "nl" }, bearer(token)), 400, "invalid_request");
    expect(message).toContain("defaultLanguage");
    expect(await getConfig("discord", id, bearer(token))).toMatchObject({ defaultLanguage: "pt" });
  });

  it("is set on the moderator page, which refuses a language Alliance does not answer in", async () => {
    const id = uniqueId("guild");
    const token = await createCommunity("discord", id);
    const { cookie, csrf, page } = await signIn("discord", id, token);
    expect(page).toContain('name="defaultLanguage"');
    expect(page).toContain(">Português (pt)</option>");
    const saved = await postForm("/admin/settings", { csrf, defaultLanguage: "de", "channels.mode": "mentions" }, { cookie });
    expect(saved.status).toBe(303);
    expect(await getConfig("discord", id, bearer(token))).toMatchObject({ defaultLanguage: "de" });
    const refused = await postForm("/admin/settings", { csrf, defaultLanguage: "xx", "channels.mode": "mentions" }, { cookie });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("Default language");
    expect(await getConfig("discord", id, bearer(token))).toMatchObject({ defaultLanguage: "de" });
  });
});

describe("the language mix in insights", () => {
  it("counts the languages members write in, by community and day, and never stores their words", async () => {
    const id = uniqueId("guild");
    const token = await createCommunity("discord", id);
    for (const text of ["why does my therapist say we?", "what is the therapeutic alliance?", "hello"]) {
      await ask({ text, platform: "discord", communityId: id, locale: "en-GB" });
    }
    const { results } = await env.DB.prepare("SELECT * FROM language_daily WHERE community = ?1").bind(`discord:${id}`).all<Record<string, unknown>>();
    expect(results.map((row) => [row.language, row.count])).toEqual([["en", 3]]);
    for (const row of results) expect(Object.keys(row).sort()).toEqual(["community", "count", "day", "language"]);
    expect(JSON.stringify(results)).not.toContain("therapist");
    const day = new Date().toISOString().slice(0, 10);
    await env.DB.prepare("INSERT INTO language_daily (day, community, language, count) VALUES (?1, ?2, 'other', 2)").bind(day, `discord:${id}`).run();
    const { cookie } = await signIn("discord", id, token);
    const page = await (await fetchWorker("/admin", { headers: { cookie } })).text();
    expect(page).toMatch(/English \(en\): <strong data-testid="language-en">3</);
    expect(page).toMatch(/Other languages: <strong data-testid="language-other">2</);
  });
});

/** What was posted in a channel (a DM's history is read first, as the member's conversation). */
async function posted(channel: string): Promise<SlackCall[]> {
  return (await slackCalls(channel)).filter((call) => call.method.startsWith("chat."));
}

describe("Slack: the member's locale from users.info", () => {
  const dm = (user: string, channel: string, text: string) =>
    eventBody({ type: "message", channel_type: "im", user, text, channel, ts: "1700000000.000500" }, { team_id: "TLOCALES" });
  const usersInfoCalls = async (user: string): Promise<SlackCall[]> => {
    const calls = (await (await fetch(new URL("/__calls", env.SLACK_API_BASE))).json()) as SlackCall[];
    return calls.filter((call) => call.method === "users.info" && call.params.user === user);
  };

  it("asks Slack for the member's locale (with include_locale), once for a burst, and answers with its region's lines", async () => {
    const user = PORTUGUESE_MEMBER;
    const first = `D${uniqueId("PT").toUpperCase()}`;
    const second = `D${uniqueId("PT").toUpperCase()}`;
    await postSlack("/slack/events", dm(user, first, "i want to kill myself"));
    await postSlack("/slack/events", dm(user, second, "what is the therapeutic alliance?"));
    const [reply] = await posted(first);
    expect(reply?.params.text).toContain("188");
    expect((await posted(second)).map((call) => call.method)).toEqual(["chat.postMessage"]);
    const lookups = await usersInfoCalls(user);
    expect(lookups).toHaveLength(1);
    expect(lookups[0]!.params).toMatchObject({ user, include_locale: "true" });
  });

  it("still answers when Slack refuses the look-up (no users:read) or gives no usable locale", async () => {
    for (const user of [NO_SCOPE_MEMBER, BAD_LOCALE_MEMBER]) {
      const channel = `D${uniqueId("NS").toUpperCase()}`;
      await postSlack("/slack/events", dm(user, channel, "i want to kill myself"));
      const [reply] = await posted(channel);
      expect(reply?.method, user).toBe("chat.postMessage");
      expect(reply?.params.text, user).toContain("findahelpline.com");
      expect(await usersInfoCalls(user), user).toHaveLength(1);
    }
  });
});
