import type { CrisisReason } from "../schemas/answer.ts";
import type { CrisisSupport, RegionChoice } from "./api.ts";
import { DEPLOYED_INTERNATIONAL_DIRECTORIES } from "./generated/deployed.ts";
import { regionData } from "./region-data.ts";
import type { DeployedLine, LineKind } from "./schema.ts";
import { toResource } from "./to-resource.ts";

export const MAX_CRISIS_LINES = 3;

/** Which kinds of line to show for a reason, most specific first. */
const LINE_ORDER: Record<CrisisReason, readonly LineKind[]> = {
  abuse_danger: ["dv", "crisis", "text"],
  suicide_self_harm: ["crisis", "text", "youth"],
  someone_else_at_risk: ["crisis", "text", "youth"],
  harm_to_others: ["crisis", "text"],
};

export function crisisSupport(choice: RegionChoice, reason: CrisisReason): CrisisSupport {
  const region = regionData(choice.region);
  const international = !region || choice.fromLocale ? DEPLOYED_INTERNATIONAL_DIRECTORIES.map((entry) => toResource(entry, "INT")) : [];
  if (!region) return { regionName: null, emergencyNumber: null, lines: [], international };
  return {
    regionName: region.name,
    emergencyNumber: region.emergency.number,
    lines: pickLines(region.lines, reason).map((line) => toResource(line, region.code)),
    international,
  };
}

/** One line of each kind the reason calls for, then further crisis lines (e.g. other languages) while room remains. */
function pickLines(lines: readonly DeployedLine[], reason: CrisisReason): DeployedLine[] {
  const picked: DeployedLine[] = [];
  for (const kind of LINE_ORDER[reason]) {
    const line = lines.find((candidate) => candidate.kind === kind);
    if (line) picked.push(line);
  }
  for (const line of lines) if (line.kind === "crisis" && !picked.includes(line)) picked.push(line);
  return picked.slice(0, MAX_CRISIS_LINES);
}
