import type { RegionData } from "../schema.ts";

export const nl: RegionData = {
  code: "NL",
  name: "the Netherlands",
  emergency: { number: "112", source: "https://www.news.lt/Law-And-Order-Crime/Need-help-Dial-112.im?f=c&id=189320&p=12", checked: "2026-11-21" },
  lines: [
    {
      id: "nl-113",
      kind: "crisis",
      name: "113 Zelfmoordpreventie",
      phone: "113",
      url: "https://www.113.nl",
      hours: "24/7, free, anonymous",
      source: "https://www.upday.com/nl/binnenland/nummer-113-nu-gratis-betere-hulp-bij-zelfdodingsgedachten/pj8neqt",
      checked: "2026-11-21",
    },
  ],
  professional: {
    text: "In the Netherlands, your family doctor (huisarts) is a good first step: they can refer you or point you to local psychotherapists and mental health services.",
    links: [],
  },
  misconduct: {
    text: "In the Netherlands, psychologists and psychotherapists registered in the BIG register answer to the disciplinary boards (tuchtcollege) for health care; your therapist's practice must also have a complaints procedure.",
    links: [],
  },
};
