import type { RegionData } from "../schema.ts";

export const au: RegionData = {
  code: "AU",
  name: "Australia",
  emergency: { number: "000", source: "https://fral.org.au/faq/family-safety", checked: "2026-11-21" },
  lines: [
    {
      id: "au-lifeline",
      kind: "crisis",
      name: "Lifeline",
      phone: "13 11 14",
      sms: "0477 13 11 14",
      url: "https://www.lifeline.org.au",
      hours: "24/7",
      source: "https://www.theleader.com.au/story/7611333/lifeline-crisis-text-service-goes-247-to-help-more-in-need/",
      checked: "2026-11-21",
    },
    {
      id: "au-kids-helpline",
      kind: "youth",
      name: "Kids Helpline (under 25)",
      phone: "1800 551 800",
      hours: "24/7",
      source: "https://docs.ozsparkhub.com.au/en/community/crisis/immediate-help",
      checked: "2026-11-21",
    },
    {
      id: "au-1800respect",
      kind: "dv",
      name: "1800RESPECT",
      phone: "1800 737 732",
      hours: "24/7",
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
