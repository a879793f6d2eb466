import type { RegionData } from "../schema.ts";

export const ph: RegionData = {
  code: "PH",
  name: "the Philippines",
  emergency: { number: "911", source: "https://ditosapilipinas.com/national/news/article/06/25/2025/dilg-mental-health-crisis-line/1711", checked: "2026-11-21" },
  lines: [
    {
      id: "ph-ncmh",
      kind: "crisis",
      name: "NCMH Crisis Hotline",
      phone: "0917 899 8727",
      hours: "24/7",
      source: "https://doh.gov.ph/press-release/launch-of-the-ncmh-crisis-hotline/",
      checked: "2026-11-21",
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
