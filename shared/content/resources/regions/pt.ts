import type { RegionData } from "../../../resources/schema.ts";

/**
 * The 1411 suicide prevention line could not be confirmed on an official page (see docs/resources.md). Both lines'
 * Portuguese names (said in every non-English reply, shared/content/copy/directory/) were read on official pages on
 * 2026-12-07: https://www.spms.min-saude.pt/2022/09/sns-24-linha-de-aconselhamento-psicologico-ja-atendeu-mais-de-173-mil-chamadas
 * and https://cig.gov.pt/?p=27436.
 */
export const pt: RegionData = {
  code: "PT",
  name: "Portugal",
  emergency: { number: "112", source: "https://ec.europa.eu/information_society/activities/112/actions/index_en.htm", checked: "2026-12-07" },
  lines: [
    {
      id: "pt-sns24-psychological",
      kind: "crisis",
      name: "SNS 24 psychological counselling (option 4)",
      phone: "808 24 24 24",
      hours: "24/7",
      open24h: true,
      source: "https://www.sns24.gov.pt/en/servico/aconselhamento-psicologico-no-sns-24/",
      checked: "2026-11-21",
    },
    {
      id: "pt-violencia-domestica",
      kind: "dv",
      name: "Domestic violence support line (CIG)",
      phone: "800 202 148",
      sms: "3060",
      hours: "24/7, free",
      open24h: true,
      source: "https://cig.gov.pt/?p=27436",
      checked: "2026-12-07",
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
