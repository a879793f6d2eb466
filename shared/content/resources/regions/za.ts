import type { RegionData } from "../../../resources/schema.ts";

/**
 * Only the GBV Command Centre and the emergency numbers could be confirmed on official pages; SADAG's lines
 * and the ambulance number (10177) could not (see docs/resources.md), so a suicide or self-harm reply here
 * gives the emergency number and findahelpline.com.
 */
export const za: RegionData = {
  code: "ZA",
  name: "South Africa",
  emergency: {
    number: "112",
    source: "https://www.capetown.gov.za/City-Connect/Report/Report-a-crime/Emergency-contact-numbers",
    checked: "2026-12-07",
    police: { number: "10111", source: "https://gbv.org.za/about-us", checked: "2026-12-07" },
  },
  lines: [
    {
      id: "za-gbv-command-centre",
      kind: "dv",
      name: "GBV Command Centre (gender-based violence, run by the government)",
      phone: "0800 428 428",
      hours: "24/7, free",
      open24h: true,
      source: "https://gbv.org.za/about-us",
      checked: "2026-12-07",
    },
  ],
  professional: {
    text: "In South Africa, your GP or local clinic is the usual first step and can refer you to mental health services.",
    links: [],
  },
  misconduct: {
    text: "In South Africa, psychologists and other registered health professionals answer to the Health Professions Council of South Africa (HPCSA), which takes complaints about their conduct.",
    links: [],
  },
};
