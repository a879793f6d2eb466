import type { SituationWords } from "../situation-cue.ts";

/**
 * German (Germany, Austria, Switzerland), folded: "ü" reads "u", "ß" reads "ss"; people who type "ue" keep it,
 * so umlaut positions allow both. The English shorthand table reads "im" as "i am": "im Gymnasium" arrives as
 * "i am gymnasium".
 */
export const GERMAN_SITUATIONS: SituationWords = {
  overdose: [
    {
      id: "overdose-took-a-quantity-de",
      rationale: "German: swallowing a counted or excessive amount of medicine is an overdose, whatever the person feels now.",
      pattern:
        /\b(?:\d{1,3}|alle (?:meine )?|eine (?:ganze )?packung|eine schachtel|ne packung|viele)\s*[^.!?]{0,30}?\b(?:tabletten|pillen|schlaftabletten|medikamente|paracetamol|ibuprofen)\b[^.!?]{0,20}?\b(?:genommen|geschluckt|eingeworfen)\b/,
      examples: ["ich hab grad alle meine schlaftabletten genommen", "ich habe 20 tabletten geschluckt"],
    },
  ],
  wound: [
    {
      id: "wound-bleeding-will-not-stop-de",
      rationale: "German: bleeding that does not stop needs an ambulance or the emergency department.",
      pattern:
        /\bh(?:o|oe)rt (?:einfach )?nicht (?:mehr )?auf zu bluten\b|\bblutung h(?:o|oe)rt nicht auf\b|\b(?:krieg|kriege|bekomme|bekomm) (?:die blutung|das blut) nicht (?:gestoppt|gestillt|weg)\b|\bblutet (?:immer noch|noch immer) (?:stark|total|so)\b/,
      examples: ["es hört nicht auf zu bluten", "ich krieg die Blutung nicht gestoppt"],
    },
    {
      id: "wound-cut-too-deep-de",
      rationale: "German: a cut described as deep is a wound that may need closing.",
      pattern:
        /\b(?:zu|viel zu|sehr|so|echt|richtig) tief (?:geschnitten|geritzt)\b|\btiefe(?:n)? (?:schnitt|schnittwunde|wunde)\b|\bschnitt ist (?:zu|sehr|echt|richtig) tief\b/,
      examples: ["ich hab mich zu tief geschnitten", "ich habe einen tiefen Schnitt am Arm", "der schnitt ist echt tief"],
    },
    {
      id: "wound-much-blood-de",
      rationale: "German: a lot of blood is a medical emergency before it is anything else.",
      pattern:
        /\b(?:so|total|voll|echt|sehr|richtig) viel blut\b|\bviel blut verloren\b|\b(?:u|ue)berall (?:ist )?blut\b|\bblut (?:u|ue)berall\b|\bblute (?:stark|sehr|total|wie verr(?:u|ue)ckt)\b|\bgen(?:a|ae)ht werden\b/,
      examples: ["überall ist Blut", "ich blute total stark", "das muss bestimmt genäht werden"],
    },
  ],
  goodbye: [
    {
      id: "goodbye-message-de",
      rationale: "German: a goodbye or a note sent to someone who is then silent is a warning sign that needs the emergency services.",
      pattern: /\babschieds(?:nachricht|brief|sms|video|post|text|mail)\b|\b(?:hat|hatte) sich\b[^.!?]{0,30}?\bverabschiedet\b|\blebewohl\b/,
      examples: ["meine beste Freundin hat mir eine Abschiedsnachricht geschickt", "er hat sich von allen verabschiedet"],
    },
  ],
  unreachable: [
    {
      id: "unreachable-no-answer-de",
      rationale: "German: the person cannot be reached now, so someone has to go to them.",
      pattern:
        /\b(?:geht|ging|nimmt|nahm)(?: (?:er|sie|der|die))? nicht (?:mehr )?(?:ans (?:handy|telefon)|an ihr handy|an sein handy|ab)\b|\b(?:antwortet|reagiert|meldet sich) (?:nicht|nimmer|nicht mehr)\b|\b(?:erreiche|erreich|erreichen) (?:ihn|sie|die|den) nicht\b|\bnicht (?:mehr )?erreichbar\b|\b(?:handy|telefon) (?:ist )?aus\b|\b(?:geht|springt) (?:direkt |sofort |nur )?(?:auf|an) die mailbox\b/,
      examples: ["jetzt geht sie nicht ans Handy", "ich erreiche ihn nicht", "sein Handy ist aus"],
    },
  ],
  youngPerson: [
    {
      id: "young-age-stated-de",
      rationale: 'German: an age under 18, said about oneself ("i bin" in Austria and Bavaria).',
      pattern:
        /\b(?:ich|i) bin (?:erst |grad |gerade |doch erst |halt erst )?(?:1[0-7]|[89])(?: jahre(?: alt)?)?\b(?!\s*(?:%|prozent|minuten|stunden|tage|wochen|monate|mal|kilo|kg|cm|uhr|euro|jahre (?:verheiratet|in therapie|dabei)))/,
      examples: ["ich bin 15 und meine Eltern dürfen das nicht wissen", "i bin erst 14"],
    },
    {
      id: "young-school-de",
      rationale: "German: school life in the present (Klasse, Gymnasium, Austria's Gymi, Switzerland's Sek).",
      pattern:
        /\b(?:in der schule|in die schule|auf dem gymnasium|aufs gymi|i am gymi|i am gymnasium|in der sek|\d{1,2}\. klasse|in der (?:funften|sechsten|siebten|achten|neunten|zehnten|(?:5|6|7|8|9|10)(?:\.|ten)) klasse|meine (?:lehrerin|lehrer|klassenlehrerin|mitsch(?:u|ue)ler(?:innen)?|klasse)|mein (?:lehrer|klassenlehrer))\b/,
      examples: ["in der Schule hassen mich alle", "ich bin in der 9. Klasse", "meine Mitschüler lachen mich aus"],
    },
    {
      id: "young-parents-in-charge-de",
      rationale: "German: parents who decide for the writer: grounding, phones taken away, finding out.",
      pattern:
        /\bmeine eltern (?:d(?:u|ue)rfen|sollen|k(?:o|oe)nnen) (?:das |es )?(?:nicht|nie) (?:wissen|erfahren|rausfinden)\b|\bmeine eltern haben mir (?:das|mein) handy (?:weggenommen|abgenommen)\b|\b(?:ich hab|hab|habe) hausarrest\b|\b(?:mama|mutter|papa|vater) hat mir (?:das|mein) handy (?:weggenommen|abgenommen)\b/,
      examples: ["meine Eltern dürfen das nicht wissen", "ich hab Hausarrest und kein Handy"],
    },
  ],
  thirdPerson:
    /\b(?:freund|freundin|kumpel|bff|schwester|bruder|cousine|partner|partnerin|mann|frau|sohn|tochter|mutter|mama|vater|papa|kollege|kollegin|mitbewohner|mitbewohnerin|sie|ihn|ihm)\b/,
  notYoung:
    /\b(?:mein sohn|meine tochter|meine kinder|mein kind|meine sch(?:u|ue)ler(?:innen)?|ich bin lehrer(?:in)?|ich unterrichte|als ich (?:in der schule|jung|j(?:u|ue)nger|klein|ein kind|teenager) war)\b/,
  longAgo:
    /\b(?:vor (?:jahren|vielen jahren|\d+ jahren)|letztes jahr|als ich (?:jung|j(?:u|ue)nger|klein|teenager|ein kind) war|alte narben|fr(?:u|ue)her (?:mal )?(?:hab|habe) ich)\b/,
};
