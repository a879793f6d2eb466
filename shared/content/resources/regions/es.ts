import type { RegionData } from "../../../resources/schema.ts";

/** 024 is confirmed on a municipal page (Concello de Carballo); the Teléfono de la Esperanza could not be (see docs/resources.md). */
export const es: RegionData = {
  code: "ES",
  name: "Spain",
  emergency: { number: "112", source: "https://ec.europa.eu/information_society/activities/112/actions/index_en.htm", checked: "2026-12-07" },
  lines: [
    {
      id: "es-024",
      kind: "crisis",
      name: "024 (line for people at risk of suicide, run by the Ministry of Health)",
      phone: "024",
      hours: "24/7, free, confidential",
      open24h: true,
      source: "https://www.carballo.org/benestar/novas.php?id=8114&idioma=gl&sec=320",
      hoursSource: "https://www.laopinioncoruna.es/galicia/2025/10/11/medio-millar-gallegos-acude-mes-122505329.html",
      checked: "2026-12-07",
    },
    {
      id: "es-016",
      kind: "dv",
      name: "016 (all forms of violence against women)",
      phone: "016",
      whatsapp: "600 000 016",
      hours: "24/7, free, leaves no trace on the bill",
      open24h: true,
      source: "https://mugardos.gal/a-delegacion-do-goberno-contra-a-violencia-de-xenero-informa/",
      hoursSource:
        "https://www.europapress.es/epsocial/igualdad/noticia-suben-levemente-consultas-016-primer-semestre-2025-59317-casi-330-diarias-20250807133253.html",
      checked: "2026-12-07",
    },
  ],
  professional: {
    text: "In Spain, your family doctor (médico de cabecera) is a good first step: they can refer you or point you to local psychotherapists and mental health services.",
    links: [],
  },
  misconduct: {
    text: "In Spain, psychologists must belong to the official college of psychologists (Colegio Oficial de la Psicología) of their region, which handles complaints about professional ethics. Ask the therapist which body they are registered with; that body takes complaints.",
    links: [],
  },
};
