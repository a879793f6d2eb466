import type { RegionData } from "../schema.ts";

export const br: RegionData = {
  code: "BR",
  name: "Brazil",
  emergency: { number: "190", source: "https://editalconcursosbrasil.com.br/?p=490220", checked: "2026-11-21" },
  lines: [
    {
      id: "br-cvv",
      kind: "crisis",
      name: "CVV (Centro de Valorização da Vida)",
      phone: "188",
      url: "https://www.cvv.org.br",
      hours: "24/7, free",
      source: "https://horahnoticia.com.br/boa-noticia-cvv-188-atende-gratuitamente-em-todo-o-pais-inclusive-marilia/",
      checked: "2026-11-21",
    },
  ],
  professional: {
    text: "In Brazil, the public health system (SUS) is reached through your local basic health unit (UBS), which can refer you to a CAPS mental health centre or a psychologist.",
    links: [],
  },
  misconduct: {
    text: "In Brazil, psychologists must be registered with their regional council of psychology (Conselho Regional de Psicologia, CRP), which takes ethics complaints; psychiatrists answer to the regional council of medicine (CRM).",
    links: [],
  },
};
