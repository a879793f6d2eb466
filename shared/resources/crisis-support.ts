import type { CrisisReason } from "../schemas/answer.ts";
import type { Audience, CrisisSupport, EmergencyNumbers, RegionChoice, SupportLine } from "./api.ts";
import { DEPLOYED_INTERNATIONAL_DIRECTORIES } from "./generated/deployed.ts";
import { regionData } from "./region-data.ts";
import type { DeployedEmergency, DeployedLine, LineKind } from "./schema.ts";
import { toResource } from "./to-resource.ts";

export const MAX_CRISIS_LINES = 3;

/** Which kinds of line to show for a reason, most specific first. */
const LINE_ORDER: Record<CrisisReason, readonly LineKind[]> = {
  abuse_danger: ["dv", "crisis", "text"],
  suicide_self_harm: ["crisis", "text"],
  someone_else_at_risk: ["crisis", "text"],
  harm_to_others: ["crisis", "text"],
};

export function crisisSupport(choice: RegionChoice, reason: CrisisReason, audience: Audience = {}): CrisisSupport {
  const region = regionData(choice.region);
  const directories = () => DEPLOYED_INTERNATIONAL_DIRECTORIES.map((entry) => toResource(entry, "INT"));
  if (!region) return { region: null, regionName: null, emergency: null, emergencyNumber: null, lines: [], hasAbuseLine: false, international: directories() };
  const lines = pickLines(region.lines, reason, audience).map((line) => supportLine(line, region.code));
  const emergency = region.emergency ? emergencyNumbers(region.emergency) : null;
  return {
    region: region.code,
    regionName: region.name,
    emergency,
    emergencyNumber: emergency?.general ?? null,
    lines,
    hasAbuseLine: region.lines.some((line) => line.kind === "dv"),
    international: choice.fromLocale || lines.length === 0 ? directories() : [],
  };
}

/**
 * One line of each kind the reason calls for (the youth line first for a young person), then further
 * crisis lines (e.g. other languages) while room remains. A youth line is offered to others only beside
 * a line for everyone, never as an adult's only line.
 */
function pickLines(lines: readonly DeployedLine[], reason: CrisisReason, { youngPerson = false }: Audience): DeployedLine[] {
  const order: readonly LineKind[] = youngPerson ? ["youth", ...LINE_ORDER[reason]] : LINE_ORDER[reason];
  const picked: DeployedLine[] = [];
  for (const kind of order) {
    const line = lines.find((candidate) => candidate.kind === kind);
    if (line) picked.push(line);
  }
  for (const line of lines) if (line.kind === "crisis" && !picked.includes(line)) picked.push(line);
  const youth = lines.find((line) => line.kind === "youth");
  if (youth && !picked.includes(youth) && picked.some((line) => line.kind !== "dv")) picked.push(youth);
  return picked.slice(0, MAX_CRISIS_LINES);
}

function supportLine(line: DeployedLine, region: string): SupportLine {
  return { ...toResource(line, region), kind: line.kind, open24h: line.open24h, ...(line.languageRoutes ? { languageRoutes: line.languageRoutes } : {}) };
}

function emergencyNumbers(emergency: DeployedEmergency): EmergencyNumbers {
  return {
    general: emergency.number,
    ambulance: emergency.ambulance?.number ?? emergency.number,
    police: emergency.police?.number ?? emergency.number,
  };
}
