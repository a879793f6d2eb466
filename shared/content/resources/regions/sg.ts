import type { RegionData } from "../../../resources/schema.ts";

/** Samaritans of Singapore's numbers and the anti-violence helpline could not be confirmed on an official page (see docs/resources.md). */
export const sg: RegionData = {
  code: "SG",
  name: "Singapore",
  emergency: {
    number: "995",
    source: "https://www.scdf.gov.sg/home/about-us/information-on-ems/scdf-emergency-medical-services",
    checked: "2026-12-07",
    police: {
      number: "999",
      source: "https://www.police.gov.sg/news-and-publications/features/The%20Line%20Between%20Life%20and%20Death",
      checked: "2026-12-07",
    },
  },
  lines: [
    {
      id: "sg-mindline",
      kind: "crisis",
      name: "National Mindline 1771",
      phone: "1771",
      whatsapp: "+65 6669 1771",
      url: "https://mindline.sg/fsmh",
      hours: "24/7",
      open24h: true,
      source: "https://www.moh.gov.sg/newsroom/national-mindline-1771-to-provide--round-the-clock-support-for-mental-health",
      checked: "2026-12-07",
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
