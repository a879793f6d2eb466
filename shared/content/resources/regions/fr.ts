import type { RegionData } from "../../../resources/schema.ts";

/** The 3919 could not be confirmed on an official page (see docs/resources.md). */
export const fr: RegionData = {
  code: "FR",
  name: "France",
  emergency: { number: "112", source: "https://ec.europa.eu/information_society/activities/112/actions/index_en.htm", checked: "2026-12-07" },
  lines: [
    {
      id: "fr-3114",
      kind: "crisis",
      name: "3114 (national suicide prevention line)",
      phone: "3114",
      url: "https://3114.fr",
      hours: "24/7, free",
      open24h: true,
      source: "https://www.service-public.fr/particuliers/actualites/A15206",
      checked: "2026-11-21",
    },
  ],
  professional: {
    text: "In France, your family doctor (médecin traitant) is a good first step: they can refer you or point you to local psychotherapists and mental health services.",
    links: [],
  },
  misconduct: {
    text: "In France, psychiatrists answer to the Ordre des médecins; psychologists have no professional order, so ask which professional association they belong to (every psychologist is listed with an ADELI or RPPS number).",
    links: [],
  },
};
