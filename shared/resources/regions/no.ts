import type { RegionData } from "../schema.ts";

/** Mental Helse (116 123) and Kirkens SOS could not be confirmed on an official page (see docs/resources.md). */
export const no: RegionData = {
  code: "NO",
  name: "Norway",
  emergency: { number: "113", source: "https://www.helsenorge.no/en/psykisk-helse/suicidal-thoughts-and-suicide/how-to-help-others/", checked: "2026-11-21" },
  lines: [
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
