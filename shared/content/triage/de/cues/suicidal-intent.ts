import type { CrisisReason } from "../../../../schemas/answer.ts";
import { CRISIS_CHECKS, type CueGroupRecord } from "../../cue-record.ts";

/** Figures of speech built on "Selbstmord" ("die Klausur war glatter Selbstmord"). */
const NOT_FIGURATIVE_SUICIDE = String.raw`(?<!\b(?:glatter|glatt|reiner|purer|sozialer|politischer|kommerzieller|beruflicher|finanzieller|wirtschaftlicher|war|ist ja|ist|waer|ware|das ist|klingt nach) )`;

/** Explicit wishes, thoughts and intentions to die by suicide, as written in German-speaking chat. */
export const suicidalIntent: CueGroupRecord<CrisisReason> = {
  id: "suicidal-intent",
  name: "Suizidabsicht",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    {
      id: "suicidal-intent/wants-to-die",
      rationale:
        '"Ich will sterben", "ich will mich umbringen": an explicit wish to die or to kill oneself (VERA-MH Q4: explicit suicidal thoughts). "Ich will nicht sterben" does not match; "sterben vor Hunger" is excluded in DIE.',
      who: "self",
      phrases: [
        String.raw`\b{WANT} (?:{DIE}|{KILL_ME})\b`,
        String.raw`\b(?:will|wil|wu|mochte|moechte|wott|wett)(?: (?!nicht\b|nich\b|net\b|ned\b|nie\b|kein\w*\b|niemals\b|dass\b|das\b|die\b|der\b|den\b|wenn\b|wo\b|in\b|denen\b|alle\b|leute\b|er\b|sie\b|es\b|du\b|ihr\b|wir\b|man\b|sehen\b|jemand\w*\b)\S+){1,4} (?:sterben|sterbe|tot sein|{KILL_ME})\b(?! (?:vor|fur|fuer) )`,
        String.raw`(?<!\b(?:gedroht|droht|drohte|drohen|bedroht)\b[^.?!]{0,20})(?<!\b(?:nicht|nie|niemals|kein\w*)\b(?: \S+){0,2} )\b(?:mich|mi) (?:selbst |selber )?(?:umzubringen|umzubringa|zu toten|zu toeten|aufzuhangen|aufzuhaengen)\b`,
        String.raw`\bmir (?:s|das|des) (?:labe|laebe|leben|lebe) z(?:u)? (?:nah|naeh|nehmen|neh)\b`,
      ],
      matches: ["ich will mich umbringen", "ich will einfach nur tot sein", "ich will sterben, keiner würde es merken"],
      ignores: ["ich will nicht sterben oder so, bin nur total kaputt"],
    },
    {
      id: "suicidal-intent/does-not-want-to-live",
      rationale:
        '"Ich will nicht mehr leben" (Austrian "nimma", Swiss "nüm läbe"): the commonest German wording of a wish to die; here the negation IS the signal.',
      who: "self",
      phrases: [
        String.raw`\b{WANT} {NOT_LIVE}\b`,
        String.raw`\b(?:ich|i|ig) (?:will|mag|wott|wett|mog|moechte|mochte) (?:nicht|net|ned|nit|nimmer|nimma) mehr\b(?= *$| und (?:ich )?(?:kann|will) nicht mehr| ich (?:kann|will) nicht mehr)`,
        String.raw`\b(?:will|mochte|moechte|mag|wollte) (?:ich|i) (?:(?!nicht\b|nie\b)\S+ ){0,3}(?:nicht|nimmer|nimma|nie|net|ned) ?mehr (?:leben|da sein|weiterleben|existieren)\b`,
        String.raw`\b(?:ich|i) (?:mog|mag|wu|will|wui) (?:echt |einfach |wirklich |jetzt |halt )?(?:nimma|nimmer)\b(?= *$|,| und| i | ich )`,
      ],
      matches: ["ich will nicht mehr leben", "ich wott nüm läbe", "ich moechte nicht mehr da sein", "i mag nimma leben, echt ned"],
      ignores: ["ich will nicht mehr in dieser stadt leben"],
    },
    {
      id: "suicidal-intent/going-to-kill-self",
      rationale:
        'A stated intention: "ich bring mich um", "ich werd mich umbringen", "ich häng mich auf", "hab beschlossen mir das Leben zu nehmen" (VERA-MH Q4: intent). "Bring mich nicht um" (said to someone) does not match.',
      who: "self",
      phrases: [
        String.raw`\b{I} (?:bring|bringe|bringt) (?:mich|mi) (?:(?!nicht\b|net\b|ned\b|nit\b|noch\b)\S+ ){0,4}um\b`,
        String.raw`\b(?:werd|werde|wer|wear|tu|hab (?:beschlossen|entschieden) (?:mich|mir)?|habe (?:beschlossen|entschieden)|plane|versuche|versuch|denke (?:daran|drueber|druber|daruber|darueber nach)?|denk (?:dran|drueber|druber)?|ueberlege|uberlege|ueberleg|uberleg),? (?:(?:heute|morgen|bald|jetzt|wirklich|diesmal|endlich|einfach|nacht|heute nacht|dann|wohl|nach|drueber|druber|daruber|darueber|ernsthaft|staendig|standig) )*(?:{KILL_ME}|(?:mich|mi) (?:heute |morgen |bald |jetzt |wirklich |diesmal |endlich |einfach |dann )*(?:umbringen|toeten|toten|erschiessen|erhaengen|erhangen|aufhaengen|aufhangen|vergiften|umzubringen)|zu sterben|umzubringen|mich umzubringen|mir das leben zu nehmen|mich zu toeten|mich zu toten|mich selbst zu toeten|mich selbst zu toten|mich aufzuhaengen|mich aufzuhangen)\b`,
        String.raw`\b(?:{I}|heute) (?:hang|haeng|hang|häng|erschiess|vergift|toet|tot|erhaeng|erhang) (?:mich|mi) (?:heute |jetzt |einfach |noch )?(?:auf|um|$)`,
        String.raw`\b(?:ich|i) (?:haeng|hang|hange|haenge) (?:mich|mi) auf\b`,
        String.raw`\bmir das leben (?:zu )?nehmen\b`,
        String.raw`\b(?:ich|i) (?:(?!nicht\b|nie\b|net\b|ned\b|nit\b|kein\b)\S+ ){0,3}(?:{DIE}|{KILL_ME}|{NOT_LIVE}|umbringen|mich umbringen) (?:will|mochte|moechte|wollte|werde|mag|wott|wu)\b`,
        String.raw`\b(?:ich|i) (?:knall|knalle) (?:mich|mi) (?:\S+ )?ab\b`,
        String.raw`\b(?:meinem|mein) leben (?:ein )?ende (?:setzen|machen|bereiten)\b`,
      ],
      matches: [
        "ich bring mich heute nacht um",
        "hab beschlossen mir das leben zu nehmen",
        "ich werd mich umbringen, diesmal wirklich",
        "ich häng mich auf, ich pack des nimma",
        "ich moechte meinem leben ein ende setzen",
        "ich denke daran, mich selbst zu töten",
      ],
      ignores: ["bring mich nicht um, ich hab dein ladekabel nur ausgeliehen", "ich bring meine schwester um wenn sie nochmal an mein handy geht haha"],
    },
    {
      id: "suicidal-intent/must-or-about-to-kill-self",
      rationale:
        '"Ich muss mich umbringen", "ich bin kurz davor, mich umzubringen", "gleich bring ich mich um", "ich werde gleich Suizid begehen": intent with its time near (VERA-MH Q4: intent). "Muss mich nicht umbringen" and someone else\'s threat ("sie ist kurz davor, mich umzubringen") do not match.',
      who: "self",
      phrases: [
        String.raw`\b{I} (?:muss|muess|mues|mus|sollte|soll|werd|werde|wer|tu) (?:(?:jetzt|gleich|sofort|heute|heut|noch|einfach|wirklich|halt|echt|bald|endlich|jetzt gleich|heute noch|heut noch) )*{KILL_ME}\b`,
        String.raw`\b(?:ich bin|bin|i bin) (?:so |echt |ganz |wirklich )?(?:kurz davor|nah dran|nahe dran|drauf und dran|so weit|soweit|bereit),? (?:(?:mich|mi) (?:selbst |selber )?(?:umzubringen|zu toeten|zu toten|aufzuhaengen|aufzuhangen)|suizid zu begehen|selbstmord zu begehen|mir das leben zu nehmen)\b`,
        String.raw`\b(?:gleich|jetzt|heute|heut|heute nacht|morgen|bald|dann) (?:bring|bringe) (?:ich|i) (?:mich|mi) (?:\S+ ){0,2}um\b`,
      ],
      matches: [
        "ich muss mich umbringen",
        "ich bin kurz davor, mich umzubringen",
        "ich bin kurz davor suizid zu begehen",
        "gleich bring ich mich um",
        "ich werde gleich suizid begehen",
        "ich muss mir das leben nehmen, es geht nicht mehr",
      ],
      ignores: ["ich muss mich nicht umbringen wegen einer klausur", "meine mutter ist kurz davor, mich umzubringen", "ich muss mich umziehen"],
    },
    {
      id: "suicidal-intent/suicide-word",
      rationale:
        'The words themselves, said of oneself, including German compounds matched inside words: "Selbstmordgedanken", "Suizidgedanken", "suizidal", "lebensmüde Gedanken". "Keine Suizidgedanken" and figures of speech ("glatter Selbstmord") are excluded.',
      who: "self",
      phrases: [
        String.raw`(?<!\b(?:keine|keinerlei|null|ohne|kaum|nie|niemals|nicht|nicht mehr|keine richtigen|noch nie)(?: \S+)? )(?<!\b(?:fragt|fragen|fragte|gefragt|frag|fragst|nachfragt)\b[^.?!]{0,30})(?<!\bman\b(?: \S+){0,3} )\b\w*(?:selbstmord|suizid|suicid|lebensmued|lebensmud)\w* ?gedank\w*`,
        String.raw`\btodeswunsch\w*`,
        String.raw`\b\w*(?:selbstmord|suizid|lebensmued|lebensmud)\w* ?gedank\w*\b[^.?!]{0,60}\b(?:ich )?(?:hab|habe|hatte) (?:die|sie|solche|welche) (?:jeden tag|taglich|taeglich|oft|standig|staendig|immer|dauernd|jede nacht)\b`,
        String.raw`(?<!\b(?:nicht|nie|kein|keine|gar nicht|ueberhaupt nicht|uberhaupt nicht|nicht mehr) )(?<!\b(?:bist du|du bist|seid ihr|ist der|ist die|ist er|ist sie) )(?<!\bje )\b(?:suizidal|suizidgefaehrdet|suizidgefahrdet|suicidal|lebensmuede|lebensmude)\b(?! (?:war|gewesen))`,
        String.raw`\b(?:ich|i|hab|habe)\b(?: (?!nicht\b|nie\b|kaum\b|niemals\b|kein\w*\b)\S+){0,6} ${NOT_FIGURATIVE_SUICIDE}(?:an|uber|ueber|ueber den|uber den|an den) (?:selbstmord|suizid)\b`,
        String.raw`\b(?:denke|denk|denk grad|denke ernsthaft|denke staendig|denke standig) (?:(?!nicht\b|nie\b|kaum\b|niemals\b)\S+ ){0,3}(?:an|uber|ueber) (?:selbstmord|suizid|den tod|sterben|mich umzubringen)\b`,
      ],
      matches: [
        "ich habe seit wochen selbstmordgedanken",
        "Ich denke ernsthaft über Suizid nach.",
        "ich hab suizidgedanken und weiß nicht mit wem ich reden soll",
        "bin wieder suizidal. toll.",
        "sui gedanken schon wieder",
      ],
      ignores: ["ich hab überhaupt keine suizidgedanken", "die mathe klausur war glatter selbstmord", "bist du lebensmüde? fahr langsamer"],
    },
    {
      id: "suicidal-intent/ending-it",
      rationale:
        '"Schluss machen" with finality ("endgültig", "mit allem", "mit dem Leben"): a coded statement of intent. A break-up ("mit ihm Schluss machen") does not match.',
      who: "self",
      phrases: [
        String.raw`\b(?:mit allem|mit dem leben|mit meinem leben|mit mir) schluss (?:machen|mache|mach)\b`,
        String.raw`\b(?:mach|mache|machen) (?:ich )?(?:jetzt |heute |bald |dann |am wochenende )?schluss\b(?! mit (?!allem|dem leben|mir))`,
        String.raw`\balles beenden\b(?=[^.?!]{0,20}\b(?:auch mich|mich|mein leben|fuer immer|fur immer)\b)|\bmich beenden\b`,
      ],
      needs:
        /\b(?:endgultig|endgueltig|fur immer|fuer immer|mit allem|mit dem leben|mit meinem leben|tot|sterben|abschied|tschuss|keiner|niemand|tabletten|brucke|bruecke|seil|auch mich|mich beenden|leben)\b/,
      matches: ["am wochenende mach ich schluss. endgültig.", "ich will alles beenden, auch mich"],
      ignores: ["ich mach schluss mit ihm, er hat mich betrogen"],
    },
    {
      id: "suicidal-intent/method-slang",
      rationale:
        'A method named as one\'s own plan in chat ("ich spring gleich vom Balkon", "mir die Pulsadern aufschneiden", "vor den Zug werfen", "mich abknallen"): intent and means together.',
      who: "self",
      phrases: [
        String.raw`\b(?:spring|springe|spring ich|stuerz|sturz) (?:\S+ ){0,3}(?:vom|von der|von einer|aus dem|von nem|vor den|vor nen) (?:dach|balkon|bruecke|brucke|hochhaus|fenster|zug|turm|klippe|parkhaus)\b`,
        String.raw`\b(?:pulsadern|pulsader) (?:aufschneiden|aufzuschneiden|aufgeschnitten)\b`,
        String.raw`\b(?:mich|mi) (?:vor|unter) (?:den|einen|nen|en|e) (?:zug|lkw|laster|bus|u-bahn|s-bahn|tram) (?:werfen|zu werfen|schmeissen|legen)\b`,
        String.raw`\b(?:bock|lust) (?:mich|mi) (?:abzuknallen|umzubringen|zu erschiessen|aufzuhaengen|aufzuhangen)\b`,
        String.raw`\b(?:mich|mi) (?:unaliven|kill myself)\b|\bkill myself\b`,
      ],
      matches: [
        "ich spring gleich vom balkon kein witz",
        "hab bock mich abzuknallen, bin am ende",
        "ich will mir die pulsadern aufschneiden",
        "ich will mich vor den zug werfen",
        "will mich unaliven ehrlich",
      ],
    },
    {
      id: "suicidal-intent/farewell",
      rationale:
        'A farewell for good to the server ("ich bin raus, für immer", "bald bin ich weg und ihr seid mich los"): a coded goodbye, which is asked about directly.',
      who: "self",
      phrases: [
        String.raw`\b(?:bin|ich bin) (?:raus|weg|fort),? (?:fur|fuer) immer\b`,
        String.raw`\bbald bin ich (?:weg|tot|nicht mehr da)\b[^.?!]{0,30}\b(?:los|ruhe|besser)\b`,
        String.raw`\b(?:ihr|alle) (?:seid|sind) mich (?:bald |endlich )?los\b`,
      ],
      matches: ["ich bin raus, für immer. tschüss an alle", "bald bin ich weg und ihr seid mich los"],
    },
  ],
};
