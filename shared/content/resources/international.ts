import type { Entry, Signpost } from "../../resources/schema.ts";

/** Offered when no region is known, or the region came only from a locale. */
export const INTERNATIONAL_DIRECTORIES: readonly Entry[] = [
  {
    id: "int-find-a-helpline",
    name: "Find A Helpline",
    url: "https://findahelpline.com",
    hours: "free lines in many countries",
    source: "https://findahelpline.com/AU",
    checked: "2026-11-21",
  },
];

export const INTERNATIONAL_PROFESSIONAL: Signpost = {
  text: "A family doctor or GP is usually the simplest first step: they know the local therapists and services and can refer you. Many countries also keep a public register of psychologists or counsellors you can search.",
  links: [],
};

export const INTERNATIONAL_MISCONDUCT: Signpost = {
  text: "A therapist answers to the body that licenses or registers them where they practise: a licensing board, a regulator or their professional association. Their registration details (often on their website or invoices) name it, and that body takes complaints.",
  links: [],
};
