import { INTERNATIONAL_DIRECTORIES } from "../resources/international.ts";
import type { Copy } from "./copy.ts";
import { DE_DIRECTORY } from "./directory/de.ts";
import { regionNamesIn } from "./region-names.ts";

/*
 * German, for members in Germany, Austria and Switzerland: "du" throughout (peer-support chat and crisis lines in
 * all three countries say "du" to people who write to them), standard German that reads naturally in all three.
 * Safe messaging as in en.ts: acknowledge, help is there now, a person to be with, no method details, never a
 * closed door.
 */

/** The international directory's address, from the resource directory (never written here). */
const DIRECTORY = INTERNATIONAL_DIRECTORIES[0]!;
const DIRECTORY_SITE = DIRECTORY.url ? new URL(DIRECTORY.url).host : DIRECTORY.name;
const DIRECTORY_ELSEWHERE = `${DIRECTORY_SITE} listet kostenlose Angebote in deinem Land.`;

const cldrRegionName = regionNamesIn("de");

/** Countries said with their article in German (nominative); the rest by name alone. */
const WITH_ARTICLE: Readonly<Record<string, string>> = {
  CH: "die Schweiz",
  GB: "das Vereinigte Königreich",
  US: "die USA",
  NL: "die Niederlande",
  PH: "die Philippinen",
  AE: "die Vereinigten Arabischen Emirate",
  TR: "die Türkei",
  SK: "die Slowakei",
  CZ: "Tschechien",
};

function regionName(code: string | null, englishName: string): string {
  if (!code) return englishName;
  return WITH_ARTICLE[code] ?? cldrRegionName(code) ?? englishName;
}

/** Where one is: "in Deutschland", "in der Schweiz", "im Vereinigten Königreich", "in den USA"; null: "in diesem Land". */
function inRegion(region: string | null): string {
  if (!region) return "in diesem Land";
  if (region === "die Philippinen") return "auf den Philippinen";
  if (region === "die USA") return "in den USA";
  if (region === "die Niederlande") return "in den Niederlanden";
  if (region.startsWith("die Vereinigten ")) return `in den ${region.slice(4)}`;
  if (region.startsWith("das Vereinigte ")) return `im Vereinigten ${region.slice("das Vereinigte ".length)}`;
  if (region.startsWith("die ")) return `in der ${region.slice(4)}`;
  return `in ${region}`;
}

export const de: Copy = {
  language: "de",

  words: {
    list: (items) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} und ${items[items.length - 1]}`),
    or: (items) => items.join(" oder "),
    region: regionName,
  },

  contact: {
    call: (number) => `ruf die ${number} an`,
    /** A keyword may arrive in the directory's English word order, "START to 88788". */
    text: (number) => (number.includes(" to ") ? `schick ${number.replace(" to ", " an die ")}` : `schreib eine SMS an die ${number}`),
    whatsapp: (number) => `WhatsApp ${number}`,
    messageOnWhatsApp: (number) => `schreib an ${number} über WhatsApp`,
    goTo: (url) => `geh auf ${url}`,
    callOrText: (number) => `ruf die ${number} an oder schreib eine SMS`,
    callAndPress: (number, key) => `ruf die ${number} an und drück die ${key}`,
    textKeyword: (keyword, number) => `schick ${keyword} an die ${number}`,
  },

  emergency: {
    localNumber: "die Notrufnummer deines Landes",
    ambulanceFirst: (ambulance, police) => `die ${ambulance} für den Rettungsdienst oder die ${police} für die Polizei`,
    policeFirst: (police, ambulance) => `die ${police} für die Polizei oder die ${ambulance} für den Rettungsdienst`,
    ambulanceOn: (ambulance) => `den Rettungsdienst unter ${ambulance}`,
    localAmbulance: "den Rettungsdienst unter der Notrufnummer deines Landes",
  },

  lines: {
    primary: (name, howToReach, hours) => `**${name}**: ${howToReach} (${hours}).`,
    textInstead: (textRoute) => `Wenn Anrufen sich zu schwer anfühlt, kannst du auch schreiben: ${textRoute}.`,
    textLineInstead: (name, textRoute, hours) => `Wenn Anrufen sich zu schwer anfühlt, kannst du auch schreiben: **${name}**, ${textRoute} (${hours}).`,
    other: (name, howToReach, hours) => `**${name}** (${howToReach}, ${hours})`,
    byPhone: (name, phone) => `**${name}** telefonisch (ruf die **${phone}** an)`,
    alsoReach: (lines) => `Du erreichst auch ${lines}.`,
    notInRegion: (region, directory, url) => `Du bist nicht ${inRegion(region)}? **${directory}** (${url}) listet Angebote in anderen Ländern.`,
    outsideHoursLine: (name, hours, howToReach) => `Außerhalb dieser Zeiten erreichst du **${name}** (${hours}): ${howToReach}.`,
    outsideHoursEmergency: (number) =>
      number
        ? `Außerhalb dieser Zeiten, oder wenn es nicht warten kann, ruf die **${number}** an.`
        : "Außerhalb dieser Zeiten, oder wenn es nicht warten kann, ruf die Notrufnummer deines Landes an.",
    directoryOnly: (region, directory, url) =>
      `${region ? `Für ${region} habe ich keine geprüfte Nummer, aber ` : ""}**${directory}** (${url}) zeigt kostenlose, vertrauliche Angebote in deiner Nähe, per Telefon, SMS oder Chat.`,
    noLine: "Bitte wende dich jetzt an ein Krisentelefon oder den Notruf in deinem Land.",
  },

  crisis: {
    voice: {
      suicide_self_harm: {
        opening:
          "Danke, dass du mir das erzählst. Was du gerade durchmachst, klingt unglaublich schmerzhaft, und du musst das nicht allein tragen: Du kannst jetzt sofort mit jemandem sprechen.",
        danger: (numbers) => `Wenn du in akuter Gefahr bist, ruf ${numbers} an`,
        company:
          "Wenn du kannst, bitte jemanden, dem du vertraust, jetzt bei dir zu sein, und bring Abstand zwischen dich und alles, womit du dir etwas antun könntest.",
        closing:
          "Ich bin weiter da, wenn du reden möchtest, und wenn du so weit bist, kann es wirklich helfen, deiner Ärztin, deinem Arzt oder deiner Therapeutin zu erzählen, wie es dir geht.",
      },
      someone_else_at_risk: {
        opening:
          "Das klingt wirklich beängstigend, und es ist wichtig, dass du auf diese Person achtest. Du musst das nicht allein schaffen: Ein Krisentelefon kann dir erklären, wie du helfen kannst, und du darfst auch für sie anrufen.",
        danger: (numbers) => `Wenn die Person in akuter Gefahr ist, ruf ${numbers} an`,
        company:
          "Wenn es sicher ist, bleib bei ihr oder bitte jemanden darum, und ermutige sie behutsam, sich ebenfalls Hilfe zu holen. Pass auch auf dich auf.",
        closing: "Ich bin weiter da, wenn du darüber reden möchtest, was gerade passiert.",
      },
      abuse_danger: {
        opening:
          "Es tut mir so leid, dass dir das passiert. Deine Sicherheit geht vor, und nichts davon ist deine Schuld. Menschen, die helfen können, sind jetzt für dich da.",
        danger: (numbers) => `Wenn du in akuter Gefahr bist, ruf ${numbers} an`,
        company: "Wenn du kannst, geh an einen sicheren Ort oder zu jemandem, dem du vertraust.",
        closing: "Ich bin weiter da, wenn du reden möchtest.",
      },
      harm_to_others: {
        opening:
          "Danke, dass du das aussprichst; das braucht Mut. Solche Gedanken sind ein Zeichen, dir jetzt Unterstützung zu holen, bevor etwas passiert, und es gibt Menschen, die dir helfen, ohne dich zu verurteilen.",
        danger: (numbers) => `Wenn jemand in akuter Gefahr ist, ruf ${numbers} an`,
        company:
          "Wenn du kannst, bring Abstand zwischen dich und die Person und alles, womit jemand verletzt werden könnte, und bitte jemanden, dem du vertraust, bei dir zu sein.",
        closing: "Ich bin weiter da, wenn du reden möchtest.",
      },
    },
    datedPlan: "Weil du schon an einen Zeitpunkt gedacht hast, hol dir bitte jetzt Hilfe, statt zu warten: Du verdienst Unterstützung, bevor es so weit ist.",
    bot: "Ich bin ein Bot: Ich kann im Notfall nicht eingreifen und niemanden für dich verständigen, aber die Menschen an diesen Telefonen können das.",
    stillHere: "Ich bin weiter da, wenn du reden möchtest.",
    abuseLineHelps:
      "Das Hilfetelefon gegen Gewalt ist vertraulich und kann dir helfen zu planen, wie du sicher bleibst, auch wenn du noch nicht bereit bist zu gehen.",
    noAbuseLine:
      "Ich habe hier kein landesweites Hilfetelefon gegen Gewalt für dich, aber die Menschen an den Telefonen unten hören dir zu und helfen dir, die nächsten Schritte zu überlegen.",
    overdose: (ambulance, forSomeoneElse) =>
      forSomeoneElse
        ? `Danke, dass du handelst. **Was die Person genommen hat, ist ein medizinischer Notfall, auch wenn es ihr gut zu gehen scheint: Manche Medikamente, wie Paracetamol, richten ihren Schaden erst Stunden später an. Ruf jetzt ${ambulance} für sie, oder bring sie in die nächste Notaufnahme.**`
        : `Danke, dass du es mir sagst. **Was du genommen hast, ist ein medizinischer Notfall, auch wenn du dich gerade gut fühlst: Manche Medikamente, wie Paracetamol, richten ihren Schaden erst Stunden später an. Ruf jetzt ${ambulance}, oder geh in die nächste Notaufnahme.**`,
    wound: (ambulance, forSomeoneElse) =>
      forSomeoneElse
        ? `Danke, dass du handelst. **Ein tiefer Schnitt oder eine Blutung, die nicht aufhört, ist ein medizinischer Notfall: Ruf jetzt ${ambulance} für die Person, oder bring sie in die nächste Notaufnahme.** Drück bis dahin fest mit einem sauberen Tuch auf die Wunde.`
        : `Danke, dass du es mir sagst. **Ein tiefer Schnitt oder eine Blutung, die nicht aufhört, ist ein medizinischer Notfall: Ruf jetzt ${ambulance}, oder geh in die nächste Notaufnahme.** Drück bis dahin fest mit einem sauberen Tuch auf die Wunde.`,
    friendUnreachable: (general) =>
      `Du machst dir zu Recht Sorgen, und es ist richtig zu handeln. **Ruf jetzt ${general} an und bitte darum, nach deiner Freundin oder deinem Freund zu sehen: Erzähl von der Abschiedsnachricht und wo die Person sein könnte.** Versuch weiter, sie zu erreichen, und wenn du jemanden in ihrer Nähe kennst, bitte ihn, vorbeizugehen.`,
    communityRecommends: (names) => `Deine Community empfiehlt außerdem ${names}.`,
  },

  checkIn: {
    question: {
      suicide_self_harm:
        "Manches von dem, was du schreibst, klingt wirklich schwer, deshalb frage ich dich direkt: Hast du Gedanken, dir das Leben zu nehmen oder dir etwas anzutun? Du darfst es sagen, egal wie die Antwort ist.",
      someone_else_at_risk:
        "Es klingt, als machst du dir Sorgen um jemanden, deshalb frage ich direkt: Glaubst du, die Person könnte daran denken, sich das Leben zu nehmen oder sich etwas anzutun? Du darfst sie das auch selbst fragen; das bringt sie nicht erst auf die Idee.",
      abuse_danger: "Ich möchte kurz nach dir fragen: Bist du gerade sicher? Tut dir jemand weh, oder macht dir jemand Angst?",
      harm_to_others:
        "Ich möchte kurz nach dir fragen: Hast du Gedanken, jemandem oder dir selbst etwas anzutun? Du darfst es sagen; das ist ein Grund, Unterstützung zu bekommen, nicht verurteilt zu werden.",
    },
    offer: {
      suicide_self_harm: "Wenn ja, kannst du jetzt mit jemandem sprechen",
      someone_else_at_risk: "Wenn das sein könnte, kann dir ein Krisentelefon erklären, wie du helfen kannst",
      abuse_danger: "Wenn nicht, oder wenn du unsicher bist, kannst du jetzt mit jemandem sprechen",
      harm_to_others: "Wenn ja, kannst du jetzt mit jemandem sprechen",
    },
    offerLine: (offer, name, howToReach, hours) => `${offer}: **${name}**, ${howToReach}${hours ? ` (${hours})` : ""}.`,
    offerDirectory: (offer, directory, url) => `${offer}: **${directory}** (${url}) zeigt kostenlose, vertrauliche Angebote in deiner Nähe.`,
    offerNoLine: (offer) => `${offer}: Bitte wende dich an ein Krisentelefon in deinem Land.`,
    danger: {
      suicide_self_harm: (numbers) => `Wenn du in akuter Gefahr bist, ruf ${numbers} an.`,
      someone_else_at_risk: (numbers) => `Wenn die Person in akuter Gefahr ist, ruf ${numbers} an.`,
      abuse_danger: (numbers) => `Wenn du in akuter Gefahr bist, ruf ${numbers} an.`,
      harm_to_others: (numbers) => `Wenn jemand in akuter Gefahr ist, ruf ${numbers} an.`,
    },
    bot: "Ich bin ein Bot, aber ich bin da, wenn du weiterreden möchtest.",
  },

  redirect: {
    diagnosis: {
      why: "Das ist eine sehr verständliche Frage. Nur eine qualifizierte Fachperson, die dich kennenlernen kann, etwa eine Ärztin, ein Psychiater oder eine Psychotherapeutin, kann einschätzen, was los ist, und eine Diagnose stellen. Ob du eine Erkrankung hast, kann ich dir deshalb nicht sagen.",
      offer:
        "Wenn du schon in Therapie bist, darfst du deine Therapeutin oder deinen Therapeuten ganz offen fragen, was sie oder er denkt; ich kann dir helfen zu überlegen, wie du es ansprichst.",
      followUps: [
        "Welche Fragen darf ich meinem Therapeuten stellen?",
        "Wie finde ich einen Therapeuten, der zu mir passt?",
        "Wie läuft die erste Therapiestunde ab?",
      ],
    },
    medication: {
      why: "Fragen zum Beginnen, Absetzen, Ändern oder Kombinieren von Medikamenten beantwortet am besten die Person, die sie verschreibt, oder eine Apotheke, weil sie deine Gesundheit und alles, was du nimmst, kennen. Zur Sicherheit: Bitte setz ein Medikament nicht plötzlich ab und ändere nichts, ohne vorher mit ihnen zu sprechen.",
      offer: "Ich kann dir helfen zu überlegen, wie du Fragen zu Medikamenten bei deiner Ärztin oder in der Therapie ansprechen kannst.",
      followUps: ["Welche Fragen darf ich meinem Therapeuten stellen?", "Wie funktioniert Therapie?"],
    },
    personal_therapy: {
      why: "Ich freue mich wirklich, dass du dir Unterstützung suchst, aber ich bin ein Bot und kein Therapeut: Ich kann keine Therapie machen und nichts behandeln. Eine Therapeutin kann dich kennenlernen und über längere Zeit mit dir arbeiten, so wie ich es nicht kann.",
      offer:
        "Was ich kann: dir erklären, wie Therapie funktioniert, und dir helfen, das Beste daraus zu machen, zum Beispiel was dich erwartet oder wie du jemanden findest, der zu dir passt.",
      followUps: ["Wie funktioniert Therapie?", "Wie finde ich einen Therapeuten, der zu mir passt?", "Peer-Support und Therapie: was ist der Unterschied?"],
    },
    therapist_misconduct: {
      why: "Was du beschreibst, ist nicht in Ordnung, und es ist nie die Schuld der Klientin oder des Klienten, wenn ein Therapeut so eine Grenze überschreitet: Die professionellen Grenzen zu wahren, ist immer die Verantwortung des Therapeuten.",
      offer:
        "Du musst nichts sofort entscheiden; mit jemandem, dem du vertraust, oder einer anderen Fachperson darüber zu sprechen, kann helfen, und ich kann dir erklären, wie gesunde Grenzen in der Therapie aussehen.",
      followUps: ["Was bedeuten Grenzen in der Therapie?", "Was bedeutet Schweigepflicht?", "Wie finde ich einen Therapeuten, der zu mir passt?"],
    },
  },

  outOfScope: {
    intro:
      "Ich bin Alliance, ein Bot, der erklärt, wie Therapie funktioniert. Ich bin kein Therapeut. Ich helfe bei Fragen zur " +
      "Beziehung mit einer Therapeutin oder einem Therapeuten: was die therapeutische Allianz ist, warum Therapeuten „wir“ sagen, Vertrauen, " +
      "fragen, was sie von dir halten, Bedenken oder Widerspruch ansprechen, Schweigepflicht, Grenzen, die erste Stunde, " +
      "jemanden finden, der passt, und eine Therapie beenden.\n\n" +
      "Wenn es dir gerade schlecht geht, sag es mir, dann nenne ich dir ein Krisentelefon.",
    openings: { greeting: "Hallo! ", thanks: "Gern geschehen. ", about: "", unknown: "Ich bin nicht sicher, ob ich dabei helfen kann. " },
    followUps: ["Was ist die therapeutische Allianz?", "Warum sagt mein Therapeut „wir“?", "Wie spreche ich Probleme in der Therapie an?"],
  },

  smallTalk: {
    greeting:
      "Hallo! Ich bin Alliance, ein Bot, der erklärt, wie Therapie funktioniert, vor allem die Beziehung zur Therapeutin oder zum Therapeuten. " +
      "Frag mich zum Beispiel, warum Therapeuten „wir“ sagen.",
    thanks: "Gern geschehen! Schön, dass es geholfen hat. Ich bin da, wenn dir noch etwas zur Therapie einfällt.",
    praise_bot: "Danke, das ist lieb von dir! Ich bin da, wann immer du eine Frage zur Therapie hast.",
    praise_therapy:
      "Wie schön! So eine Sitzung darf man genießen. Wenn du magst, erzähl deiner Therapeutin oder deinem Therapeuten, was geholfen hat: Dann könnt ihr mehr davon machen.",
    session_ahead: "Viel Erfolg! Wenn vorher oder nachher eine Frage zur Therapie auftaucht, bin ich da.",
    session_behind: "Schön, dass du wieder da bist. Ich hoffe, es lief gut. Wenn dich etwas aus der Stunde beschäftigt, bin ich da.",
    how_are_you:
      "Danke der Nachfrage! Ich bin ein Bot, also keine guten oder schlechten Tage, aber ich bin da. Und wie geht's dir? Wenn du eine Frage zur Therapie hast, schreib sie mir.",
    acknowledgement: "Alles klar! Wenn dir noch eine Frage zur Therapie einfällt, bin ich da.",
    goodbye: "Bis bald! Pass auf dich auf, und wenn eine Frage zur Therapie auftaucht, bin ich da.",
  },

  unsupported: {
    note: "I can only answer in English, Spanish, Portuguese, French and German for now.",
    linesIntro: "If you are struggling or not safe right now: ",
  },

  directory: DE_DIRECTORY,

  fallback: {
    withLine: (line, emergencyNumber, notInRegion) =>
      "Entschuldige, ich komme gerade nicht an meine Antworten. Bitte versuch es gleich noch einmal.\n\n" +
      `Wenn es dir gerade schlecht geht oder du nicht sicher bist, erreichst du ${line}, oder ruf die ${emergencyNumber} an, wenn du in akuter Gefahr bist.` +
      (notInRegion ? ` Wenn du nicht ${inRegion(notInRegion)} bist: ${DIRECTORY_ELSEWHERE}` : "") +
      " Du verdienst Unterstützung von einem Menschen.",
    withoutLine:
      "Entschuldige, ich komme gerade nicht an meine Antworten. Bitte versuch es gleich noch einmal.\n\n" +
      "Wenn es dir gerade schlecht geht oder du nicht sicher bist, ruf die Notrufnummer deines Landes an, oder finde ein kostenloses, " +
      `vertrauliches Krisentelefon in deinem Land auf ${DIRECTORY_SITE}. Du verdienst Unterstützung von einem Menschen.`,
  },

  rateLimited: (seconds) =>
    `Du schickst mir Fragen schneller, als ich mitkomme. Bitte versuch es in etwa ${seconds} Sekunden noch einmal.\n\n` +
    "Wenn es dir gerade schlecht geht, schreib es mir, dann nenne ich dir sofort ein Krisentelefon.",
  cooldown: (seconds) =>
    `Ich beantworte pro Person eine Frage alle ${seconds} Sekunden, deshalb habe ich diese übersprungen. Frag gleich noch einmal. ` +
    "Wenn es dir gerade schlecht geht, sag es mir, dann nenne ich dir sofort ein Krisentelefon.",

  about: {
    text:
      "Hallo, ich bin **Alliance**, ein Bot, der erklärt, wie Therapie funktioniert. Ich bin kein Therapeut und kann dir keine Therapie, " +
      "keine Diagnose und keinen Rat zu Medikamenten geben.\n\n" +
      "Ich helfe bei Fragen zur Beziehung mit einer Therapeutin oder einem Therapeuten: was die therapeutische Allianz ist, warum " +
      "Therapeuten „wir“ sagen, Vertrauen, fragen, was sie von dir halten, Bedenken oder Widerspruch ansprechen, " +
      "Grenzen und das Ende einer Therapie.\n\n" +
      "**So fragst du mich:** `/ask` mit deiner Frage, erwähne mich in einem Kanal, in dem ich bin, oder schreib mir eine Direktnachricht. " +
      "`/resources` listet Krisen- und Hilfetelefone.\n\n" +
      "**Deine Nachrichten:** Ich antworte und vergesse sie. Nichts, was du schreibst, wird gespeichert oder protokolliert; die Moderation sieht nur Zahlen.\n\n" +
      "Wenn es dir gerade schlecht geht oder du nicht sicher bist, nutze `/resources` oder ruf die Notrufnummer deines Landes an. Du verdienst Unterstützung von einem Menschen.",
    followUps: ["Was ist die therapeutische Allianz?", "Warum sagt mein Therapeut „wir“?", "Wie sage ich meinem Therapeuten, dass etwas nicht passt?"],
  },

  resources: {
    text: (region, fromLocale, emergencyNumber, professional) => {
      const place = region
        ? `Die Angebote unten gelten für ${region}.${fromLocale ? ` Wenn du woanders bist: ${DIRECTORY_ELSEWHERE}` : ""}`
        : `${DIRECTORY_SITE} listet kostenlose, vertrauliche Angebote in deinem Land.`;
      const emergency = emergencyNumber ? `ruf jetzt die ${emergencyNumber} an` : "ruf jetzt die Notrufnummer deines Landes an";
      return (
        "Wenn es dir gerade schlecht geht oder du nicht sicher bist, gibt es jetzt Hilfe, und du verdienst Unterstützung von einem Menschen. " +
        `${place} Wenn du Gedanken hast, dir oder jemand anderem etwas anzutun, und danach handeln könntest, ${emergency} und, wenn du kannst, ` +
        "wende dich an jemanden, der bei dir sein kann.\n\n" +
        `Für Unterstützung, die nicht dringend ist: ${professional}\n\n` +
        "Ich bin ein Bot und kann nicht wie ein Mensch mit dir darüber reden, aber ich bin da, wenn du mich etwas fragen möchtest."
      );
    },
  },

  interactions: {
    alreadyAnswered: "Diese Anfrage wurde schon beantwortet.",
    sentPrivately: "Ich habe dir eine Direktnachricht geschickt.",
    unknownAction: "Das kenne ich nicht. Probier `/ask` mit deiner Frage, `/resources` für Hilfetelefone oder `/about`.",
    slashCommandUsage: (command) => `Frag mich nach dem Befehl etwas über Therapie, zum Beispiel: \`${command} warum sagt mein Therapeut „wir“?\``,
  },

  labels: {
    tellMeMore: "Mehr erfahren",
    resourcesTitle: { crisis: "Sprich jetzt mit jemandem", checkIn: "Wenn du jetzt jemanden brauchst", other: "Wo du Unterstützung findest" },
    youCouldAlsoAsk: "Du könntest auch fragen:",
    asked: "Gefragt:",
  },
  commands: {
    ask: "Frag zur Therapie und zur Beziehung mit deiner Therapeutin oder deinem Therapeuten",
    askQuestion: "Deine Frage, z. B. warum sagt meine Therapeutin „wir“?",
    resources: "Krisen- und Hilfetelefone, die du jetzt erreichen kannst",
    about: "Was Alliance ist, wobei es helfen kann und was es mit deinen Nachrichten macht",
  },
};
