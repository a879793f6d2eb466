import type { CrisisReason } from "../../../shared/schemas/answer.ts";
import type { EmergencyNumbers } from "../../../shared/resources/api.ts";

/** Danger to someone's body calls for the ambulance first; danger from a person, the police first. */
const POLICE_FIRST: ReadonlySet<CrisisReason> = new Set(["abuse_danger", "harm_to_others"]);

/**
 * The emergency number(s) to dial, in words: "112", or where police and ambulance differ
 * "119 for an ambulance or 110 for the police" (the police first for abuse and harm to others).
 * Plain text: the reply puts the whole sentence in bold.
 */
export function emergencyToCall(emergency: EmergencyNumbers | null, reason: CrisisReason): string {
  if (!emergency) return "your local emergency number";
  const { ambulance, police } = emergency;
  if (ambulance === police) return ambulance;
  return POLICE_FIRST.has(reason)
    ? `${police} for the police or ${ambulance} for an ambulance`
    : `${ambulance} for an ambulance or ${police} for the police`;
}

/** The number that sends an ambulance: "an ambulance on 119", or "your local emergency number". */
export function ambulanceToCall(emergency: EmergencyNumbers | null): string {
  return emergency ? `an ambulance on ${emergency.ambulance}` : "your local emergency number for an ambulance";
}

/** The number to call to send help to someone else: the general one, as it reaches every service. */
export function generalToCall(emergency: EmergencyNumbers | null): string {
  return emergency ? emergency.general : "your local emergency number";
}
