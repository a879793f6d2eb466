import type { RegionData } from "../schema.ts";

export const fr: RegionData = {
  code: "FR",
  name: "France",
  emergency: { number: "112", source: "https://www.news.lt/Law-And-Order-Crime/Need-help-Dial-112.im?f=c&id=189320&p=12", checked: "2026-11-21" },
  lines: [
    {
      id: "fr-3114",
      kind: "crisis",
      name: "3114 (national suicide prevention line)",
      phone: "3114",
      url: "https://3114.fr",
      hours: "24/7, free",
      source: "https://www.service-public.fr/particuliers/actualites/A15206",
      checked: "2026-11-21",
    },
    {
      id: "fr-3919",
      kind: "dv",
      name: "3919 (violence against women)",
      phone: "3919",
      hours: "24/7, free, anonymous",
      source: "https://www.tf1info.fr/societe/journee-internationale-de-lutte-conte-les-violences-faites-aux-femmes-ces-numeros-de-telephone-utiles-qu-il-faut-connaitre-2277414.html",
      checked: "2026-11-21",
    },
  ],
  professional: {
    text: "In France, your family doctor (médecin traitant) is a good first step: they can refer you or point you to local psychotherapists and mental health services.",
    links: [],
  },
  misconduct: {
    text: "In France, psychiatrists answer to the Ordre des médecins; psychologists have no professional order, so ask which professional association they belong to (every psychologist is listed with an ADELI or RPPS number).",
    links: [],
  },
};
