import type { RegionData } from "../../../resources/schema.ts";

/** Crisis Text Line could not be confirmed on an official page; ASPPB's and SAMHSA's links were at old paths (see docs/resources.md). */
export const us: RegionData = {
  code: "US",
  name: "the US",
  emergency: {
    number: "911",
    source: "https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline",
    checked: "2026-11-21",
  },
  lines: [
    {
      id: "us-988",
      kind: "crisis",
      name: "988 Suicide & Crisis Lifeline",
      phone: "988",
      sms: "988",
      url: "https://988lifeline.org",
      hours: "24/7",
      open24h: true,
      source: "https://health.wyo.gov/publichealth/prevention/wivpp/suicide-prevention/988-suicide-crisis-lifeline",
      checked: "2026-11-21",
      // "Spanish-language (Press 2)" when calling; "Spanish-language (text AYUDA)" when texting 988.
      languageRoutes: [
        {
          language: "es",
          phone: "988",
          pressOption: "2",
          sms: "988",
          smsKeyword: "AYUDA",
          source: "https://988lifeline.org/get-help/what-to-expect",
          checked: "2026-12-07",
        },
      ],
    },
    {
      id: "us-domestic-violence-hotline",
      kind: "dv",
      name: "National Domestic Violence Hotline",
      phone: "800-799-7233",
      sms: "START to 88788",
      url: "https://www.thehotline.org",
      hours: "24/7",
      open24h: true,
      source: "https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts",
      checked: "2026-11-21",
    },
  ],
  professional: {
    text: "In the US, your primary care doctor or your insurer's list of in-network therapists is a good start; SAMHSA's free, confidential helpline (24/7, English and Spanish) can refer you to local services.",
    links: [
      {
        id: "us-samhsa-helpline",
        name: "SAMHSA National Helpline",
        phone: "1-800-662-4357",
        hours: "24/7, free",
        source: "https://www.samhsa.gov/find-help/national-helpline",
        checked: "2026-11-21",
      },
    ],
  },
  misconduct: {
    text: "In the US, therapists are licensed by the state they practise in: the licensing board for their profession in that state (psychology, counseling, social work, or marriage and family therapy) takes complaints. Searching the state's name with the license type finds it.",
    links: [],
  },
};
