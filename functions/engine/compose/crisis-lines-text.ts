import type { Copy } from "../../../shared/content/copy/copy.ts";
import type { CrisisSupport, SupportLine } from "../../../shared/resources/api.ts";
import { callRoute, howToReach, textRoute } from "./resource-text.ts";

/** The region's name as the copy says it, or null when no region is known. */
export function regionInWords(support: CrisisSupport, copy: Copy): string | null {
  return support.regionName ? copy.words.region(support.region, support.regionName) : null;
}

/**
 * The lines, each with its hours and each number once: the first line's call route, then its text route
 * (or another line's) offered on its own when calling feels hard, then up to two more. A first line that
 * may be closed gets its 24/7 alternative (another line for the same people, else the emergency number)
 * said beside it.
 */
export function linesParagraph(support: CrisisSupport, copy: Copy, intro = ""): string {
  const { lines, international } = support;
  const region = regionInWords(support, copy);
  const directory = international[0];
  const [primary, ...others] = lines;
  if (!primary) return directory ? `${intro}${copy.lines.directoryOnly(region, directory.name, directory.url ?? "")}` : copy.lines.noLine;
  const primaryText = textRoute(primary, copy);
  const primaryCall = callRoute(primary, copy);
  const callFirst = primaryCall && primaryText ? primaryCall : howToReach(primary, copy);
  const sentences = [`${intro}${copy.lines.primary(primary.name, callFirst, primary.hours ?? "")}`];
  const alternative = primary.open24h ? undefined : roundTheClock(primary, others);
  if (!primary.open24h) sentences.push(outsideHours(support, alternative, copy));
  const textLine = primaryText ? undefined : others.find((line) => line !== alternative && textRoute(line, copy));
  if (primaryCall && primaryText) sentences.push(copy.lines.textInstead(primaryText));
  if (textLine) sentences.push(copy.lines.textLineInstead(textLine.name, textRoute(textLine, copy), textLine.hours ?? ""));
  // A text line that also answers calls keeps its call route, said apart from the text route.
  const rest = others
    .filter((line) => line !== alternative)
    .map((line) =>
      line !== textLine ? copy.lines.other(line.name, howToReach(line, copy), line.hours ?? "") : line.phone ? copy.lines.byPhone(line.name, line.phone) : "",
    )
    .filter(Boolean);
  if (rest.length > 0) sentences.push(copy.lines.alsoReach(copy.words.list(rest)));
  if (directory) sentences.push(copy.lines.notInRegion(region, directory.name, directory.url ?? ""));
  return sentences.join(" ");
}

/** A 24/7 line for the same people: a youth line stands in only for another youth line. */
function roundTheClock(primary: SupportLine, others: readonly SupportLine[]): SupportLine | undefined {
  return others.find((line) => line.open24h && line.kind !== "dv" && (line.kind !== "youth" || primary.kind === "youth"));
}

function outsideHours({ emergency }: CrisisSupport, alternative: SupportLine | undefined, copy: Copy): string {
  if (alternative) return copy.lines.outsideHoursLine(alternative.name, alternative.hours ?? "", howToReach(alternative, copy));
  return copy.lines.outsideHoursEmergency(emergency?.general ?? null);
}
