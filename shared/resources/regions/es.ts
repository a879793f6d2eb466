import type { RegionData } from "../schema.ts";

export const es: RegionData = {
  code: "ES",
  name: "Spain",
  emergency: { number: "112", source: "https://www.news.lt/Law-And-Order-Crime/Need-help-Dial-112.im?f=c&id=189320&p=12", checked: "2026-11-21" },
  lines: [
    {
      id: "es-024",
      kind: "crisis",
      name: "024 (suicide crisis line)",
      phone: "024",
      hours: "24/7, free",
      source: "https://www.rtve.es/noticias/20220509/sanidad-presenta-telefono-prevencion-suicidio/2347183.shtml",
      checked: "2026-11-21",
    },
    {
      id: "es-telefono-esperanza",
      kind: "crisis",
      name: "Teléfono de la Esperanza",
      phone: "717 003 717",
      source: "https://maldita.es/index.php/malditaciencia/20220510/024-numero-telefono-atencion-suicidio-espana-gratuito",
      checked: "2026-11-21",
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
