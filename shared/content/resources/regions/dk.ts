import type { RegionData } from "../../../resources/schema.ts";

/** Livslinien could not be confirmed on an official page (see docs/resources.md). */
export const dk: RegionData = {
  code: "DK",
  name: "Denmark",
  emergency: { number: "112", source: "https://ec.europa.eu/information_society/activities/112/actions/index_en.htm", checked: "2026-12-07" },
  lines: [
    {
      id: "dk-lev-uden-vold",
      kind: "dv",
      name: "Lev Uden Vold national hotline (violence in close relationships)",
      phone: "1888",
      hours: "24/7, free, anonymous",
      open24h: true,
      source: "https://levudenvold.dk/aktuelt/nyheder/lev-uden-vold-modtog-i-2022-rekordmange-opkald/",
      checked: "2026-12-07",
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
