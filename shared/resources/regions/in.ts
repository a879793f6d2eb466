import type { RegionData } from "../schema.ts";

export const in_: RegionData = {
  code: "IN",
  name: "India",
  emergency: { number: "112", source: "https://www.lokmattimes.com/technology/over-29-lakh-phone-calls-handled-by-tele-manas-cells-savitri-thakur-2/", checked: "2026-11-21" },
  lines: [
    {
      id: "in-tele-manas",
      kind: "crisis",
      name: "Tele-MANAS",
      phone: "14416",
      hours: "24/7, free, 20 languages",
      source: "https://theshillongtimes.com/2025/02/07/tele-manas-mental-health-helpline-handles-over-18-1-lakh-calls-centre/",
      checked: "2026-11-21",
    },
    {
      id: "in-women-helpline",
      kind: "dv",
      name: "Women Helpline",
      phone: "181",
      source: "https://www.lokmattimes.com/technology/over-29-lakh-phone-calls-handled-by-tele-manas-cells-savitri-thakur-2/",
      checked: "2026-11-21",
    },
  ],
  professional: {
    text: "In India, Tele-MANAS (14416) can connect you with a mental health professional, and the District Mental Health Programme offers counselling through community and primary health centres.",
    links: [],
  },
  misconduct: {
    text: "In India, a therapist answers to the council or body they are registered with, such as the Rehabilitation Council of India for clinical psychologists, or the state medical council for psychiatrists. Ask for their registration number and the body that issued it.",
    links: [],
  },
};
