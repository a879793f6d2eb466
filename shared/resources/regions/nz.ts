import type { RegionData } from "../schema.ts";

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
      source: "https://vice.com/en/article/new-zealands-biggest-mental-health-helpline-misses-one-in-four-calls",
      checked: "2026-11-21",
    },
    {
      id: "nz-lifeline",
      kind: "crisis",
      name: "Lifeline Aotearoa",
      phone: "0800 543 354",
      hours: "24/7",
      source: "https://vice.com/en/article/new-zealands-biggest-mental-health-helpline-misses-one-in-four-calls",
      checked: "2026-11-21",
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
