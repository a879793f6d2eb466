import type { RegionData } from "../../../resources/schema.ts";

/** Telefono Amico and Samaritans Onlus could not be confirmed on an official page (see docs/resources.md); 1522 is confirmed on its own site. */
export const it: RegionData = {
  code: "IT",
  name: "Italy",
  emergency: { number: "112", source: "https://ec.europa.eu/information_society/activities/112/actions/index_en.htm", checked: "2026-12-07" },
  lines: [
    {
      id: "it-1522",
      kind: "dv",
      name: "1522 (anti-violence and stalking line)",
      phone: "1522",
      hours: "24/7, free",
      open24h: true,
      source: "https://www.1522.eu/cose-1522/?lang=en",
      checked: "2026-12-07",
    },
  ],
  professional: {
    text: "In Italy, your family doctor (medico di base) is a good first step: they can refer you or point you to local psychotherapists and mental health services.",
    links: [],
  },
  misconduct: {
    text: "In Italy, psychologists and psychotherapists must be enrolled in the regional Ordine degli Psicologi, and psychiatrists in the Ordine dei Medici; the order handles complaints about professional conduct. Ask the therapist which body they are registered with; that body takes complaints.",
    links: [],
  },
};
