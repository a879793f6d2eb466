import type { RegionData } from "../../../resources/schema.ts";

/** The emergency number (911) and NCMH's 1553 could not be confirmed on an official page (see docs/resources.md). */
export const ph: RegionData = {
  code: "PH",
  name: "the Philippines",
  lines: [
    {
      id: "ph-ncmh",
      kind: "crisis",
      name: "NCMH Crisis Hotline (also 989 8727)",
      phone: "0917 899 8727",
      hours: "24/7",
      open24h: true,
      source: "https://doh.gov.ph/press-release/launch-of-the-ncmh-crisis-hotline/",
      checked: "2026-12-07",
    },
  ],
  professional: {
    text: "In the Philippines, the NCMH Crisis Hotline can refer you to mental health professionals and facilities near you; your local health centre or doctor can refer you too.",
    links: [],
  },
  misconduct: {
    text: "In the Philippines, psychologists are licensed by the Professional Regulation Commission (PRC) through its Board of Psychology, and complaints about a licensed professional's conduct go to the PRC.",
    links: [],
  },
};
