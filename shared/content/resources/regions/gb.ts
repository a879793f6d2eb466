import type { RegionData } from "../../../resources/schema.ts";

/** Childline's number could not be confirmed on an official page read here (see docs/resources.md). */
export const gb: RegionData = {
  code: "GB",
  name: "the UK",
  emergency: { number: "999", source: "https://www.londonambulance.nhs.uk/calling-us/calling-999/", checked: "2026-12-07" },
  lines: [
    {
      id: "gb-samaritans",
      kind: "crisis",
      name: "Samaritans",
      phone: "116 123",
      url: "https://www.samaritans.org",
      hours: "24/7, free",
      open24h: true,
      source: "https://www.samaritans.org/how-we-can-help/contact-samaritan/",
      checked: "2026-11-21",
    },
    {
      id: "gb-shout",
      kind: "text",
      name: "Shout",
      sms: "SHOUT to 85258",
      hours: "24/7, free",
      open24h: true,
      source: "https://giveusashout.org/about-us/safeguarding-children-and-young-people/",
      checked: "2026-11-21",
    },
    {
      id: "gb-domestic-abuse",
      kind: "dv",
      name: "National Domestic Abuse Helpline",
      phone: "0808 2000 247",
      url: "https://www.nationaldahelpline.org.uk",
      hours: "24/7, free",
      open24h: true,
      source: "https://www.refuge.org.uk/category/news/",
      checked: "2026-12-07",
    },
  ],
  professional: {
    text: "In the UK, free NHS talking therapies are the usual first step: in England you can refer yourself, and anywhere in the UK your GP can refer you.",
    links: [
      {
        id: "gb-nhs-talking-therapies",
        name: "Talking therapies on the NHS (Rethink Mental Illness)",
        url: "https://rethink.org/advice-and-information/living-with-mental-illness/treatment-and-support/talking-therapies",
        source: "https://rethink.org/advice-and-information/living-with-mental-illness/treatment-and-support/talking-therapies",
        checked: "2026-11-21",
      },
    ],
  },
  misconduct: {
    text: "In the UK, counsellors and psychotherapists answer to the register they belong to (such as BACP, UKCP or BPC, accredited by the Professional Standards Authority); psychologists answer to the HCPC.",
    links: [
      {
        id: "gb-psa-registers",
        name: "Professional Standards Authority: Accredited Registers",
        url: "https://professionalstandards.org.uk/what-we-do/accredited-registers/about-accredited-registers/faqs",
        source: "https://professionalstandards.org.uk/what-we-do/accredited-registers/about-accredited-registers/faqs",
        checked: "2026-11-21",
      },
      {
        id: "gb-hcpc",
        name: "HCPC (practitioner psychologists)",
        url: "https://www.hcpc-uk.org",
        source: "https://bps.org.uk/hcpc-fitness-practise-ftp-resources-practitioner-psychologists",
        checked: "2026-11-21",
      },
    ],
  },
};
