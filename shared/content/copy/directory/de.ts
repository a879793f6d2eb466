import type { DirectoryWords } from "../copy.ts";

/** The directory's English words as a German reply says them. Names stay the lines' own; only what the directory adds in brackets is translated. */
export const DE_DIRECTORY: DirectoryWords = {
  // The two Portuguese lines by their Portuguese names, as pt.ts gives them (sources there).
  names: {
    "SNS 24 psychological counselling (option 4)": "Linha de Aconselhamento Psicológico do SNS 24 (Option 4)",
    "Domestic violence support line (CIG)": "Linha de apoio a vítimas de violência doméstica (CIG)",
  },
  descriptions: {
    Ahpra: "Ahpra",
    CIG: "CIG",
    "Centro de Valorização da Vida, Portuguese": "Centro de Valorização da Vida, auf Portugiesisch",
    Finnish: "auf Finnisch",
    French: "auf Französisch",
    Japanese: "auf Japanisch",
    "Japanese, free": "auf Japanisch, kostenlos",
    "Red Cross, for anyone up to 18": "Rotes Kreuz, für alle bis 18",
    "Rethink Mental Illness": "Rethink Mental Illness",
    "ages 5 to 25": "von 5 bis 25 Jahren",
    "all forms of violence against women": "alle Formen von Gewalt gegen Frauen",
    "also 0800 111 0 222 or 116 123": "auch 0800 111 0 222 oder 116 123",
    "also 989 8727": "auch 989 8727",
    "anti-violence and stalking line": "Telefon gegen Gewalt und Stalking",
    "children and young people": "für Kinder und Jugendliche",
    "crisis line, Norwegian": "Krisentelefon, auf Norwegisch",
    "domestic abuse": "häusliche Gewalt",
    "domestic violence and child abuse": "häusliche Gewalt und Kindesmisshandlung",
    "domestic violence, Japanese": "häusliche Gewalt, auf Japanisch",
    "domestic, family and sexual violence": "häusliche, familiäre und sexuelle Gewalt",
    "gender-based violence, run by the government": "geschlechtsspezifische Gewalt, staatlich",
    "helpline for adults in emotional crisis": "Telefon für Erwachsene in seelischen Krisen",
    "helpline for children and young people": "Telefon für Kinder und Jugendliche",
    "line for people at risk of suicide, run by the Ministry of Health": "Telefon für Menschen in Suizidgefahr, vom Gesundheitsministerium",
    "national suicide prevention line": "nationales Telefon zur Suizidprävention",
    "option 4": "Option 4",
    "out-of-hours doctor": "ärztlicher Bereitschaftsdienst",
    "partner violence, French": "Gewalt in der Partnerschaft, auf Französisch",
    "practitioner psychologists": "praktizierende Psychologinnen und Psychologen",
    "suicide and self-harm": "Suizid und Selbstverletzung",
    "suicide line, Swedish": "Suizid-Telefon, auf Schwedisch",
    "violence against women": "Gewalt gegen Frauen",
    "violence and abuse": "Gewalt und Missbrauch",
    "violence in close relationships": "Gewalt in nahen Beziehungen",
  },
  hours: {
    "24/7": "rund um die Uhr",
    "24/7, free": "rund um die Uhr, kostenlos",
    "24/7, free, anonymous": "rund um die Uhr, kostenlos, anonym",
    "24/7, free, anonymous, many languages": "rund um die Uhr, kostenlos, anonym, in vielen Sprachen",
    "24/7, free, confidential": "rund um die Uhr, kostenlos, vertraulich",
    "24/7, free, leaves no trace on the bill": "rund um die Uhr, kostenlos, ohne Spur auf der Rechnung",
    "24/7, free, not shown on the bill": "rund um die Uhr, kostenlos, erscheint nicht auf der Rechnung",
    "24/7, free; nights via Télé-Accueil": "rund um die Uhr, kostenlos; nachts über Télé-Accueil",
    "24/7, English and French": "rund um die Uhr, auf Englisch und Französisch",
    "Mon-Fri 16:00-22:00": "Mo-Fr 16-22 Uhr",
    "Mon-Sat 14:00-20:00, Mon/Wed/Thu 10:00-12:00": "Mo-Sa 14-20 Uhr, Mo/Mi/Do 10-12 Uhr",
    "16:00-21:00 daily; 24 hours on the 10th": "täglich 16-21 Uhr; am 10. rund um die Uhr",
    "free lines in many countries": "kostenlose Telefone in vielen Ländern",
  },
  signposts: {
    "In Germany, you can book a first consultation (Sprechstunde) with a licensed psychotherapist directly, or ask your family doctor (Hausarzt) to help you find one.":
      "In Deutschland kannst du direkt eine psychotherapeutische Sprechstunde bei einer zugelassenen Psychotherapeutin oder einem Psychotherapeuten buchen, oder deine Hausärztin bzw. deinen Hausarzt bitten, dir bei der Suche zu helfen.",
    "In Germany, licensed psychotherapists answer to the chamber of psychotherapists (Psychotherapeutenkammer) of their federal state, which takes complaints about professional conduct.":
      "In Deutschland unterstehen approbierte Psychotherapeutinnen und Psychotherapeuten der Psychotherapeutenkammer ihres Bundeslandes, die Beschwerden über berufliches Verhalten entgegennimmt.",
    "A family doctor or GP is usually the simplest first step: they know the local therapists and services and can refer you. Many countries also keep a public register of psychologists or counsellors you can search.":
      "Die Hausärztin oder der Hausarzt ist meist der einfachste erste Schritt: Sie kennen die Therapeutinnen, Therapeuten und Angebote vor Ort und können dich überweisen. Viele Länder führen außerdem ein öffentliches Verzeichnis von Psychologinnen und Psychologen, in dem du suchen kannst.",
    "A therapist answers to the body that licenses or registers them where they practise: a licensing board, a regulator or their professional association. Their registration details (often on their website or invoices) name it, and that body takes complaints.":
      "Eine Therapeutin oder ein Therapeut untersteht der Stelle, die sie oder ihn dort zulässt oder registriert, wo sie arbeiten: einer Kammer, einer Aufsichtsbehörde oder einem Berufsverband. Die Angaben zur Zulassung (oft auf der Website oder der Rechnung) nennen sie, und diese Stelle nimmt Beschwerden entgegen.",
  },
};
