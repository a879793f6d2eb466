import type { RegionData } from "../schema.ts";

export const pl: RegionData = {
  code: "PL",
  name: "Poland",
  emergency: { number: "112", source: "https://www.news.lt/Law-And-Order-Crime/Need-help-Dial-112.im?f=c&id=189320&p=12", checked: "2026-11-21" },
  lines: [
    {
      id: "pl-centrum-wsparcia",
      kind: "crisis",
      name: "Centrum Wsparcia (crisis support)",
      phone: "800 70 2222",
      hours: "24/7, free",
      source: "https://zdrowie.pap.pl/psyche/na-kryzys-telefon-800-70-2222",
      checked: "2026-11-21",
    },
    {
      id: "pl-116-111",
      kind: "youth",
      name: "Telefon zaufania dla dzieci i młodzieży",
      phone: "116 111",
      source: "https://www.zspborzecin.pl/swiatowy-dzien-zdrowia-psychicznego/",
      checked: "2026-11-21",
    },
    {
      id: "pl-niebieska-linia",
      kind: "dv",
      name: "Niebieska Linia (domestic violence)",
      phone: "800 120 002",
      source: "https://www.zspborzecin.pl/swiatowy-dzien-zdrowia-psychicznego/",
      checked: "2026-11-21",
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
