import type { CrisisReason } from "../../../../schemas/answer.ts";
import { CRISIS_CHECKS, type CueGroupRecord } from "../../cue-record.ts";

const TO_DIE = String.raw`(?:zu sterben|sterben|tot zu sein|nicht mehr aufzuwachen|draufzugehen|drauf zu gehen|sich umzubringen|mich umzubringen|sicher zu sterben)`;

/** A plan, a method looked up, or the means at hand (VERA-MH Q4/Q5: plan, means, preparation). */
export const plansAndMeans: CueGroupRecord<CrisisReason> = {
  id: "plans-and-means",
  name: "Plan und Mittel",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    {
      id: "plans-and-means/lethal-dose",
      rationale:
        'Asks how much of a substance kills ("tödliche Dosis", "wie viele Ibuprofen braucht man um zu sterben"): method-seeking, which counts even "for a story".',
      who: "self",
      ignore: ["topic", "hypothetical"],
      phrases: [
        String.raw`\b(?:todliche|toedliche|letale|todlichen|toedlichen|letalen) (?:dosis|menge)\b`,
        String.raw`\b(?:wie ?viele?|welche menge|ab wie vielen?)\b[^.?!]{0,60}\bum (?:${TO_DIE})`,
        String.raw`\b(?:wie ?viele?n?|welche menge)\b[^.?!]{0,20}\b{PILLS}\b[^.?!]{0,40}\b(?:todlich|toedlich|tot|sterben|stirbt|stirbst)\b`,
        String.raw`\b(?:hoch|tief) genug\b[^.?!]{0,20}\b(?:springen|sterben|tot|uberleben|ueberleben|runterspringen)\b`,
      ],
      matches: ["wie viele ibuprofen braucht man um zu sterben", "was ist die tödliche dosis paracetamol"],
    },
    {
      id: "plans-and-means/method-question",
      rationale: 'Asks for a way to die ("der schmerzloseste Weg zu sterben", "wie bringt man sich um"): method-seeking (VERA-MH Q5).',
      who: "self",
      ignore: ["topic", "hypothetical"],
      phrases: [
        String.raw`\b(?:weg|art|methode|moglichkeit|moeglichkeit|variante)\b[^.?!]{0,10}\b(?:zu sterben|sich umzubringen|mich umzubringen|sich das leben zu nehmen|suizid zu begehen|selbstmord zu begehen)\b`,
        String.raw`\b(?:schmerzlos\w*|schnellst\w*|sicherst\w*|einfachst\w*)\b[^.?!]{0,20}\b(?:sterben|zu sterben|suizid|selbstmord|umbringen)\b`,
        String.raw`\bwie (?:bringt man sich|bring ich mich|kann ich mich|kann man sich) (?:am besten |schnell |schmerzlos )?(?:um|umbringen|toeten|toten|erhaengen|erhangen|aufhaengen|aufhangen|das leben nehmen)\b`,
      ],
      matches: ["was ist der schmerzloseste weg zu sterben"],
    },
    {
      id: "plans-and-means/farewell-letter",
      rationale: 'A goodbye letter or post ("Abschiedsbrief", "Abschiedspost"): preparation for suicide (VERA-MH Q5); someone else\'s is someone else at risk.',
      who: "self",
      phrases: [String.raw`\babschieds(?:brief|briefe|nachricht|nachrichten|post|video|text|zeilen)\w*`],
      matches: ["hab meinen abschiedsbrief gestern geschrieben", "mein kumpel hat nen abschiedspost auf insta gemacht"],
    },
    {
      id: "plans-and-means/pills-saved",
      rationale: 'Pills collected or counted ("hab Schlaftabletten gesammelt, genug für alles"): access to means and preparation (VERA-MH Q5).',
      who: "self",
      phrases: [
        String.raw`\b{PILLS}\b[^.?!]{0,30}\b(?:gesammelt|gehortet|gebunkert|aufgehoben|versteckt|zusammengespart|gespart|besorgt|gekauft)\b`,
        String.raw`\b(?:gesammelt|gehortet|gebunkert|versteckt|besorgt)\b[^.?!]{0,30}\b{PILLS}\b`,
        String.raw`\b{PILLS}\b[^.?!]{0,60}\bwie ?viele?\b[^.?!]{0,20}\b(?:brauchte|braeuchte|braucht|brauchen wurde|reichen|reicht|reichen wurden)\b`,
        String.raw`\bgenug (?:\S+ )?(?:{PILLS}|davon|zeug)\b[^.?!]{0,20}\b(?:fur|fuer|um)\b`,
      ],
      matches: ["ich hab schlaftabletten gesammelt, genug für alles"],
    },
    {
      id: "plans-and-means/rope",
      rationale: "A rope bought or hidden: means of hanging (VERA-MH Q5). A skipping rope or climbing rope does not match.",
      who: "match",
      phrases: [
        String.raw`\b(?:ein|das|nen|n|a|so ein) (?:seil|strick)\b(?! (?:zum (?:springen|klettern|hupfen|huepfen)|fur (?:das|den) (?:klettern|zelt|boot)))[^.?!]{0,40}\b(?:gekauft|besorgt|versteckt|(?:im|i am) (?:schrank|keller|zimmer)|unterm bett|vorbereitet|aufgehangt|aufgehaengt|festgemacht)\b`,
        String.raw`\b(?:seil|strick) (?:gekauft|besorgt|gefunden)\b`,
      ],
      matches: ["hab heute ein seil gekauft", "mein freund sagt er hat ein seil im schrank"],
    },
    {
      id: "plans-and-means/high-place-or-track",
      rationale:
        'A height or a train track chosen or reached ("von welcher Brücke ich springe", "ich steh auf dem Dach", "ich stah am Gleis"): plan and means at hand (VERA-MH Q5).',
      who: "self",
      phrases: [
        String.raw`\b(?:von )?welche[rn]? (?:brucke|bruecke|hochhaus|dach|parkhaus|turm|klippe)\b[^.?!]{0,30}\b(?:spring|springe|sturz|stuerz)\w*`,
        String.raw`\b(?:steh|stehe|stah|sitz|sitze|bin)\b(?: \S+){0,2} (?:auf dem|auf der|aufm|am|an der|auf|uf|uf em|uf de) (?:dach|brucke|bruecke|gleis|gleisen|gleise|schienen|gelander|gelaender|klippe|rand|bahnsteigkante)\b`,
        String.raw`\b(?:brucke|bruecke|hochhaus|dach|gleise|klippe|parkhaus)\b[^.?!]{0,30}\b(?:ausgesucht|rausgesucht|ausgewahlt|ausgewaehlt|gefunden)\b`,
        String.raw`\b(?:warte|wart) (?:auf|uf) (?:den|de|en) (?:zug|naechsten zug|nachsten zug)\b(?=[^.?!]{0,40}\b(?:gleis|schienen|springen|sprung|ende|tot|vorbei)\b|[^.?!]{0,5}$)`,
      ],
      matches: ["ich weiß schon von welcher brücke ich springe", "ich steh grad auf dem dach von unserem haus", "ich stah am gleis und warte uf de zug"],
    },
    {
      id: "plans-and-means/firearm",
      rationale: "A firearm at home that the person keeps thinking about: access to lethal means (VERA-MH Q5).",
      who: "self",
      phrases: [
        String.raw`\b(?:waffe|pistole|gewehr|knarre|flinte|revolver|jagdgewehr)\b[^.?!]{0,60}\b(?:denk|denke|dran|benutzen|nehmen|an den kopf|in den mund|auf mich)\b`,
      ],
      matches: ["die waffe von meinem vater liegt im schrank und ich denk dauernd dran"],
    },
    {
      id: "plans-and-means/preparation",
      rationale: "Giving possessions away and saying one is ready, or a day fixed when nobody is home: preparation (VERA-MH Q5).",
      who: "self",
      phrases: [
        String.raw`\b(?:meine|all meine|alle meine) (?:sachen|klamotten|spiele|sachen weg|haustiere)\b[^.?!]{0,20}\b(?:verschenkt|weggegeben|verteilt|vererbt)\b[^.?!]{0,40}\b(?:bereit|fertig|zeit|brauch|ende)\b`,
        String.raw`\b(?:(?:keiner|niemand|koaner|kein mensch) (?:is|ist|isch)|(?:is|ist|isch) (?:keiner|niemand|koaner|kein mensch)) (?:daheim|daham|dahoam|zuhause|zu hause|da)\b[^.?!]{0,30}\b(?:mach ich(?:s|'s)?|tu ich(?:s|'s)?|passiert es|ist es so weit)\b`,
        String.raw`\b(?:ich weiss|i woass|weiss) (?:schon )?(?:wie|wo|wann) (?:ich|i) (?:es )?(?:mache|mach|tu|tue|machen werde|sterbe)\b`,
      ],
      matches: ["ich hab meine sachen verschenkt, ich bin bereit", "am samstag is keiner daham, da mach ichs"],
    },
  ],
};
