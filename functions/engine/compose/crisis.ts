import type { Answer, CrisisReason, Resource } from "../../../shared/schemas/answer.ts";
import type { ExtraResource } from "../../../shared/schemas/community-config.ts";
import type { CrisisSupport } from "../../../shared/resources/api.ts";
import { communityResource, howToReach, listInWords } from "./resource-text.ts";

/** What the reply says first and what it asks of the reader, by reason (safe-messaging practice, DESIGN.md). */
const VOICE: Record<CrisisReason, { opening: string; danger: string; company: string; closing: string }> = {
  suicide_self_harm: {
    opening:
      "I'm really glad you told me. What you're going through sounds incredibly painful, and you don't have to carry it alone: you can talk to someone right now.",
    danger: "If you are in immediate danger, call",
    company:
      "If you can, ask someone you trust to be with you now, and put some distance between you and anything you could use to hurt yourself.",
    closing:
      "I'm still here if you want to keep talking, and when you feel ready, telling your doctor or therapist how things have been can really help.",
  },
  someone_else_at_risk: {
    opening:
      "That sounds really frightening, and it matters that you're looking out for them. You don't have to handle this alone: a crisis line can talk you through how to help, and it's okay to call on their behalf.",
    danger: "If they are in immediate danger, call",
    company:
      "If it's safe, stay with them or ask someone to, and gently encourage them to reach out too. Please look after yourself as well.",
    closing: "I'm still here if you want to talk through what's happening.",
  },
  abuse_danger: {
    opening:
      "I'm so sorry this is happening. Your safety comes first, and none of this is your fault. People who know how to help are there for you now.",
    danger: "If you are in immediate danger, call",
    company:
      "If you can, get to a safe place or to someone you trust. These lines are confidential and can help you plan how to stay safe, even if you're not ready to leave.",
    closing: "I'm still here if you want to keep talking.",
  },
  harm_to_others: {
    opening:
      "Thank you for saying this; it takes courage. Thoughts like these are a sign to get support right now, before anything happens, and there are people who will help without judging you.",
    danger: "If anyone is in immediate danger, call",
    company:
      "If you can, put some distance between yourself and the person, and anything you could use to hurt someone, and ask someone you trust to be with you.",
    closing: "I'm still here if you want to keep talking.",
  },
};

const BOT = "I'm a bot, so I can't help in an emergency or contact anyone for you, but the people on these lines can.";

/**
 * A crisis reply: acknowledge, say help is available now, one specific line first with its call and
 * text options (then at most two more), the emergency number, someone to be with them, that this is
 * a bot, and an open door. The built-in lines always come first; a community's own resources follow.
 */
export function composeCrisis(reason: CrisisReason, support: CrisisSupport, extras: readonly ExtraResource[]): Answer {
  const voice = VOICE[reason];
  const region = support.lines[0]?.region ?? "INT";
  const paragraphs = [voice.opening, linesParagraph(support), emergencySentence(voice.danger, support) + " " + voice.company];
  if (extras.length > 0) paragraphs.push(`Your community also recommends ${listInWords(extras.map((extra) => `**${extra.name}**`))}.`);
  paragraphs.push(`${BOT} ${voice.closing}`);
  const resources: Resource[] = [...support.lines, ...support.international, ...extras.map((extra) => communityResource(extra, region))];
  return { kind: "crisis", topic: null, reason, text: paragraphs.join("\n\n"), resources, followUps: [] };
}

/** The primary line with its ways to reach it, then up to two more; texting offered when calling feels hard. */
function linesParagraph({ lines, international, regionName }: CrisisSupport): string {
  const directory = international[0];
  const [primary, ...others] = lines;
  if (!primary) {
    return directory
      ? `**${directory.name}** (${directory.url}) shows free, confidential lines where you are, by phone, text or chat.`
      : "Please contact a local crisis line or emergency service now.";
  }
  const sentences = [`**${primary.name}**: ${howToReach(primary)}${primary.hours ? ` (${primary.hours})` : ""}.`];
  if (primary.phone && primary.sms) sentences.push("If calling feels hard, texting is just as good.");
  const textLine = primary.sms ? undefined : others.find((line) => line.sms);
  if (textLine) sentences.push(`If calling feels hard, you can text instead: **${textLine.name}**, ${howToReach(textLine)}.`);
  const rest = others.filter((line) => line !== textLine && howToReach(line));
  if (rest.length > 0) sentences.push(`You can also reach ${listInWords(rest.map((line) => `**${line.name}** (${howToReach(line)})`))}.`);
  if (directory) sentences.push(`Not in ${regionName ?? "this country"}? **${directory.name}** (${directory.url}) lists lines in other countries.`);
  return sentences.join(" ");
}

function emergencySentence(danger: string, { emergencyNumber }: CrisisSupport): string {
  return emergencyNumber ? `**${danger} ${emergencyNumber}.**` : `**${danger} your local emergency number.**`;
}
