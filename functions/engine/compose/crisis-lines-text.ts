import type { CrisisSupport, SupportLine } from "../../../shared/resources/api.ts";
import { howToReach, listInWords, textRoute } from "./resource-text.ts";

/**
 * The lines, each with its hours and each number once: the first line's call route, then its text route
 * (or another line's) offered on its own when calling feels hard, then up to two more. A first line that
 * may be closed gets its 24/7 alternative (another line for the same people, else the emergency number)
 * said beside it.
 */
export function linesParagraph(support: CrisisSupport, intro = ""): string {
  const { lines, international, regionName } = support;
  const directory = international[0];
  const [primary, ...others] = lines;
  if (!primary) {
    const where = regionName ? ` I don't have a confirmed line for ${regionName} to give you, but` : "";
    return directory
      ? `${intro}${where} **${directory.name}** (${directory.url}) shows free, confidential lines where you are, by phone, text or chat.`.trim()
      : "Please contact a local crisis line or emergency service now.";
  }
  const primaryText = textRoute(primary);
  const callFirst = primary.phone && primaryText ? `call **${primary.phone}**` : howToReach(primary);
  const sentences = [`${intro}**${primary.name}**: ${callFirst} (${primary.hours}).`.trim()];
  const alternative = primary.open24h ? undefined : roundTheClock(primary, others);
  if (!primary.open24h) sentences.push(outsideHours(support, alternative));
  const textLine = primaryText ? undefined : others.find((line) => line !== alternative && textRoute(line));
  if (primary.phone && primaryText) sentences.push(`If calling feels hard, you can ${primaryText} instead.`);
  if (textLine) sentences.push(`If calling feels hard, you can text instead: **${textLine.name}**, ${textRoute(textLine)} (${textLine.hours}).`);
  // A text line that also answers calls keeps its call route, said apart from the text route.
  const rest = others
    .filter((line) => line !== alternative)
    .map((line) => (line !== textLine ? `**${line.name}** (${howToReach(line)}, ${line.hours})` : line.phone ? `**${line.name}** by phone (call **${line.phone}**)` : ""))
    .filter(Boolean);
  if (rest.length > 0) sentences.push(`You can also reach ${listInWords(rest)}.`);
  if (directory) sentences.push(`Not in ${regionName ?? "this country"}? **${directory.name}** (${directory.url}) lists lines in other countries.`);
  return sentences.join(" ");
}

/** A 24/7 line for the same people: a youth line stands in only for another youth line. */
function roundTheClock(primary: SupportLine, others: readonly SupportLine[]): SupportLine | undefined {
  return others.find((line) => line.open24h && line.kind !== "dv" && (line.kind !== "youth" || primary.kind === "youth"));
}

function outsideHours({ emergency }: CrisisSupport, alternative: SupportLine | undefined): string {
  if (alternative) return `Outside those hours, you can reach **${alternative.name}** (${alternative.hours}): ${howToReach(alternative)}.`;
  return emergency
    ? `Outside those hours, or if you can't wait, call **${emergency.general}**.`
    : "Outside those hours, or if you can't wait, call your local emergency number.";
}
