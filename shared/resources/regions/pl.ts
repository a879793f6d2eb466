import type { RegionData } from "../schema.ts";

/** Centrum Wsparcia, 116 123 and Niebieska Linia could not be confirmed on an official page (see docs/resources.md). */
export const pl: RegionData = {
  code: "PL",
  name: "Poland",
  emergency: { number: "112", source: "https://ec.europa.eu/information_society/activities/112/actions/index_en.htm", checked: "2026-12-07" },
  lines: [
    {
      id: "pl-116-111",
      kind: "youth",
      name: "116 111 (helpline for children and young people)",
      phone: "116 111",
      hours: "24/7, free",
      open24h: true,
      source: "https://malopolska.policja.gov.pl/pl/content/116-111-tel-zaufania-dla-dzieci-i-mlodziezy",
      hoursSource: "https://edukacja.dziennik.pl/aktualnosci/artykuly/9394589,telefony-zaufania-dla-dzieci-i-mlodziezy-2024-gdzie-otrzymasz-pomoc.html",
      checked: "2026-12-07",
    },
  ],
  professional: {
    text: "In Poland, your family doctor (lekarz POZ) can refer you, and adults can go to a community mental health centre or NFZ-funded psychiatric clinic without a referral.",
    links: [],
  },
  misconduct: {
    text: "In Poland, psychiatrists answer to the regional medical chamber (izba lekarska); for psychologists and psychotherapists, ask which register or professional association they belong to, and raise the concern there.",
    links: [],
  },
};
