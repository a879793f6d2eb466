import type { RegionData } from "../schema.ts";

export const dk: RegionData = {
  code: "DK",
  name: "Denmark",
  emergency: { number: "112", source: "https://www.news.lt/Law-And-Order-Crime/Need-help-Dial-112.im?f=c&id=189320&p=12", checked: "2026-11-21" },
  lines: [
    {
      id: "dk-livslinien",
      kind: "crisis",
      name: "Livslinien",
      phone: "70 201 201",
      source: "https://cphpost.dk/2015-10-26/news/suicide-prevention-lifeline-gets-funding-to-stay-open-at-night/",
      checked: "2026-11-21",
    },
  ],
  professional: {
    text: "In Denmark, your GP (egen læge) is the usual first step and can refer you to a psychologist.",
    links: [],
  },
  misconduct: {
    text: "In Denmark, authorised psychologists answer to the Danish Psychologists' Board (Psykolognævnet), and complaints about health care go to the Danish Patient Complaints Board (Styrelsen for Patientklager).",
    links: [],
  },
};
