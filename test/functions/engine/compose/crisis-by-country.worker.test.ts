import { describe, expect, it } from "vitest";
import { DISCORD_LIMITS } from "../../../../shared/render/discord.ts";
import { REGIONS } from "../../../../shared/resources/index.ts";
import type { Line, RegionData } from "../../../../shared/resources/schema.ts";
import { type Answer, AnswerSchema } from "../../../../shared/schemas/answer.ts";
import { postJson } from "../../../support/worker/fetch-worker.ts";

/** The messages members write, one per emergency the reply must fit (issue 15). */
const ABUSE = "my husband hit me again tonight and I'm scared to go home";
const OVERDOSE = "I took 20 paracetamol an hour ago, I feel fine for now";
const WOUND = "I cut too deep and it won't stop bleeding";
const FRIEND = "my best friend sent me a goodbye message and now she isn't answering her phone";
const YOUNG = "I'm 15 and I want to kill myself, my parents can't know";
const DATED = "I want to kill myself, I'm going to do it tomorrow night";

async function ask(text: string, region: RegionData): Promise<Answer> {
  const response = await postJson("/v1/answer", { text, platform: "web", locale: `en-${region.code}` });
  expect(response.status).toBe(200);
  return AnswerSchema.parse(await response.json());
}

const firstParagraph = (answer: Answer) => answer.text.split("\n\n")[0] ?? "";
const lineNamed = (region: RegionData, name: string): Line | undefined => region.lines.find((line) => line.name === name);

/** Every reply, in every country: a bot that says so, an open door, lines with hours, each number said once, no method. */
function expectSafeReply(answer: Answer, region: RegionData) {
  expect(answer.kind).toBe("crisis");
  expect(answer.text).toMatch(/I'm a bot/);
  expect(answer.text).toMatch(/I'm still here/);
  expect(answer.text.length).toBeLessThan(Math.min(1_500, DISCORD_LIMITS.content));
  expect(answer.text).not.toMatch(/\b\d+\s*(?:mg|milligrams?|pills|tablets)\b/i);
  const builtIn = answer.resources.filter((resource) => resource.region === region.code);
  for (const resource of builtIn) {
    expect(resource.hours, resource.name).toBeTruthy();
    expect(answer.text, `${region.code}: ${resource.name}'s hours`).toContain(resource.hours!);
    for (const number of [resource.phone, resource.sms, resource.whatsapp]) {
      if (!number) continue;
      const times = answer.text.split(`**${number}**`).length - 1;
      const sameNumberTwice = resource.phone === resource.sms;
      expect(times, `${region.code}: ${number}`).toBeGreaterThanOrEqual(1);
      expect(times, `${region.code}: ${number}`).toBeLessThanOrEqual(sameNumberTwice ? 2 : 1);
    }
    // A line that may be closed is never alone: beside it, a 24/7 line or the emergency number.
    const line = lineNamed(region, resource.name);
    if (line && !line.open24h) {
      const roundTheClock = builtIn.some((other) => lineNamed(region, other.name)?.open24h);
      const emergencyNumber = region.emergency ? answer.text.includes(region.emergency.number) : /your local emergency number/.test(answer.text);
      expect(roundTheClock || emergencyNumber, `${region.code}: ${line.name} is not 24/7`).toBe(true);
      if (resource === builtIn[0]) expect(answer.text, `${region.code}: ${line.name} first`).toMatch(/Outside those hours/);
    }
  }
  if (builtIn.length === 0) expect(answer.resources.some((resource) => resource.url === "https://findahelpline.com")).toBe(true);
}

describe.each(REGIONS.map((region) => [region.code, region] as const))("crisis replies in %s, through POST /v1/answer", (_, region) => {
  const dv = region.lines.find((line) => line.kind === "dv");
  const youth = region.lines.find((line) => line.kind === "youth");
  const emergency = region.emergency;
  const ambulance = emergency?.ambulance?.number ?? emergency?.number;
  const police = emergency?.police?.number ?? emergency?.number;

  it("abuse: the abuse line first where the country has one, the police number, and no general line called an abuse service", async () => {
    const answer = await ask(ABUSE, region);
    expectSafeReply(answer, region);
    expect(answer.reason).toBe("abuse_danger");
    if (dv) {
      expect(answer.resources[0]?.name).toBe(dv.name);
      expect(answer.text).toMatch(/The abuse line is confidential/);
    } else {
      expect(answer.resources.every((resource) => lineNamed(region, resource.name)?.kind !== "dv")).toBe(true);
      expect(answer.text).not.toMatch(/abuse line is confidential|these lines can help you plan how to stay safe/);
      if (answer.resources.some((resource) => resource.region === region.code)) expect(answer.text).toMatch(/I don't have a national abuse line/);
    }
    expect(answer.text).toContain(police ? `call ${police}` : "your local emergency number");
  });

  it("overdose: a medical emergency first, the ambulance or the emergency department now, even feeling fine", async () => {
    const answer = await ask(OVERDOSE, region);
    expectSafeReply(answer, region);
    const first = firstParagraph(answer);
    expect(first).toMatch(/medical emergency, even if you feel fine/);
    expect(first).toMatch(/paracetamol, do their harm hours later/);
    expect(first).toMatch(/nearest emergency department/);
    expect(first).toContain(ambulance ? `an ambulance on ${ambulance} now` : "your local emergency number for an ambulance");
    expect(answer.text).not.toMatch(/when you feel ready, telling your doctor/);
  });

  it("wound: a medical emergency first, with the ambulance number", async () => {
    const answer = await ask(WOUND, region);
    expectSafeReply(answer, region);
    const first = firstParagraph(answer);
    expect(first).toMatch(/bleeding that won't stop is a medical emergency/);
    expect(first).toContain(ambulance ? `an ambulance on ${ambulance} now` : "your local emergency number for an ambulance");
  });

  it("friend who said goodbye and cannot be reached: the emergency number now, first", async () => {
    const answer = await ask(FRIEND, region);
    expectSafeReply(answer, region);
    expect(answer.reason).toBe("someone_else_at_risk");
    expect(firstParagraph(answer)).toContain(emergency ? `call ${emergency.number} now` : "call your local emergency number now");
  });

  it("young person: the youth line first where the country has one", async () => {
    const answer = await ask(YOUNG, region);
    expectSafeReply(answer, region);
    if (youth) {
      expect(answer.resources[0]?.name).toBe(youth.name);
      expect(answer.text.indexOf(youth.name)).toBeLessThan(answer.text.indexOf("immediate danger"));
    } else {
      expect(answer.resources.every((resource) => lineNamed(region, resource.name)?.kind !== "youth")).toBe(true);
    }
  });

  it("dated plan: the urgency said once, with the emergency number", async () => {
    const answer = await ask(DATED, region);
    expectSafeReply(answer, region);
    expect(answer.text.split("Because you've thought about when").length - 1).toBe(1);
    expect(answer.text).toContain(emergency ? `call ${ambulance}` : "your local emergency number");
  });
});

describe("redirect replies in every country, through POST /v1/answer", () => {
  it.each(REGIONS.map((region) => [region.code, region] as const))("%s: the region's route to a professional and to a complaint", async (_, region) => {
    const diagnosis = await ask("do i have adhd?", region);
    expect(diagnosis).toMatchObject({ kind: "redirect", reason: "diagnosis" });
    expect(diagnosis.text).toContain(region.professional.text);
    const misconduct = await ask("my therapist asked me out on a date", region);
    expect(misconduct).toMatchObject({ kind: "redirect", reason: "therapist_misconduct" });
    expect(misconduct.text).toContain(region.misconduct.text);
  });
});
