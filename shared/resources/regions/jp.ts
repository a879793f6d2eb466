import type { RegionData } from "../schema.ts";

export const jp: RegionData = {
  code: "JP",
  name: "Japan",
  emergency: { number: "110", source: "https://telljp.com/tell-lifeline-handled-over-6000-calls-in-2015/", checked: "2026-11-21" },
  lines: [
    {
      id: "jp-tell-lifeline",
      kind: "crisis",
      name: "TELL Lifeline (English)",
      phone: "03-5774-0992",
      hours: "daily 9:00-23:00",
      source: "https://japantoday.com/category/national/tell-tokyo-inochi-no-denwa-facebook-partner-to-prevent-suicide-in-japan?comment-order=popular",
      checked: "2026-11-21",
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
