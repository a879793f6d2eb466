import type { RegionData } from "../schema.ts";

export const be: RegionData = {
  code: "BE",
  name: "Belgium",
  emergency: { number: "112", source: "https://www.brusselstimes.com/belgium/1952875/belgiums-centre-for-suicide-prevention-calls-for-volunteers", checked: "2026-11-21" },
  lines: [
    {
      id: "be-zelfmoordlijn-1813",
      kind: "crisis",
      name: "Zelfmoordlijn 1813 (Dutch)",
      phone: "1813",
      url: "https://www.zelfmoord1813.be",
      source: "https://www.brusselstimes.com/belgium/1952875/belgiums-centre-for-suicide-prevention-calls-for-volunteers",
      checked: "2026-11-21",
    },
    {
      id: "be-prevention-suicide",
      kind: "crisis",
      name: "Centre de Prévention du Suicide (French)",
      phone: "0800 32 123",
      url: "https://www.preventionsuicide.be",
      hours: "24/7, free, anonymous",
      source: "https://www.brusselstimes.com/belgium/1952875/belgiums-centre-for-suicide-prevention-calls-for-volunteers",
      checked: "2026-11-21",
    },
    {
      id: "be-english-line",
      kind: "crisis",
      name: "Suicide line in English",
      phone: "02 648 40 14",
      source: "https://www.brusselstimes.com/belgium/1952875/belgiums-centre-for-suicide-prevention-calls-for-volunteers",
      checked: "2026-11-21",
    },
  ],
  professional: {
    text: "In Belgium, your family doctor (huisarts / médecin généraliste) is a good first step: they can refer you or point you to local psychotherapists and mental health services.",
    links: [],
  },
  misconduct: {
    text: "In Belgium, clinical psychologists need a licence (visa) from the federal health service and are registered with the Psychologists' Commission, which handles complaints about ethics. Ask the therapist which body they are registered with; that body takes complaints.",
    links: [],
  },
};
