import type { RegionData } from "../schema.ts";

/** Mind Självmordslinjen (90101) could not be confirmed on Mind's own page (see docs/resources.md). */
export const se: RegionData = {
  code: "SE",
  name: "Sweden",
  emergency: { number: "112", source: "https://ec.europa.eu/information_society/activities/112/actions/index_en.htm", checked: "2026-12-07" },
  lines: [
    {
      id: "se-kvinnofridslinjen",
      kind: "dv",
      name: "Kvinnofridslinjen (violence against women)",
      phone: "020-50 50 50",
      hours: "24/7, free, not shown on the bill",
      open24h: true,
      source: "https://www.nck.uu.se/nyhetsarkiv/nyhetsvisningssida/?tarContentId=1050738&languageId=3&id=1040&librisId=&swepubId=",
      hoursSource: "https://nck.uu.se/kvinnofridslinjen/kvinnofridslinjen-ger-stod-per-telefon/",
      checked: "2026-12-07",
    },
  ],
  professional: {
    text: "In Sweden, your health centre (vårdcentral) is the usual first step and can refer you to psychological treatment.",
    links: [],
  },
  misconduct: {
    text: "In Sweden, psychologists and psychotherapists are licensed health professionals: complaints about their care can go to the patients' advisory committee (patientnämnden) in your region or to the Health and Social Care Inspectorate (IVO).",
    links: [],
  },
};
