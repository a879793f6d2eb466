import type { RegionData } from "../../../resources/schema.ts";

export const ca: RegionData = {
  code: "CA",
  name: "Canada",
  emergency: { number: "911", source: "https://www.gnb.ca/en/topic/laws-safety/community-safety/911.html", checked: "2026-12-07" },
  lines: [
    {
      id: "ca-988",
      kind: "crisis",
      name: "9-8-8 Suicide Crisis Helpline",
      phone: "988",
      sms: "988",
      hours: "24/7, English and French",
      open24h: true,
      source: "https://www.newswire.ca/news-releases/government-of-canada-launches-three-digit-suicide-crisis-helpline-896472116.html",
      checked: "2026-12-07",
    },
    {
      id: "ca-kids-help-phone",
      kind: "youth",
      name: "Kids Help Phone",
      sms: "CONNECT to 686868",
      url: "https://kidshelpphone.ca",
      hours: "24/7, free",
      open24h: true,
      source: "https://kidshelpphone.ca/text-about-it/",
      checked: "2026-12-07",
    },
  ],
  professional: {
    text: "In Canada, your family doctor can refer you, and your provincial or territorial college of psychologists keeps a public register of who is licensed.",
    links: [],
  },
  misconduct: {
    text: "In Canada, psychologists and other therapists are regulated by a college or board in their province or territory, and that body takes complaints. The therapist's registration shows which one.",
    links: [],
  },
};
