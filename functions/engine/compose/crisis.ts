import type { Copy } from "../../../shared/content/copy/copy.ts";
import { en } from "../../../shared/content/copy/en.ts";
import type { CrisisSupport } from "../../../shared/resources/api.ts";
import { communityExtras, communityResource } from "../../../shared/resources/community-lines.ts";
import { asResource } from "../../../shared/resources/to-resource.ts";
import type { Answer, CrisisReason, Resource } from "../../../shared/schemas/answer.ts";
import type { ExtraResource } from "../../../shared/schemas/community-config.ts";
import { NO_SITUATION, type Situation } from "../situation/detect-situation.ts";
import { linesParagraph } from "./crisis-lines-text.ts";
import { ambulanceToCall, emergencyToCall, generalToCall } from "./emergency-text.ts";

/**
 * A crisis reply that fits the emergency: an overdose or a wound is a medical emergency first, a friend
 * who said goodbye and cannot be reached means the emergency number now, a young person gets the youth
 * line first (the support already orders it so), abuse gets an abuse line where the country has one, and
 * a dated plan makes the urgency said once. Then the lines, each with its hours, the emergency number,
 * someone to be with them, that this is a bot, and an open door. A community's own resources follow.
 * The words are the copy's (shared/content/copy/); the lines are always the region's.
 */
export function composeCrisis(
  reason: CrisisReason,
  support: CrisisSupport,
  extras: readonly ExtraResource[],
  situation: Situation = NO_SITUATION,
  copy: Copy = en,
): Answer {
  const voice = copy.crisis.voice[reason];
  const builtIn: Resource[] = [...support.lines.map(asResource), ...support.international];
  const ownLines = communityExtras(extras, builtIn, copy.directory);
  const forSomeoneElse = reason === "someone_else_at_risk";
  const urgent = urgentFirst(reason, support, situation, forSomeoneElse, copy);
  const paragraphs = [urgent ?? openingWithPlan(voice.opening, situation, copy)];
  paragraphs.push(linesParagraph(support, copy, abuseIntro(reason, support, copy)));
  const emergency = urgent ? "" : `**${voice.danger(emergencyToCall(support.emergency, reason, copy))}.** `;
  paragraphs.push(`${emergency}${companyFor(reason, voice.company, support, copy)}`);
  if (ownLines.length > 0) paragraphs.push(copy.crisis.communityRecommends(copy.words.list(ownLines.map((extra) => `**${extra.name}**`))));
  paragraphs.push(`${copy.crisis.bot} ${urgent || situation.datedPlan ? copy.crisis.stillHere : voice.closing}`);
  const region = support.lines[0]?.region ?? "INT";
  const resources: Resource[] = [...builtIn, ...ownLines.map((extra) => communityResource(extra, region))];
  return { kind: "crisis", topic: null, reason, text: paragraphs.join("\n\n"), resources, followUps: [] };
}

/** The medical emergency or the unreachable friend, said first and plainly; null when neither applies. */
function urgentFirst(reason: CrisisReason, { emergency }: CrisisSupport, situation: Situation, forSomeoneElse: boolean, copy: Copy): string | null {
  if (situation.medical === "overdose") return copy.crisis.overdose(ambulanceToCall(emergency, copy), forSomeoneElse);
  if (situation.medical === "wound") return copy.crisis.wound(ambulanceToCall(emergency, copy), forSomeoneElse);
  if (situation.friendUnreachable && reason !== "abuse_danger") return copy.crisis.friendUnreachable(generalToCall(emergency, copy));
  return null;
}

/** A plan with a time makes the urgency worth saying, once and calmly. */
function openingWithPlan(opening: string, situation: Situation, copy: Copy): string {
  return situation.datedPlan ? `${opening} ${copy.crisis.datedPlan}` : opening;
}

/** For abuse, whether the lines below include an abuse line: the reply never calls a general line an abuse service. */
function abuseIntro(reason: CrisisReason, { lines }: CrisisSupport, copy: Copy): string {
  if (reason !== "abuse_danger" || lines.length === 0 || lines[0]?.kind === "dv") return "";
  return `${copy.crisis.noAbuseLine} `;
}

function companyFor(reason: CrisisReason, company: string, support: CrisisSupport, copy: Copy): string {
  if (reason !== "abuse_danger") return company;
  return support.lines[0]?.kind === "dv" ? `${company} ${copy.crisis.abuseLineHelps}` : company;
}
