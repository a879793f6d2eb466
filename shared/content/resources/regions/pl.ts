import type { RegionData } from "../../../resources/schema.ts";

/** Centrum Wsparcia (800 70 2222) and Niebieska Linia could not be confirmed on an official page (see docs/resources.md). */
export const pl: RegionData = {
  code: "PL",
  name: "Poland",
  emergency: { number: "112", source: "https://ec.europa.eu/information_society/activities/112/actions/index_en.htm", checked: "2026-12-07" },
  lines: [
    {
      id: "pl-116-123",
      kind: "crisis",
      name: "116 123 (helpline for adults in emotional crisis)",
      phone: "116 123",
      hours: "24/7, free, anonymous",
      open24h: true,
      source: "https://myszkow.policja.gov.pl/k17/bezpieczenstwo/infolinie/47049,116-123-telefon-dla-osob-przezywajacych-kryzys-emocjonalny.html",
      hoursSource: "https://www.telepolis.pl/wiadomosci/ministerstwo-cyfryzacji-wazne-numery-kampania",
      checked: "2026-12-07",
    },
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
