import type { Copy } from "../../../shared/content/copy/copy.ts";
import { en } from "../../../shared/content/copy/en.ts";
import type { EmergencyNumbers } from "../../../shared/resources/api.ts";
import type { CrisisReason } from "../../../shared/schemas/answer.ts";

/** Danger to someone's body calls for the ambulance first; danger from a person, the police first. */
const POLICE_FIRST: ReadonlySet<CrisisReason> = new Set(["abuse_danger", "harm_to_others"]);

/**
 * The emergency number(s) to dial, in words: "112", or where police and ambulance differ
 * "119 for an ambulance or 110 for the police" (the police first for abuse and harm to others).
 * Plain text: the reply puts the whole sentence in bold.
 */
export function emergencyToCall(emergency: EmergencyNumbers | null, reason: CrisisReason, copy: Copy = en): string {
  if (!emergency) return copy.emergency.localNumber;
  const { ambulance, police } = emergency;
  if (ambulance === police) return ambulance;
  return POLICE_FIRST.has(reason) ? copy.emergency.policeFirst(police, ambulance) : copy.emergency.ambulanceFirst(ambulance, police);
}

/** The number that sends an ambulance: "an ambulance on 119", or "your local emergency number". */
export function ambulanceToCall(emergency: EmergencyNumbers | null, copy: Copy = en): string {
  return emergency ? copy.emergency.ambulanceOn(emergency.ambulance) : copy.emergency.localAmbulance;
}

/** The number to call to send help to someone else: the general one, as it reaches every service. */
export function generalToCall(emergency: EmergencyNumbers | null, copy: Copy = en): string {
  return emergency ? emergency.general : copy.emergency.localNumber;
}
