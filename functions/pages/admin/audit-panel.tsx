import type { AuditEntry } from "../../../shared/schemas/communities.ts";

const ACTIONS: Record<AuditEntry["action"], string> = {
  community_created: "Community created",
  config_updated: "Settings changed",
  token_rotated: "Moderator token rotated",
};

/** The latest changes; the full log, with every before and after value, is `GET …/audit`. */
export function AuditPanel({ entries }: { entries: AuditEntry[] }) {
  return (
    <div class="table-scroll">
      <table class="audit" data-testid="audit">
        <thead>
          <tr>
            <th scope="col">When (UTC)</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr>
              <td>{entry.at.slice(0, 16).replace("T", " ")}</td>
              <td>
                {entry.actor.role} <code>{entry.actor.tokenFingerprint}</code>
              </td>
              <td>
                {ACTIONS[entry.action]}
                {entry.changes.length > 0 ? `: ${entry.changes.map((change) => describeChange(change)).join("; ")}` : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function describeChange({ field, before, after }: AuditEntry["changes"][number]): string {
  const scalar = (value: unknown) => value === null || typeof value !== "object";
  return scalar(before) && scalar(after) ? `${field} ${show(before)} → ${show(after)}` : `${field} edited`;
}

function show(value: unknown): string {
  return value === null ? "unset" : String(value);
}
