import type { RegionData } from "../schema.ts";

export const de: RegionData = {
  code: "DE",
  name: "Germany",
  emergency: { number: "112", source: "https://amp.infranken.de/ratgeber/technik/deutschland-plant-neue-notruf-nummer-wen-erreicht-man-unter-der-113-art-5989416", checked: "2026-11-21" },
  lines: [
    {
      id: "de-telefonseelsorge",
      kind: "crisis",
      name: "TelefonSeelsorge (German)",
      phone: "0800 111 0 111",
      hours: "24/7, free",
      source: "https://www.spektrum.de/news/telefonseelsorge-erste-hilfe-fuer-die-seele/2055834",
      checked: "2026-11-21",
    },
    {
      id: "de-nummer-gegen-kummer",
      kind: "youth",
      name: "Nummer gegen Kummer (children and young people)",
      phone: "116 111",
      source: "https://amp.infranken.de/ratgeber/technik/deutschland-plant-neue-notruf-nummer-wen-erreicht-man-unter-der-113-art-5989416",
      checked: "2026-11-21",
    },
    {
      id: "de-hilfetelefon-gewalt",
      kind: "dv",
      name: "Hilfetelefon Gewalt gegen Frauen",
      phone: "116 016",
      source: "https://amp.infranken.de/ratgeber/technik/deutschland-plant-neue-notruf-nummer-wen-erreicht-man-unter-der-113-art-5989416",
      checked: "2026-11-21",
    },
  ],
  professional: {
    text: "In Germany, you can book a first consultation (Sprechstunde) with a licensed psychotherapist directly, or ask your family doctor (Hausarzt) to help you find one.",
    links: [],
  },
  misconduct: {
    text: "In Germany, licensed psychotherapists answer to the chamber of psychotherapists (Psychotherapeutenkammer) of their federal state, which takes complaints about professional conduct.",
    links: [],
  },
};
