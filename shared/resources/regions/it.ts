import type { RegionData } from "../schema.ts";

export const it: RegionData = {
  code: "IT",
  name: "Italy",
  emergency: { number: "112", source: "https://www.news.lt/Law-And-Order-Crime/Need-help-Dial-112.im?f=c&id=189320&p=12", checked: "2026-11-21" },
  lines: [
    {
      id: "it-telefono-amico",
      kind: "crisis",
      name: "Telefono Amico Italia",
      phone: "02 2327 2327",
      url: "https://www.telefonoamico.it",
      hours: "daily 9:00-24:00",
      source: "https://www.lavocedilucca.it/post/21903/---helpline--quando-la-voce-di-uno-sconosciuto-pu---salvarti---.php",
      checked: "2026-11-21",
    },
    {
      id: "it-samaritans",
      kind: "crisis",
      name: "Samaritans Onlus",
      phone: "06 7720 8977",
      hours: "daily 13:00-22:00",
      source: "https://www.lavocedilucca.it/post/21903/---helpline--quando-la-voce-di-uno-sconosciuto-pu---salvarti---.php",
      checked: "2026-11-21",
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
