import type { RegionData } from "../schema.ts";

export const se: RegionData = {
  code: "SE",
  name: "Sweden",
  emergency: { number: "112", source: "https://www.news.lt/Law-And-Order-Crime/Need-help-Dial-112.im?f=c&id=189320&p=12", checked: "2026-11-21" },
  lines: [
    {
      id: "se-sjalvmordslinjen",
      kind: "crisis",
      name: "Mind Självmordslinjen",
      phone: "90101",
      url: "https://mind.se",
      hours: "24/7, phone and chat",
      source: "https://www.kronprinsessparetsstiftelse.se/projekt/sjalvmordsupplysningen.html",
      checked: "2026-11-21",
    },
  ],
  professional: {
    text: "In Sweden, your health centre (vårdcentral) is the usual first step and can refer you to psychological treatment.",
    links: [],
  },
  misconduct: {
    text: "In Sweden, psychologists and psychotherapists are licensed health professionals: complaints about their care can go to the patients' advisory committee (patientnämnden) in your region or to the Health and Social Care Inspectorate (IVO).",
    links: [],
  },
};
