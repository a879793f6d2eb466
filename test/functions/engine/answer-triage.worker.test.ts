import { describe, expect, it } from "vitest";
import { answerMessage } from "../../../functions/engine/answer-message.ts";
import { DISCORD_LIMITS, renderDiscordMessage } from "../../../shared/render/discord.ts";
import { asResource, directory } from "../../../shared/resources/index.ts";
import { type Answer, AnswerSchema, type CrisisReason } from "../../../shared/schemas/answer.ts";
import { resolveConfig } from "../../../shared/schemas/community-config.ts";
import { postJson } from "../../support/worker/fetch-worker.ts";

async function ask(text: string, locale?: string): Promise<Answer> {
  const response = await postJson("/v1/answer", { text, platform: "discord", ...(locale ? { locale } : {}) });
  expect(response.status).toBe(200);
  return AnswerSchema.parse(await response.json());
}

function supportFor(reason: CrisisReason, locale?: string) {
  const support = directory.crisisSupport(directory.resolveRegion({ locale }), reason);
  return { ...support, lines: support.lines.map(asResource) };
}

/** What every crisis reply must say (docs/design.md, safe messaging). */
function expectSafeMessaging(answer: Answer) {
  expect(answer.kind).toBe("crisis");
  expect(answer.topic).toBeNull();
  expect(answer.text).toMatch(/immediate danger/);
  expect(answer.text).toMatch(/I'm a bot/);
  expect(answer.text).toMatch(/can't help in an emergency/);
  expect(answer.text).toMatch(/still here/);
  expect(answer.text).toMatch(/someone you trust|stay with them|to someone you trust/);
  expect(answer.text.length).toBeLessThan(1_500);
  expect(renderDiscordMessage(answer).content).toBe(answer.text);
  expect(answer.text.length).toBeLessThan(DISCORD_LIMITS.content);
}

describe("POST /v1/answer: crisis replies", () => {
  it("names the locale's primary line first, with call and text, then the emergency number", async () => {
    const answer = await ask("i want to kill myself", "en-GB");
    expectSafeMessaging(answer);
    expect(answer.reason).toBe("suicide_self_harm");
    const support = supportFor("suicide_self_harm", "en-GB");
    const primary = support.lines[0]!;
    expect(answer.resources[0]).toEqual(primary);
    expect(answer.text.indexOf(primary.name)).toBeLessThan(answer.text.indexOf("immediate danger"));
    expect(answer.text).toContain(primary.phone!);
    expect(answer.text).toMatch(/text/);
    expect(answer.text).toContain(`call ${support.emergencyNumber}`);
  });

  it("shows at most three built-in lines, and the international directory when the region came from the locale", async () => {
    const answer = await ask("i don't want to be here anymore", "en-US");
    const local = answer.resources.filter((resource) => resource.region === "US");
    expect(local.length).toBeGreaterThan(0);
    expect(local.length).toBeLessThanOrEqual(3);
    expect(answer.resources.some((resource) => resource.region === "INT")).toBe(true);
    expect(answer.resources[0]).toEqual(supportFor("suicide_self_harm", "en-US").lines[0]);
    expect(answer.text).toMatch(/Not in the US\?/);
    expect(answer.text).toMatch(/If calling feels hard/);
  });

  it("falls back to the international directory and 'your local emergency number' without a region", async () => {
    const answer = await ask("i want to die");
    expectSafeMessaging(answer);
    expect(answer.resources.every((resource) => resource.region === "INT")).toBe(true);
    expect(answer.resources.length).toBeGreaterThan(0);
    expect(answer.text).toMatch(/your local emergency number/);
  });

  it("puts the domestic-violence line first and safety first for abuse or danger", async () => {
    const answer = await ask("my husband hits me and i'm not safe right now", "en-US");
    expectSafeMessaging(answer);
    expect(answer.reason).toBe("abuse_danger");
    expect(answer.resources[0]).toEqual(supportFor("abuse_danger", "en-US").lines[0]);
    expect(answer.text).toMatch(/safety comes first/);
    expect(answer.text).toMatch(/none of this is your fault/);
  });

  it("tells someone worried about another person how to help, and that calling for them is okay", async () => {
    const answer = await ask("my friend just told me she wants to kill herself", "en-GB");
    expectSafeMessaging(answer);
    expect(answer.reason).toBe("someone_else_at_risk");
    expect(answer.text).toMatch(/on their behalf/);
    expect(answer.text).toMatch(/If they are in immediate danger/);
  });

  it("answers urges to harm others calmly, with help now", async () => {
    const answer = await ask("i want to stab my roommate, i'm not joking", "en-GB");
    expectSafeMessaging(answer);
    expect(answer.reason).toBe("harm_to_others");
    expect(answer.text).toMatch(/support right now/);
  });

  it("never repeats method details back", async () => {
    const answer = await ask("asking for a friend, what's a lethal dose of sertraline?", "en-GB");
    expect(answer.kind).toBe("crisis");
    expect(answer.text).not.toMatch(/sertraline|dose|lethal/i);
  });

  it("catches obfuscated messages in Discord markup", async () => {
    expect((await ask("||k 1 l l  m y s 3 l f|| <@123456789012345678>", "en-GB")).kind).toBe("crisis");
    expect((await ask("i wаnt to dіe :sob:", "en-GB")).kind).toBe("crisis");
  });
});

describe("POST /v1/answer: redirects", () => {
  it.each([
    ["do i have adhd?", "diagnosis"],
    ["should i stop taking my antidepressants", "medication"],
    ["can you be my therapist", "personal_therapy"],
    ["my therapist asked me out on a date", "therapist_misconduct"],
  ] as const)("%s → %s, warmly, with a professional route and things the bot can help with", async (text, reason) => {
    const answer = await ask(text, "en-GB");
    expect(answer.kind).toBe("redirect");
    expect(answer.reason).toBe(reason);
    expect(answer.topic).toBeNull();
    const choice = directory.resolveRegion({ locale: "en-GB" });
    const signpost = reason === "therapist_misconduct" ? directory.misconductRoute(choice) : directory.professionalHelp(choice);
    expect(answer.text).toContain(signpost.text);
    expect(answer.resources.slice(0, signpost.resources.length)).toEqual(signpost.resources);
    expect(answer.followUps.length).toBeGreaterThan(0);
    expect(answer.text.length).toBeLessThan(1_000);
  });

  it("says plainly that misconduct is never the client's fault", async () => {
    const answer = await ask("my therapist kissed me at the end of our session", "en-US");
    expect(answer.text).toMatch(/never the client's fault/);
  });

  it("offers follow-ups the knowledge base answers", async () => {
    for (const text of ["do i have adhd?", "can i drink on sertraline", "can you be my therapist", "my therapist kissed me"]) {
      for (const question of (await ask(text)).followUps) {
        const answer = await ask(question);
        expect(answer.kind, question).toBe("answer");
        expect(answer.topic, question).not.toBeNull();
      }
    }
  });

  it("reminds about never stopping medication suddenly, as general safety", async () => {
    expect((await ask("can i come off lexapro", "en-GB")).text).toMatch(/don't stop or change a medication suddenly/);
  });
});

describe("POST /v1/answer: hard negatives are not crises", () => {
  it.each([
    "lol i'm dying of embarrassment, i called my therapist mom",
    "this meeting is killing me",
    "i'm writing an essay on suicide prevention",
    "i lost my friend to suicide years ago and still think about her",
    "how do i end my relationship with my therapist",
    "i'm not suicidal, but i do feel stuck in therapy",
    "how do i tell my therapist i used to have suicidal thoughts?",
    "will my therapist report me if i mention self-harm?",
    "i have a crush on my therapist, is that normal?",
  ])("%s", async (text) => {
    expect((await ask(text, "en-GB")).kind).not.toBe("crisis");
  });
});

describe("answerMessage with a community's configuration", () => {
  const extraResources = [
    { name: "Our server's support team", url: "https://example.org/support" },
    { name: "Local warmline", phone: "+44 20 7946 0000" },
  ];

  it("appends the community's resources after the built-in lines, never instead of them", () => {
    const answer = answerMessage({ text: "i want to die", locale: "en-US" }, { config: resolveConfig({ region: "GB", extraResources }) });
    const gb = directory.crisisSupport({ region: "GB", fromLocale: false }, "suicide_self_harm");
    const support = { ...gb, lines: gb.lines.map(asResource) };
    expect(answer.resources.slice(0, support.lines.length)).toEqual(support.lines);
    expect(answer.resources.slice(support.lines.length).map((resource) => resource.name)).toEqual(extraResources.map((extra) => extra.name));
    expect(answer.resources.some((resource) => resource.region === "INT")).toBe(false);
    expect(answer.text).toContain("Our server's support team");
    expect(answer.text).toContain(`call ${support.emergencyNumber}`);
  });

  it("adds the community's resources to redirects too", () => {
    const answer = answerMessage({ text: "am i bipolar", locale: "en-GB" }, { config: resolveConfig({ extraResources }) });
    expect(answer.kind).toBe("redirect");
    expect(answer.resources.map((resource) => resource.name)).toEqual(expect.arrayContaining(extraResources.map((extra) => extra.name)));
  });
});
