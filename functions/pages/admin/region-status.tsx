import { regionData } from "../../../shared/resources/region-data.ts";
import type { DeployedRegion } from "../../../shared/resources/schema.ts";
import { assignedCountryCode } from "../../../shared/schemas/country-codes.ts";

const DIRECTORY = "findahelpline.com";

/**
 * Under the region field, in words, what members in crisis get: with no region, what their language
 * setting decides; with a region Alliance has no lines for, a warning. Nothing for a code that is not
 * one (the field's own error says so).
 */
export function RegionStatus({ region }: { region: string }) {
  const typed = region.trim().toUpperCase();
  if (!typed) {
    return (
      <p class="notice" id="region-status" data-testid="region-status">
        <strong>No region is set.</strong> Crisis replies then follow each member's language setting (en-GB gives the UK's lines) and also offer {DIRECTORY}
        {";"}
        when the setting names no country, members get {DIRECTORY} and are told to call their local emergency number.
      </p>
    );
  }
  const code = assignedCountryCode(typed);
  if (!code) return null;
  const data = regionData(code);
  if (!data) {
    return (
      <p class="notice warning" id="region-status" data-testid="region-status" role="status">
        <strong>Alliance has no built-in lines for {code}.</strong> Crisis replies there give only {DIRECTORY} and "your local emergency number", whatever
        members' language settings say. Add your community's own lines below.
      </p>
    );
  }
  const summary = describeRegion(data);
  return (
    <p class={summary.complete ? "notice" : "notice warning"} id="region-status" data-testid="region-status" role="status">
      {summary.text}
    </p>
  );
}

function describeRegion(region: DeployedRegion): { text: string; complete: boolean } {
  const crisis = region.lines.find((line) => line.kind === "crisis" || line.kind === "text");
  const abuse = region.lines.find((line) => line.kind === "dv");
  const emergency = region.emergency ? `the emergency number ${region.emergency.number}` : `"your local emergency number"`;
  const abuseText = abuse ? ` Abuse replies lead with ${abuse.name}.` : " There is no national abuse line in Alliance's data for it.";
  if (!crisis) {
    return {
      text: `Alliance has no confirmed crisis line for ${region.name}: crisis replies give ${emergency} and ${DIRECTORY}.${abuseText} Add your community's own lines below.`,
      complete: false,
    };
  }
  return { text: `Crisis replies in ${region.name} give ${crisis.name} (${crisis.hours}) and ${emergency}.${abuseText}`, complete: Boolean(region.emergency) };
}
