import type { RegionData } from "../schema.ts";

export const pt: RegionData = {
  code: "PT",
  name: "Portugal",
  emergency: { number: "112", source: "https://24noticias.sapo.pt/atualidade/artigos/1411-linha-nacional-de-prevencao-do-suicidio-arranca-com-atendimento-24-horas", checked: "2026-11-21" },
  lines: [
    {
      id: "pt-1411",
      kind: "crisis",
      name: "Linha Nacional de Prevenção do Suicídio",
      phone: "1411",
      hours: "24/7, free",
      source: "https://24noticias.sapo.pt/atualidade/artigos/1411-linha-nacional-de-prevencao-do-suicidio-arranca-com-atendimento-24-horas",
      checked: "2026-11-21",
    },
    {
      id: "pt-sns24-psychological",
      kind: "crisis",
      name: "SNS 24 psychological counselling (option 4)",
      phone: "808 24 24 24",
      hours: "24/7",
      source: "https://www.sns24.gov.pt/en/servico/aconselhamento-psicologico-no-sns-24/",
      checked: "2026-11-21",
    },
  ],
  professional: {
    text: "In Portugal, your family doctor at the health centre (centro de saúde) can refer you, and SNS 24's psychological counselling (808 24 24 24, option 4) can guide you to other support.",
    links: [],
  },
  misconduct: {
    text: "In Portugal, psychologists must be members of the Ordem dos Psicólogos Portugueses, and psychiatrists of the Ordem dos Médicos; the order takes complaints about a member's conduct.",
    links: [],
  },
};
