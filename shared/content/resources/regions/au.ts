import type { RegionData } from "../../../resources/schema.ts";

export const au: RegionData = {
  code: "AU",
  name: "Australia",
  emergency: { number: "000", source: "https://www.police.nsw.gov.au/?a=6943", checked: "2026-12-07" },
  lines: [
    {
      id: "au-lifeline",
      kind: "crisis",
      name: "Lifeline",
      phone: "13 11 14",
      sms: "0477 13 11 14",
      hours: "24/7",
      open24h: true,
      source: "https://lifeinmind.org.au/news/lifelines-crisis-text-service-now-available-24-7",
      checked: "2026-12-07",
    },
    {
      id: "au-kids-helpline",
      kind: "youth",
      name: "Kids Helpline (ages 5 to 25)",
      phone: "1800 55 1800",
      hours: "24/7, free",
      open24h: true,
      source: "https://www.copmi.net.au/resources/national-kids-helpline/",
      checked: "2026-12-07",
    },
    {
      id: "au-1800respect",
      kind: "dv",
      name: "1800RESPECT (domestic, family and sexual violence)",
      phone: "1800 737 732",
      hours: "24/7",
      open24h: true,
      source: "https://plan4womenssafety.dss.gov.au/initiatives/1800respect",
      checked: "2026-11-21",
    },
  ],
  professional: {
    text: "In Australia, your GP is the usual first step and can refer you to a psychologist; you can check any psychologist's registration on the Psychology Board of Australia's site.",
    links: [],
  },
  misconduct: {
    text: "In Australia, concerns about a registered psychologist go to Ahpra, which works with the Psychology Board of Australia; it may pass a complaint to your state or territory's health complaints body. You can check a practitioner's registration on the Board's site.",
    links: [
      {
        id: "au-psychology-board",
        name: "Psychology Board of Australia (Ahpra)",
        url: "https://www.psychologyboard.gov.au",
        source: "https://www.psychology.org.au/for-members/publications/inpsych/2011/June/Investigation-of-complaints-about-psychologists-un",
        checked: "2026-11-21",
      },
    ],
  },
};
