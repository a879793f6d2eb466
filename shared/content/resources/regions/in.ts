import type { RegionData } from "../../../resources/schema.ts";

/** Tele-MANAS (14416) and the women's helpline (181) could not be confirmed on an official page (see docs/resources.md). */
export const in_: RegionData = {
  code: "IN",
  name: "India",
  emergency: {
    number: "112",
    source: "https://en.vikaspedia.in/social-welfare/women-and-child-development/emergency-response-support-system",
    checked: "2026-12-07",
  },
  lines: [],
  professional: {
    text: "In India, your doctor or the District Mental Health Programme (counselling through community and primary health centres) can connect you with a mental health professional.",
    links: [],
  },
  misconduct: {
    text: "In India, a therapist answers to the council or body they are registered with, such as the Rehabilitation Council of India for clinical psychologists, or the state medical council for psychiatrists. Ask for their registration number and the body that issued it.",
    links: [],
  },
};
