import type { RegionData } from "../../../resources/schema.ts";

export const fi: RegionData = {
  code: "FI",
  name: "Finland",
  emergency: { number: "112", source: "https://ec.europa.eu/information_society/activities/112/actions/index_en.htm", checked: "2026-12-07" },
  lines: [
    {
      id: "fi-mieli-crisis-helpline",
      kind: "crisis",
      name: "MIELI Crisis Helpline (Finnish)",
      phone: "09 2525 0111",
      hours: "24/7",
      open24h: true,
      source: "https://mentalhealth.fi/where-to-go-in-an-emergency",
      checked: "2026-11-21",
    },
    {
      id: "fi-nollalinja",
      kind: "dv",
      name: "Nollalinja (violence in close relationships)",
      phone: "080 005 005",
      url: "https://nollalinja.fi/en",
      hours: "24/7, free",
      open24h: true,
      source: "https://nollalinja.fi/en",
      checked: "2026-12-07",
    },
  ],
  professional: {
    text: "In Finland, your local health station (terveysasema) is the usual first step for mental health care and can refer you on.",
    links: [],
  },
  misconduct: {
    text: "In Finland, psychologists and psychotherapists are licensed health professionals under national supervision; the patient ombudsman (potilasasiavastaava) of your health service can tell you where to send a complaint about their conduct.",
    links: [],
  },
};
