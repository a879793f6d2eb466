import type { Lexicon } from "../cue-record.ts";

/**
 * Word lists the German cue phrases share, as regex alternations over the FOLDED text: lower case, umlauts
 * without their dots ("ü" → "u", "ö" → "o", "ä" → "a"), "ß" → "ss". People also type "ue", "oe", "ae", so
 * an umlaut is written `ue?`. Austrian and Swiss spellings sit beside the standard ones ("i mag nimma",
 * "ich wott nüm läbe"). The English shorthand table also runs: "im" becomes "i am", "sui" becomes "suicidal".
 */
const list = (words: readonly string[]) => `(?:${[...words].sort((a, b) => b.length - a.length).join("|")})`;

/** "ich", Austrian "i", Swiss "ig", chat "ch". */
const I = String.raw`(?:ich|i|ig|isch|ch)`;

/** Wanting: "will", "möchte", "würde gern", Swiss "wott"/"wett", Austrian "mog"; with the fillers before the verb. */
const WANT = String.raw`(?:will|wil|wu|wui|wull|wollte|moechte|mochte|moecht|mocht|mag|mog|moag|wott|wett|woit|wuerde (?:so )?gern|wurde (?:so )?gern|wuerd gern|wurd gern|haett gern|hatt gern|hab (?:bock|lust)|habe (?:bock|lust))(?: (?:einfach|nur|echt|wirklich|so|halt|eigentlich|lieber|am liebsten|am liabsten|am liebschte|jetzt|heute|bald|endlich|ernsthaft|mal|grad|gerade|ehrlich gesagt|ehrlich|eifach|wurkli|wuerkli|echt))*`;

/** Dying, except "sterben vor Hunger / Lachen / Langeweile". */
const DIE = String.raw`(?:sterben|sterbe|sterbn|sterba|sterbe|tot sein|tod sein|nicht mehr aufwachen|nie wieder aufwachen)(?! (?:vor|fur|fuer) (?:hunger|lachen|lache|langeweile|hitze|hitz|kalte|kaelte|neugier|durst|scham|mudigkeit|muedigkeit|angst|sehnsucht|aufregung|peinlichkeit|liebe|spannung|stress|lauter))`;

/** Killing oneself. */
const KILL_ME = String.raw`(?:(?:mich|mi) (?:selbst |selber |endlich |einfach )?(?:umbringen|umbringe|umbring|umbrigen|umbringa|toeten|toten|tod?ten|erschiessen|erschiassn|erhaengen|erhangen|aufhaengen|aufhangen|aufhenken|abknallen|vergiften|erstechen|vor (?:den|einen|nen|an|en|e) (?:zug|lkw|laster|bus|u-bahn|s-bahn|tram) (?:werfen|schmeissen)|unaliven|kill myself|vom (?:dach|balkon|hochhaus|bruecke|brucke) (?:sturzen|stuerzen|werfen))|mir (?:das|s|des) leben (?:nehmen|nehma|nemma)|mir die pulsadern aufschneiden|mir (?:eine|ne|a) kugel (?:geben|in den kopf jagen)|suizid begehen|selbstmord begehen|selbstmord machen|suizid machen)`;

/** Not living: "nicht mehr leben", Austrian "nimma leben", Swiss "nüm läbe". */
const NOT_LIVE = String.raw`(?:(?:nicht|nich|net|ned|nit|nimmer|nimma|nie) ?(?:mehr |meh |mea |me )?(?:leben|lebn|leben will|weiterleben|da sein|hier sein|existieren|aufwachen|sein)|(?:num|nuem|nume|nuemme|numme) (?:labe|laebe|lebe|leben|da si|do si|do sii))`;

/** Pills and medicines as people write them. */
export const PILL_WORDS = [
  "tabletten",
  "tablette",
  "pillen",
  "pille",
  "medikamente",
  "medikament",
  "medis",
  "schlaftabletten",
  "schlafmittel",
  "beruhigungsmittel",
  "antidepressiva",
  "paracetamol",
  "ibuprofen",
  "ibus",
  "aspirin",
  "tavor",
  "lorazepam",
  "diazepam",
  "valium",
  "zolpidem",
  "zopiclon",
  "tilidin",
  "tramadol",
  "benzos",
  "lithium",
  "quetiapin",
  "seroquel",
  "citalopram",
  "sertralin",
  "mirtazapin",
  "novalgin",
  "insulin",
  "tabs",
  "pills",
  "kapseln",
] as const;

/** People someone might be afraid of or worried about. */
export const PERSON_WORDS = [
  "vater",
  "mutter",
  "papa",
  "mama",
  "stiefvater",
  "stiefmutter",
  "freund",
  "freundin",
  "mann",
  "frau",
  "partner",
  "partnerin",
  "ex",
  "bruder",
  "schwester",
  "onkel",
  "tante",
  "cousin",
  "cousine",
  "opa",
  "oma",
  "lehrer",
  "lehrerin",
  "trainer",
  "nachbar",
  "mitbewohner",
  "chef",
  "sohn",
  "tochter",
  "kumpel",
  "alter",
  "alte",
  "vadder",
  "mudder",
  "stiefpapa",
  "mei mann",
  "mei alter",
] as const;

export const LEXICON: Lexicon = {
  I,
  WANT,
  DIE,
  KILL_ME,
  NOT_LIVE,
  PILLS: list(PILL_WORDS),
  PERSON: list(PERSON_WORDS),
  /** A therapist, however named. */
  THERAPIST: String.raw`(?:therapeut|therapeutin|psychologe|psychologin|psychiater|psychiaterin|psychotherapeut|psychotherapeutin|psycho-doc|psychodoc|seelenklempner|analytiker|analytikerin|berater|beraterin|arzt|arztin|aerztin|doc|doktor|doktorin|thera)`,
};
