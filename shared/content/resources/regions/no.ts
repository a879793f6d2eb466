import type { RegionData } from "../../../resources/schema.ts";

/** Kors på halsen's age limit (up to 18) is from the municipality pages that cite helsenorge.no (vang.kommune.no, vinje.kommune.no). */

export const no: RegionData = {
  code: "NO",
  name: "Norway",
  emergency: { number: "113", source: "https://www.helsenorge.no/en/psykisk-helse/suicidal-thoughts-and-suicide/how-to-help-others/", checked: "2026-11-21" },
  lines: [
    {
      id: "no-mental-helse",
      kind: "crisis",
      name: "Mental Helse Hjelpetelefonen",
      phone: "116 123",
      hours: "24/7, free",
      open24h: true,
      source: "https://www.vindafjord.kommune.no/helse-og-velferd/aktuelt-helse-og-velferd/snakk-om-sjolvmordstankar-det-kan-redda-liv.495894.aspx",
      checked: "2026-12-07",
    },
    {
      id: "no-kirkens-sos",
      kind: "crisis",
      name: "Kirkens SOS (crisis line, Norwegian)",
      phone: "22 40 00 40",
      hours: "24/7",
      open24h: true,
      source: "https://www.girku-sos.no/nordsamisk/telefon",
      checked: "2026-12-07",
    },
    {
      id: "no-kors-pa-halsen",
      kind: "youth",
      name: "Kors på halsen (Red Cross, for anyone up to 18)",
      phone: "800 33 321",
      hours: "Mon-Fri 16:00-22:00",
      open24h: false,
      source: "https://helsenorge.no/sykdom/psykiske-lidelser/depresjon/selvmord-og-selvmordstanker",
      hoursSource: "https://www.tv2.no/nyheter/viral/reagerer-pa-mental-helse-tjeneste-kan-vaere-farlig/15883317/",
      checked: "2026-12-07",
    },
    {
      id: "no-vo-linjen",
      kind: "dv",
      name: "Vold- og overgrepslinjen (violence and abuse)",
      phone: "116 006",
      hours: "24/7, free, anonymous",
      open24h: true,
      source: "https://www.krisesenter.com/vold-og-overgrepslinjen-116-006-opplever-stor-pagang/",
      checked: "2026-12-07",
    },
  ],
  professional: {
    text: "In Norway, your GP (fastlege) is the usual first step and can refer you to mental health services; out of hours the emergency clinic (legevakt) is on 116 117.",
    links: [
      {
        id: "no-legevakt",
        name: "Legevakt (out-of-hours doctor)",
        phone: "116 117",
        source: "https://www.vang.kommune.no/tenester/helse-og-omsorg/psykisk-helseteneste/sjolvmord-og-sjolvmordstankar/",
        checked: "2026-11-21",
      },
    ],
  },
  misconduct: {
    text: "In Norway, health personnel including psychologists are authorised by the Norwegian Directorate of Health, and concerns about their conduct go to the county governor (Statsforvalteren).",
    links: [],
  },
};
