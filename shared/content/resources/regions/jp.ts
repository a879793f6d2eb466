import type { RegionData } from "../../../resources/schema.ts";

/** TELL Lifeline (English) could not be confirmed on an official page (see docs/resources.md). */
export const jp: RegionData = {
  code: "JP",
  name: "Japan",
  emergency: {
    number: "119",
    source: "https://www.city.odate.lg.jp/city/foreign-language/english/emergency-call",
    checked: "2026-12-07",
    police: { number: "110", source: "https://www.city.odate.lg.jp/city/foreign-language/english/emergency-call", checked: "2026-12-07" },
  },
  lines: [
    {
      id: "jp-inochi-no-denwa",
      kind: "crisis",
      name: "Inochi no Denwa (Japanese, free)",
      phone: "0120-783-556",
      hours: "16:00-21:00 daily; 24 hours on the 10th",
      open24h: false,
      source: "https://www.city.akiruno.tokyo.jp/0000015267.html",
      checked: "2026-12-07",
    },
    {
      id: "jp-kodomo-sos",
      kind: "youth",
      name: "24-hour Children's SOS Dial (Japanese)",
      phone: "0120-0-78310",
      hours: "24/7, free",
      open24h: true,
      source: "https://www.mext.go.jp/a_menu/shotou/seitoshidou/1306988.htm",
      checked: "2026-12-07",
    },
    {
      id: "jp-dv-soudan-plus",
      kind: "dv",
      name: "DV Soudan+ (domestic violence, Japanese)",
      phone: "0120-279-889",
      hours: "24/7, free",
      open24h: true,
      source: "https://www.city.shiga-konan.lg.jp/shisei/jinken_danjo/danjo/15336.html",
      checked: "2026-12-07",
    },
  ],
  professional: {
    text: "In Japan, a psychiatric or psychosomatic clinic (no referral usually needed) or your local public health centre (hokenjo) can help; TELL also offers counselling in English.",
    links: [],
  },
  misconduct: {
    text: "In Japan, certified public psychologists (kōnin shinrishi) are registered nationally and psychiatrists are licensed doctors; concerns can go to the clinic or hospital, your local public health centre, or the professional association the therapist belongs to.",
    links: [],
  },
};
