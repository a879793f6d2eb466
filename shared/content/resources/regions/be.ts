import type { RegionData } from "../../../resources/schema.ts";

export const be: RegionData = {
  code: "BE",
  name: "Belgium",
  emergency: { number: "112", source: "https://ec.europa.eu/information_society/activities/112/actions/index_en.htm", checked: "2026-12-07" },
  lines: [
    {
      id: "be-prevention-suicide",
      kind: "crisis",
      name: "Centre de Prévention du Suicide (French)",
      phone: "0800 32 123",
      url: "https://www.preventionsuicide.be",
      hours: "24/7, free, anonymous",
      open24h: true,
      source: "https://www.preventionsuicide.be/fr/activitescps/ligne0800.html",
      checked: "2026-12-07",
    },
    {
      id: "be-ecoute-violences-conjugales",
      kind: "dv",
      name: "Écoute Violences Conjugales (partner violence, French)",
      phone: "0800 30 030",
      url: "https://www.ecouteviolencesconjugales.be",
      hours: "24/7, free; nights via Télé-Accueil",
      open24h: true,
      source: "https://www.ecouteviolencesconjugales.be/qui-sommes-nous/presentation/",
      checked: "2026-12-07",
    },
  ],
  professional: {
    text: "In Belgium, your family doctor (huisarts / médecin généraliste) is a good first step: they can refer you or point you to local psychotherapists and mental health services.",
    links: [],
  },
  misconduct: {
    text: "In Belgium, clinical psychologists need a licence (visa) from the federal health service and are registered with the Psychologists' Commission, which handles complaints about ethics. Ask the therapist which body they are registered with; that body takes complaints.",
    links: [],
  },
};
