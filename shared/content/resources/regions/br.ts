import type { RegionData } from "../../../resources/schema.ts";

/** CVV 188 is confirmed on a municipal chamber's page (a government site); Ligue 180 could not be confirmed (see docs/resources.md). */
export const br: RegionData = {
  code: "BR",
  name: "Brazil",
  emergency: {
    number: "192",
    source: "https://alagoasdigital.al.gov.br/servico/1132",
    checked: "2026-12-07",
    police: {
      number: "190",
      source: "https://app.campoflorido.mg.gov.br/carta-de-servicos/c/2/i/14661/acionar-emergencia-policial-190",
      checked: "2026-12-07",
    },
  },
  lines: [
    {
      id: "br-cvv",
      kind: "crisis",
      name: "CVV (Centro de Valorização da Vida, Portuguese)",
      phone: "188",
      hours: "24/7, free",
      open24h: true,
      source: "https://limeira.sp.leg.br/noticias/view/2020-06-30_projeto-de-lu-bogo-prev-divulgao-do-cvv-nas-plataformas-do-legislativo",
      checked: "2026-12-07",
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
