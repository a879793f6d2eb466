import { env } from "cloudflare:workers";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { DiscordMessage } from "../../../shared/render/discord.ts";
import type { SlackBlock } from "../../../shared/render/slack.ts";
import type { Answer } from "../../../shared/schemas/answer.ts";
import { postInteractionWith } from "../../support/worker/bindings.ts";
import { ADAPTER, bearer, configPath, createCommunity, getConfig, putConfig, uniqueId } from "../../support/worker/communities-support.ts";
import { commandInteraction } from "../../support/worker/discord-interactions.ts";
import { expectJsonError, fetchWorker, postJson } from "../../support/worker/fetch-worker.ts";
import { form, postSlack } from "../../support/worker/slack.ts";

afterEach(() => vi.restoreAllMocks());

const CRISIS_TEXT = "i want to kill myself tonight";
const resource = (url: string) => ({ extraResources: [{ name: "Our peer line", url }] });

describe("moderators' links are checked, and stored in their normal form", () => {
  it("400 naming the field for a link that is not plain https to a website; nothing is saved", async () => {
    const id = uniqueId("links");
    const token = await createCommunity("slack", id);
    const refused = [
      "https://evil.example/|Samaritans",
      "https:evil.example",
      "https:/evil.example",
      "https://user:secret@evil.example/",
      "https://user@evil.example/",
      "https://evil.example/<script>",
      "https://evil.example/>x",
      "https://evil.example/a b",
      "https://evil.example/\ttab",
      'https://evil.example/"quoted"',
      "https://evil.example\\@good.example/",
      "http://evil.example/",
      "javascript:alert(1)//https://",
      "https://",
      "ftp://evil.example/",
    ];
    for (const url of refused) {
      const message = await expectJsonError(await putConfig("slack", id, resource(url), bearer(token)), 400, "invalid_request");
      expect(message, url).toMatch(/^Field "extraResources\.0\.url": /);
    }
    expect(await getConfig("slack", id, bearer(token))).toEqual({});
  });

  it("stores what the URL parser makes of an accepted link: lower-case host, Punycode, escapes", async () => {
    const id = uniqueId("links");
    const token = await createCommunity("discord", id);
    const cases: [string, string][] = [
      ["https://Harbour.Example.ORG", "https://harbour.example.org/"],
      ["  https://harbour.example.org/peer-line?day=thu#call  ", "https://harbour.example.org/peer-line?day=thu#call"],
      ["https://bücher.example/für-alle", "https://xn--bcher-kva.example/f%C3%BCr-alle"],
      ["HTTPS://harbour.example.org:443/a/../b", "https://harbour.example.org/b"],
      ["https://en.wikipedia.org/wiki/Mind_(charity)", "https://en.wikipedia.org/wiki/Mind_(charity)"],
    ];
    for (const [typed, stored] of cases) {
      const response = await putConfig("discord", id, resource(typed), bearer(token));
      expect(response.status, typed).toBe(200);
      expect((await getConfig("discord", id, bearer(token))).extraResources?.[0]?.url).toBe(stored);
    }
  });
});

describe("moderators' links are escaped for each platform", () => {
  it("Discord: a link Markdown would read as a labelled link is sent percent-encoded, as one plain link", async () => {
    const id = `${Date.now()}7`;
    const token = await createCommunity("discord", id);
    const url = "https://evil.example/[Samaritans](https://evil.example/)";
    expect((await putConfig("discord", id, { extraResources: [{ name: "Our peer line", url }] }, bearer(token))).status).toBe(200);
    const ask = { ...commandInteraction("ask", [{ name: "question", type: 3, value: CRISIS_TEXT }]), guild_id: id };
    const message = ((await (await postInteractionWith(env, ask)).json()) as { data: DiscordMessage }).data;
    const field = message.embeds[0]!.fields.find((f) => f.name === "Our peer line")!;
    expect(field.value).toBe("https://evil.example/%5BSamaritans%5D%28https://evil.example/%29");
    expect(JSON.stringify(message)).not.toContain("[Samaritans](");
  });

  it("Slack: a link saved before these checks is left out of the reply, and the rest of the config still applies", async () => {
    const team = uniqueId("T");
    const token = await createCommunity("slack", team);
    expect((await putConfig("slack", team, { region: "GB" }, bearer(token))).status).toBe(200);
    const stored = {
      region: "GB",
      extraResources: [
        { name: "Samaritans", url: "https://evil.example/|Samaritans" },
        { name: "Our peer line", phone: "+44 20 7946 0000" },
      ],
    };
    await env.DB.prepare("UPDATE communities SET config = ?1 WHERE platform = 'slack' AND community_id = ?2").bind(JSON.stringify(stored), team).run();
    const warnings = vi.spyOn(console, "warn").mockImplementation(() => {});

    const ask = form({
      team_id: team,
      channel_id: uniqueId("C"),
      user_id: "UMEMBER",
      command: "/ask",
      text: CRISIS_TEXT,
      response_url: "https://hooks.slack.com/x",
      trigger_id: "1",
    });
    const reply = (await (await postSlack("/slack/commands", ask)).json()) as { text: string; blocks: SlackBlock[] };
    const everything = JSON.stringify(reply);
    expect(everything).not.toContain("evil.example");
    expect(everything).toContain("Our peer line");
    expect(warnings.mock.calls.map((call) => String(call[0]))).toContainEqual(expect.stringContaining('"droppedResources":1'));
    // The region still applies, and neither answers nor the adapters' settings carry the link.
    const answer = (await (await postJson("/v1/answer", { text: CRISIS_TEXT, platform: "slack", communityId: team }, ADAPTER)).json()) as Answer;
    expect(answer.resources[0]?.region).toBe("GB");
    expect(JSON.stringify(answer)).not.toContain("evil.example");
    const settings = await (await fetchWorker(configPath("slack", team, "settings"), { headers: ADAPTER })).json();
    expect(settings).toMatchObject({ region: "GB", extraResources: [{ name: "Our peer line" }] });
  });
});
