import type { RegionData } from "../../../resources/schema.ts";

/** Lifeline Aotearoa and Women's Refuge's number could not be confirmed on an official page (see docs/resources.md). */
export const nz: RegionData = {
  code: "NZ",
  name: "New Zealand",
  emergency: { number: "111", source: "https://health.nzdf.mil.nz/mind/take-action/who-to-contact/", checked: "2026-11-21" },
  lines: [
    {
      id: "nz-1737",
      kind: "crisis",
      name: "Need to talk? 1737",
      phone: "1737",
      sms: "1737",
      hours: "24/7, free",
      open24h: true,
      source: "https://www.health.govt.nz/news-media/news-items/phone-counselling-service-busy-following-christchurch-tragedy",
      checked: "2026-12-07",
    },
  ],
  professional: {
    text: "In New Zealand, your GP is the usual first step and can refer you to counselling or mental health services; 1737 counsellors can also help you work out where to go.",
    links: [],
  },
  misconduct: {
    text: "In New Zealand, a therapist answers to the board or professional body they are registered with (for psychologists, the Psychologists Board), and the Health and Disability Commissioner takes complaints about health services.",
    links: [],
  },
};
