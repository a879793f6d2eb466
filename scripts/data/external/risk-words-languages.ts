// The conservative risk-words rule of risk-words.ts for Spanish, Portuguese, French and German sources that were
// rated for sentiment or emotion, never for risk. Written before any of those texts were read, as a labelling rule
// (not as cues: the triage packs never see it). The phrases run on folded text: lower case, accents removed.

import type { RiskWordsVerdict } from "./risk-words.ts";
import type { SourceLanguage } from "./source.ts";

interface LanguageRiskWords {
  /** First-person talk of dying, killing oneself or self-harm, figurative or not ("me muero de risa" too). */
  firstPerson: string[];
  suicideTopic: string[];
  /** Other words of death and violence: benign negatives when nothing above is there. */
  crisisWords: string[];
}

const WORDS: Record<SourceLanguage, LanguageRiskWords> = {
  es: {
    firstPerson: [
      "(me )?quiero morir\\w*",
      "me voy a (matar|morir|suicidar)",
      "me (quiero )?matar",
      "matarme",
      "me mato",
      "suicidarme",
      "me suicido",
      "quitarme la vida",
      "acabar con (mi vida|todo)",
      "no quiero (vivir|seguir viviendo|despertar|existir|estar vivo|estar viva)",
      "me muero",
      "me estoy muriendo",
      "estoy muert[oa]",
      "mejor muert[oa]",
      "cortarme",
      "me corto (las venas)?",
      "hacerme dano",
    ],
    suicideTopic: ["suicid\\w*"],
    crisisWords: ["muert[eoa]s?", "morir\\w*", "muri[oe]\\w*", "matar\\w*", "mat[oe]", "asesin\\w*", "disparo\\w*", "pastillas", "sobredosis"],
  },
  pt: {
    firstPerson: [
      "(eu )?quero morrer",
      "vou me matar",
      "me matar",
      "me mato",
      "(me )?suicidar",
      "tirar (a )?minha (propria )?vida",
      "acabar com (a )?minha vida",
      "nao quero (mais )?viver",
      "morri",
      "(to|tou|estou) mort[oa]",
      "(to|tou|estou) morrendo",
      "morrendo de",
      "me cortar",
      "me corto",
      "me machucar",
    ],
    suicideTopic: ["suicid\\w*"],
    crisisWords: ["morte\\w*", "morrer\\w*", "morreu", "mort[oa]s?", "matar\\w*", "matou", "assassin\\w*", "tiros?", "remedios", "overdose"],
  },
  fr: {
    firstPerson: [
      "(je )?veux mourir",
      "envie de mourir",
      "me tuer",
      "je me tue",
      "me suicider",
      "en finir",
      "mettre fin a (mes jours|ma vie)",
      "je meurs",
      "je suis mort[e]?",
      "(chui|chuis|jsuis) mort[e]?",
      "mort de rire",
      "morte de rire",
      "me couper",
      "me faire du mal",
      "(plus|pas) envie de vivre",
      "marre de (vivre|la vie)",
    ],
    suicideTopic: ["suicid\\w*"],
    crisisWords: ["mort[es]?", "mourir", "meur[st]", "tuer\\w*", "tue[es]?", "assassin\\w*", "fusillade\\w*", "medocs?", "overdose"],
  },
  de: {
    firstPerson: [
      "(ich )?will sterben",
      "(will|mag) nicht mehr (leben|sein)",
      "mich umbringen",
      "bring mich um",
      "mich (selbst )?toten",
      "mir das leben nehmen",
      "(mein|das) leben beenden",
      "ich sterbe",
      "ich bin tot",
      "lach mich tot",
      "lache mich tot",
      "mich ritzen",
      "ritze mich",
      "ich will nicht mehr",
    ],
    suicideTopic: ["selbstmord\\w*", "suizid\\w*"],
    crisisWords: [
      "tot(e[mnrs]?)?",
      "tod(es)?",
      "todes\\w*",
      "sterben",
      "stirbt",
      "starb",
      "toten",
      "getotet",
      "mord\\w*",
      "erschossen",
      "schiess\\w*",
      "tabletten",
      "uberdosis",
    ],
  },
};

const whole = (phrases: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(${phrases.join("|")})(?![\\p{L}\\p{N}])`, "u");
const RULES = Object.fromEntries(
  Object.entries(WORDS).map(([language, w]) => [
    language,
    { firstPerson: whole(w.firstPerson), suicideTopic: whole(w.suicideTopic), crisisWords: whole(w.crisisWords) },
  ]),
) as Record<SourceLanguage, { firstPerson: RegExp; suicideTopic: RegExp; crisisWords: RegExp }>;

export function foldForRiskWords(text: string): string {
  return text.toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");
}

/** As riskWordsVerdict (risk-words.ts), in the source's language: joking / exclude / crisis-words, or null without crisis words. */
export function riskWordsVerdictIn(language: SourceLanguage, text: string, heardAsJoke: boolean, heardAsSad: boolean): RiskWordsVerdict {
  const folded = foldForRiskWords(text);
  const rule = RULES[language];
  if (rule.firstPerson.test(folded)) return heardAsJoke && !heardAsSad ? "joking" : "exclude";
  if (rule.suicideTopic.test(folded) && heardAsSad) return "exclude";
  if (rule.crisisWords.test(folded)) return "crisis-words";
  return null;
}
