import type { RegionData } from "../schema.ts";

export const za: RegionData = {
  code: "ZA",
  name: "South Africa",
  emergency: { number: "10111", source: "https://www.capetalk.co.za/articles/383281/gbv-call-centre-received-over-120-000-calls-in-the-first-three-weeks-of-lockdown", checked: "2026-11-21" },
  lines: [
    {
      id: "za-sadag",
      kind: "crisis",
      name: "SADAG",
      phone: "0800 456 789",
      sms: "31393",
      source: "https://www.sabcnews.com/sabcnews/sadag-encourages-the-mentally-fatigued-to-reach-out-amid-world-suicide-prevention-day/",
      checked: "2026-11-21",
    },
    {
      id: "za-gbv-command-centre",
      kind: "dv",
      name: "GBV Command Centre",
      phone: "0800 428 428",
      hours: "24/7, free",
      source: "https://www.einpresswire.com/article/770031026/social-development-s-gender-based-violence-command-centre-gbvcc-is-now-operational",
      checked: "2026-11-21",
    },
  ],
  professional: {
    text: "In South Africa, your GP or local clinic can refer you, and SADAG counsellors can refer you to local counsellors, facilities and support groups.",
    links: [],
  },
  misconduct: {
    text: "In South Africa, psychologists and other registered health professionals answer to the Health Professions Council of South Africa (HPCSA), which takes complaints about their conduct.",
    links: [],
  },
};
