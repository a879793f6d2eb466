import type { RegionData } from "../../../resources/schema.ts";

export const nl: RegionData = {
  code: "NL",
  name: "the Netherlands",
  emergency: { number: "112", source: "https://ec.europa.eu/information_society/activities/112/actions/index_en.htm", checked: "2026-12-07" },
  lines: [
    {
      id: "nl-113",
      kind: "crisis",
      name: "113 Zelfmoordpreventie",
      phone: "113",
      url: "https://www.113.nl",
      hours: "24/7, free, anonymous",
      open24h: true,
      source: "https://www.113.nl/schoolopdracht",
      hoursSource: "https://www.nu.nl/binnenland/6062813/hulplijn-113-nu-ook-rechtstreeks-bereikbaar-voor-zelfmoordpreventie.html",
      checked: "2026-12-07",
    },
    {
      id: "nl-veilig-thuis",
      kind: "dv",
      name: "Veilig Thuis (domestic violence and child abuse)",
      phone: "0800 2000",
      hours: "24/7, free",
      open24h: true,
      source: "https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord/wat-moet-ik-doen-bij-huiselijk-geweld",
      checked: "2026-12-07",
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
