import type { RegionData } from "../../../resources/schema.ts";

export const de: RegionData = {
  code: "DE",
  name: "Germany",
  emergency: { number: "112", source: "https://ec.europa.eu/information_society/activities/112/actions/index_en.htm", checked: "2026-12-07" },
  lines: [
    {
      id: "de-telefonseelsorge",
      kind: "crisis",
      name: "TelefonSeelsorge (also 0800 111 0 222 or 116 123)",
      phone: "0800 111 0 111",
      hours: "24/7, free",
      open24h: true,
      // The Protestant church's deanery page: TelefonSeelsorge is run by the Protestant and Catholic churches.
      source: "https://ansbach-evangelisch.de/jeder-braucht-mal-hilfe/",
      checked: "2026-12-07",
    },
    {
      id: "de-nummer-gegen-kummer",
      kind: "youth",
      name: "Nummer gegen Kummer (children and young people)",
      phone: "116 111",
      hours: "Mon-Sat 14:00-20:00, Mon/Wed/Thu 10:00-12:00",
      open24h: false,
      source: "https://www.bmfsfj.de/bmfsfj/mediathek/anrufen-mailen-chatten-gegen-sorgen-154556",
      checked: "2026-12-07",
    },
    {
      id: "de-hilfetelefon-gewalt",
      kind: "dv",
      name: "Hilfetelefon Gewalt gegen Frauen (violence against women)",
      phone: "116 016",
      url: "https://www.hilfetelefon.de",
      hours: "24/7, free, anonymous, many languages",
      open24h: true,
      source: "https://www.hilfetelefon.de/das-hilfetelefon/angebot-im-ueberblick.html",
      checked: "2026-12-07",
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
