import type { Answer, CrisisReason, Resource } from "../../../shared/schemas/answer.ts";
import type { ExtraResource } from "../../../shared/schemas/community-config.ts";
import type { CrisisSupport } from "../../../shared/resources/api.ts";
import { asResource } from "../../../shared/resources/to-resource.ts";
import { NO_SITUATION, type Situation } from "../situation/detect-situation.ts";
import { linesParagraph } from "./crisis-lines-text.ts";
import { ambulanceToCall, emergencyToCall, generalToCall } from "./emergency-text.ts";
import { communityExtras, communityResource, listInWords } from "./resource-text.ts";

/** What the reply says first and what it asks of the reader, by reason (safe-messaging practice, docs/design.md). */
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
    company: "If you can, get to a safe place or to someone you trust.",
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
const STILL_HERE = "I'm still here if you want to keep talking.";
const ABUSE_LINE_HELPS = "The abuse line is confidential and can help you plan how to stay safe, even if you're not ready to leave.";
const NO_ABUSE_LINE = "I don't have a national abuse line to give you here, but the people on the lines below will listen and help you think through what to do next.";

/**
 * A crisis reply that fits the emergency: an overdose or a wound is a medical emergency first, a friend
 * who said goodbye and cannot be reached means the emergency number now, a young person gets the youth
 * line first (the support already orders it so), abuse gets an abuse line where the country has one, and
 * a dated plan makes the urgency said once. Then the lines, each with its hours, the emergency number,
 * someone to be with them, that this is a bot, and an open door. A community's own resources follow.
 */
export function composeCrisis(
  reason: CrisisReason,
  support: CrisisSupport,
  extras: readonly ExtraResource[],
  situation: Situation = NO_SITUATION,
): Answer {
  const voice = VOICE[reason];
  const builtIn: Resource[] = [...support.lines.map(asResource), ...support.international];
  const ownLines = communityExtras(extras, builtIn);
  const forSomeoneElse = reason === "someone_else_at_risk";
  const urgent = urgentFirst(reason, support, situation, forSomeoneElse);
  const paragraphs = [urgent ?? openingWithPlan(voice.opening, situation)];
  paragraphs.push(linesParagraph(support, abuseIntro(reason, support)));
  const emergency = urgent ? "" : `**${voice.danger} ${emergencyToCall(support.emergency, reason)}.** `;
  paragraphs.push(`${emergency}${companyFor(reason, voice.company, support)}`);
  if (ownLines.length > 0) paragraphs.push(`Your community also recommends ${listInWords(ownLines.map((extra) => `**${extra.name}**`))}.`);
  paragraphs.push(`${BOT} ${urgent || situation.datedPlan ? STILL_HERE : voice.closing}`);
  const region = support.lines[0]?.region ?? "INT";
  const resources: Resource[] = [...builtIn, ...ownLines.map((extra) => communityResource(extra, region))];
  return { kind: "crisis", topic: null, reason, text: paragraphs.join("\n\n"), resources, followUps: [] };
}

/** The medical emergency or the unreachable friend, said first and plainly; null when neither applies. */
function urgentFirst(reason: CrisisReason, { emergency }: CrisisSupport, situation: Situation, forSomeoneElse: boolean): string | null {
  if (situation.medical === "overdose") {
    return forSomeoneElse
      ? `Thank you for acting on this. **What they've taken is a medical emergency, even if they seem fine: some medicines, like paracetamol, do their harm hours later. Please call ${ambulanceToCall(emergency)} for them now, or take them to the nearest emergency department.**`
      : `Thank you for telling me. **What you've taken is a medical emergency, even if you feel fine right now: some medicines, like paracetamol, do their harm hours later. Please call ${ambulanceToCall(emergency)} now, or go to the nearest emergency department.**`;
  }
  if (situation.medical === "wound") {
    return forSomeoneElse
      ? `Thank you for acting on this. **A deep cut or bleeding that won't stop is a medical emergency: please call ${ambulanceToCall(emergency)} for them now, or take them to the nearest emergency department.** Press firmly on the wound with a clean cloth while you wait.`
      : `Thank you for telling me. **A deep cut or bleeding that won't stop is a medical emergency: please call ${ambulanceToCall(emergency)} now, or go to the nearest emergency department.** Press firmly on the wound with a clean cloth while you wait.`;
  }
  if (situation.friendUnreachable && reason !== "abuse_danger") {
    return `You're right to be worried, and right to act. **Please call ${generalToCall(emergency)} now and ask them to check on your friend: tell them about the goodbye and where your friend might be.** Keep trying to reach them, and if you know someone near them, ask them to go round.`;
  }
  return null;
}

/** A plan with a time makes the urgency worth saying, once and calmly. */
function openingWithPlan(opening: string, situation: Situation): string {
  return situation.datedPlan ? `${opening} Because you've thought about when, please reach out now rather than waiting; you deserve support before then.` : opening;
}

/** For abuse, whether the lines below include an abuse line: the reply never calls a general line an abuse service. */
function abuseIntro(reason: CrisisReason, { lines }: CrisisSupport): string {
  if (reason !== "abuse_danger" || lines.length === 0 || lines[0]?.kind === "dv") return "";
  return `${NO_ABUSE_LINE} `;
}

function companyFor(reason: CrisisReason, company: string, support: CrisisSupport): string {
  if (reason !== "abuse_danger") return company;
  return support.lines[0]?.kind === "dv" ? `${company} ${ABUSE_LINE_HELPS}` : company;
}
