import type { RegionData } from "../schema.ts";

export const no: RegionData = {
  code: "NO",
  name: "Norway",
  emergency: { number: "113", source: "https://www.helsenorge.no/en/psykisk-helse/suicidal-thoughts-and-suicide/how-to-help-others/", checked: "2026-11-21" },
  lines: [
    {
      id: "no-mental-helse",
      kind: "crisis",
      name: "Mental Helse hjelpetelefon",
      phone: "116 123",
      hours: "24/7",
      source: "https://www.tv2.no/a/11115544",
      checked: "2026-11-21",
    },
    {
      id: "no-kirkens-sos",
      kind: "crisis",
      name: "Kirkens SOS",
      phone: "22 40 00 40",
      hours: "24/7",
      source: "https://www.tv2.no/a/11115544",
      checked: "2026-11-21",
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
