import type { RegionData } from "../../../resources/schema.ts";

export const ie: RegionData = {
  code: "IE",
  name: "Ireland",
  emergency: { number: "112", source: "https://ec.europa.eu/information_society/activities/112/actions/index_en.htm", checked: "2026-12-07" },
  lines: [
    {
      id: "ie-samaritans",
      kind: "crisis",
      name: "Samaritans",
      phone: "116 123",
      hours: "24/7, free",
      open24h: true,
      source: "https://merrionstreet.ie/en/news-room/releases/world_suicide_prevention_day_10_september_2020.html",
      checked: "2026-11-21",
    },
    {
      id: "ie-text-50808",
      kind: "text",
      name: "50808 crisis text line",
      sms: "HELLO to 50808",
      hours: "24/7",
      open24h: true,
      source: "https://merrionstreet.ie/en/news-room/releases/world_suicide_prevention_day_10_september_2020.html",
      checked: "2026-11-21",
    },
    {
      id: "ie-pieta",
      kind: "crisis",
      name: "Pieta (suicide and self-harm)",
      phone: "1800 247 247",
      sms: "HELP to 51444",
      hours: "24/7",
      open24h: true,
      source: "https://merrionstreet.ie/en/news-room/releases/world_suicide_prevention_day_10_september_2020.html",
      checked: "2026-11-21",
    },
    {
      id: "ie-womens-aid",
      kind: "dv",
      name: "Women's Aid National Freephone Helpline (domestic abuse)",
      phone: "1800 341 900",
      hours: "24/7, free",
      open24h: true,
      source: "https://www.womensaid.ie/about/newsevents/news/2009/11/30/supporting-a-friend-sinead-desmond-launches-the-wo/",
      hoursSource: "https://www.womensaid.ie/about/newsevents/news/2016/09/05/media-release-41-calls-a-day-to-womens-aid-in-2016/",
      checked: "2026-12-07",
    },
  ],
  professional: {
    text: "In Ireland, your GP is the usual first step and can refer you to HSE mental health services; the HSE's YourMentalHealth information line can tell you what is available near you.",
    links: [
      {
        id: "ie-yourmentalhealth",
        name: "HSE YourMentalHealth information line",
        phone: "1800 111 888",
        source: "https://merrionstreet.ie/en/news-room/releases/world_suicide_prevention_day_10_september_2020.html",
        checked: "2026-11-21",
      },
    ],
  },
  misconduct: {
    text: "In Ireland, a therapist answers to the body they are registered or accredited with: CORU for the professions it regulates, or their professional association (such as the Psychological Society of Ireland or IACP). Ask the therapist, or check their website, for which one.",
    links: [],
  },
};
