import type { RegionData } from "../schema.ts";

export const ca: RegionData = {
  code: "CA",
  name: "Canada",
  emergency: { number: "911", source: "https://richmondhilluc.ca/news/988-hotline-launched", checked: "2026-11-21" },
  lines: [
    {
      id: "ca-988",
      kind: "crisis",
      name: "9-8-8 Suicide Crisis Helpline",
      phone: "988",
      sms: "988",
      url: "https://988.ca",
      hours: "24/7, English and French",
      source: "https://cmhasaskatoon.ca/9-8-8/",
      checked: "2026-11-21",
    },
    {
      id: "ca-kids-help-phone",
      kind: "youth",
      name: "Kids Help Phone",
      phone: "1-800-668-6868",
      sms: "TALK to 686868",
      url: "https://kidshelpphone.ca",
      hours: "24/7",
      source: "https://www.cbc.ca/news/health/mental-health-crisis-text-kids-help-phone-1.4894118",
      checked: "2026-11-21",
    },
  ],
  professional: {
    text: "In Canada, your family doctor can refer you, and your provincial or territorial college of psychologists keeps a public register of who is licensed.",
    links: [],
  },
  misconduct: {
    text: "In Canada, psychologists and other therapists are regulated by a college or board in their province or territory, and that body takes complaints. The therapist's registration shows which one.",
    links: [
      {
        id: "ca-asppb-complaints",
        name: "ASPPB: complaints go to the board or college that licensed the psychologist",
        url: "https://asppb.net/consumers/complaints-discipline/filing-a-complaint",
        source: "https://asppb.net/consumers/complaints-discipline/filing-a-complaint",
        checked: "2026-11-21",
      },
    ],
  },
};
