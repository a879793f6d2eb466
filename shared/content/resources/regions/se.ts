import type { RegionData } from "../../../resources/schema.ts";

/** Mind Självmordslinjen is confirmed on a municipality's page (Strängnäs kommun); its round-the-clock hours on SOS Alarm's (the state-owned 112 operator). */
export const se: RegionData = {
  code: "SE",
  name: "Sweden",
  emergency: { number: "112", source: "https://ec.europa.eu/information_society/activities/112/actions/index_en.htm", checked: "2026-12-07" },
  lines: [
    {
      id: "se-sjalvmordslinjen",
      kind: "crisis",
      name: "Mind Självmordslinjen (suicide line, Swedish)",
      phone: "90101",
      hours: "24/7",
      open24h: true,
      source: "https://www.strangnas.se/arkiv/nyheter/nyheter/2019-09-10-stor-doden---ett-samtal-kan-radda-liv",
      hoursSource: "https://www.sosalarm.se/pressrum/nyheter/2020/kanslan-av-att-bara-finnas-och-lyssna-gor-jattestor-skillnad/",
      checked: "2026-12-07",
    },
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
