import type { RegionData } from "../schema.ts";

export const mx: RegionData = {
  code: "MX",
  name: "Mexico",
  emergency: { number: "911", source: "https://zamudionoticias.mx/?p=17586", checked: "2026-11-21" },
  lines: [
    {
      id: "mx-linea-de-la-vida",
      kind: "crisis",
      name: "Línea de la Vida",
      phone: "800 911 2000",
      hours: "24/7",
      source: "https://zamudionoticias.mx/?p=17586",
      checked: "2026-11-21",
    },
  ],
  professional: {
    text: "In Mexico, the Ministry of Health's community mental health centres (CECOSAMA) serve people without social security; if you have IMSS or ISSSTE, your clinic can refer you to psychology.",
    links: [],
  },
  misconduct: {
    text: "In Mexico, check a psychologist's professional licence (cédula profesional) in the national register; complaints about a health professional's care can go to CONAMED or to the institution where they work.",
    links: [],
  },
};
