import type { RegionData } from "../schema.ts";

export const sg: RegionData = {
  code: "SG",
  name: "Singapore",
  emergency: { number: "995", source: "https://www.straitstimes.com/forum/letters-on-the-web/letter-of-the-week-1-have-a-3-digit-hotline-for-mental-health-emergencies", checked: "2026-11-21" },
  lines: [
    {
      id: "sg-sos",
      kind: "crisis",
      name: "Samaritans of Singapore (SOS)",
      phone: "1767",
      hours: "24/7; WhatsApp 9151 1767",
      source: "https://www.channelnewsasia.com/singapore/suicide-whatsapp-service-caretext-samaritans-singapore-help-2929241",
      checked: "2026-11-21",
    },
    {
      id: "sg-mindline",
      kind: "crisis",
      name: "National Mindline",
      phone: "1771",
      hours: "24/7; WhatsApp 6669 1771",
      source: "https://www.daily8.com/en/hashtag/SamaritansOfSingapore",
      checked: "2026-11-21",
    },
  ],
  professional: {
    text: "In Singapore, a polyclinic or your GP can refer you to mental health services, and National Mindline (1771) can direct you to the right support.",
    links: [],
  },
  misconduct: {
    text: "In Singapore, psychiatrists answer to the Singapore Medical Council; psychologists and counsellors are mostly registered with professional bodies, such as the Singapore Psychological Society, which take complaints about members.",
    links: [],
  },
};
