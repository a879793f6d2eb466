import { INTERNATIONAL_DIRECTORIES } from "../resources/international.ts";
import type { Copy } from "./copy.ts";
import { ES_DIRECTORY } from "./directory/es.ts";
import { regionNamesIn } from "./region-names.ts";

/*
 * Spanish, written for members from Mexico to Spain: "tú" throughout (understood everywhere, and warmer than
 * "usted" in a chat), words shared by both sides of the Atlantic. Safe messaging as in en.ts: acknowledge, help
 * is there now, a person to be with, no method details, never a closed door.
 */

/** The international directory's address, from the resource directory (never written here). */
const DIRECTORY = INTERNATIONAL_DIRECTORIES[0]!;
const DIRECTORY_SITE = DIRECTORY.url ? new URL(DIRECTORY.url).host : DIRECTORY.name;
const DIRECTORY_ELSEWHERE = `${DIRECTORY_SITE} reúne líneas gratuitas de tu país.`;

/** Countries said with their article in Spanish; the rest by name alone. */
const WITH_ARTICLE: Readonly<Record<string, string>> = {
  GB: "el Reino Unido",
  NL: "los Países Bajos",
  IN: "la India",
  AE: "los Emiratos Árabes Unidos",
  PH: "Filipinas",
};

const cldrRegionName = regionNamesIn("es");

function regionName(code: string | null, englishName: string): string {
  if (!code) return englishName;
  return WITH_ARTICLE[code] ?? cldrRegionName(code) ?? englishName;
}

/** "de el Reino Unido" → "del Reino Unido". */
const de = (region: string) => (region.startsWith("el ") ? `del ${region.slice(3)}` : `de ${region}`);

/** "llama al 911": the emergency sentences' numbers, with "al" unless they already carry it. */
/** "al 911", and "al número de emergencias…" for the phrase that already has its article ("el número…"). */
const al = (numbers: string) => (numbers.startsWith("al ") ? numbers : numbers.startsWith("el ") ? `al ${numbers.slice(3)}` : `al ${numbers}`);

/** "y" before a word starting with an i-sound becomes "e" ("Inglaterra e Irlanda"). */
function y(next: string): string {
  return /^(?:\*\*)?h?i(?![aeiouáéíóú])/i.test(next) ? "e" : "y";
}

export const es: Copy = {
  language: "es",

  words: {
    list: (items) => {
      if (items.length <= 1) return items.join("");
      const last = items[items.length - 1]!;
      return `${items.slice(0, -1).join(", ")} ${y(last)} ${last}`;
    },
    or: (items) => items.join(" o "),
    region: regionName,
  },

  contact: {
    call: (number) => `llama ${al(number)}`,
    /** A keyword arrives in the directory's English word order, "START to 88788". */
    text: (number) => (number.includes(" to ") ? `envía ${number.replace(" to ", " al ")}` : `envía un SMS al ${number}`),
    whatsapp: (number) => `WhatsApp ${number}`,
    messageOnWhatsApp: (number) => `escribe al ${number} por WhatsApp`,
    goTo: (url) => `entra en ${url}`,
    callOrText: (number) => `llama o envía un SMS al ${number}`,
    callAndPress: (number, key) => `llama al ${number} y marca el ${key}`,
    textKeyword: (keyword, number) => `envía ${keyword} por SMS al ${number}`,
  },

  emergency: {
    localNumber: "el número de emergencias de tu zona",
    ambulanceFirst: (ambulance, police) => `al ${ambulance} para una ambulancia o al ${police} para la policía`,
    policeFirst: (police, ambulance) => `al ${police} para la policía o al ${ambulance} para una ambulancia`,
    ambulanceOn: (ambulance) => `una ambulancia al ${ambulance}`,
    localAmbulance: "una ambulancia al número de emergencias de tu zona",
  },

  lines: {
    primary: (name, howToReach, hours) => `**${name}**: ${howToReach} (${hours}).`,
    textInstead: (textRoute) => `Si llamar se te hace difícil, también puedes escribir: ${textRoute}.`,
    textLineInstead: (name, textRoute, hours) => `Si llamar se te hace difícil, puedes escribir: **${name}**, ${textRoute} (${hours}).`,
    other: (name, howToReach, hours) => `**${name}** (${howToReach}, ${hours})`,
    byPhone: (name, phone) => `**${name}** por teléfono (llama al **${phone}**)`,
    alsoReach: (lines) => `También puedes contactar con ${lines}.`,
    notInRegion: (region, directory, url) => `¿No estás en ${region ?? "este país"}? **${directory}** (${url}) reúne líneas de otros países.`,
    outsideHoursLine: (name, hours, howToReach) => `Fuera de ese horario, puedes contactar con **${name}** (${hours}): ${howToReach}.`,
    outsideHoursEmergency: (number) =>
      number
        ? `Fuera de ese horario, o si no puedes esperar, llama al **${number}**.`
        : "Fuera de ese horario, o si no puedes esperar, llama al número de emergencias de tu zona.",
    directoryOnly: (region, directory, url) =>
      `${region ? `No tengo una línea confirmada para ${region} que darte, pero ` : ""}**${directory}** (${url}) muestra líneas gratuitas y confidenciales donde estás, por teléfono, mensaje o chat.`,
    noLine: "Por favor, contacta ahora con una línea de crisis o con los servicios de emergencia de tu zona.",
  },

  crisis: {
    voice: {
      suicide_self_harm: {
        opening:
          "Me alegra mucho que me lo hayas contado. Lo que estás viviendo suena muy doloroso, y no tienes que cargarlo solo ni sola: puedes hablar con alguien ahora mismo.",
        danger: (numbers) => `Si estás en peligro inmediato, llama ${al(numbers)}`,
        company: "Si puedes, pide a alguien de confianza que esté contigo ahora, y aleja de ti cualquier cosa con la que podrías hacerte daño.",
        closing:
          "Sigo aquí si quieres seguir hablando, y cuando te sientas preparado o preparada, contarle a tu médico o a tu terapeuta cómo has estado puede ayudar mucho.",
      },
      someone_else_at_risk: {
        opening:
          "Suena muy angustiante, y es importante que estés pendiente de esa persona. No tienes que afrontarlo solo ni sola: una línea de crisis puede orientarte sobre cómo ayudar, y está bien llamar por ella.",
        danger: (numbers) => `Si esa persona está en peligro inmediato, llama ${al(numbers)}`,
        company: "Si es seguro, quédate con esa persona o pide a alguien que lo haga, y anímala con cariño a pedir ayuda también. Cuídate tú también.",
        closing: "Sigo aquí si quieres contarme qué está pasando.",
      },
      abuse_danger: {
        opening:
          "Siento mucho que te esté pasando esto. Tu seguridad es lo primero, y nada de esto es culpa tuya. Hay personas que saben cómo ayudarte y están ahí para ti ahora.",
        danger: (numbers) => `Si estás en peligro inmediato, llama ${al(numbers)}`,
        company: "Si puedes, ve a un lugar seguro o con alguien de confianza.",
        closing: "Sigo aquí si quieres seguir hablando.",
      },
      harm_to_others: {
        opening:
          "Gracias por decirlo; hace falta valor. Pensamientos así son una señal para buscar apoyo ahora, antes de que pase nada, y hay personas que te ayudarán sin juzgarte.",
        danger: (numbers) => `Si alguien está en peligro inmediato, llama ${al(numbers)}`,
        company:
          "Si puedes, pon distancia entre tú y esa persona, y entre tú y cualquier cosa con la que podrías hacer daño, y pide a alguien de confianza que esté contigo.",
        closing: "Sigo aquí si quieres seguir hablando.",
      },
    },
    datedPlan: "Como ya has pensado en cuándo, por favor, pide ayuda ahora en vez de esperar; mereces apoyo antes de ese momento.",
    bot: "Soy un bot, así que no puedo ayudar en una emergencia ni avisar a nadie por ti, pero las personas de estas líneas sí pueden.",
    stillHere: "Sigo aquí si quieres seguir hablando.",
    abuseLineHelps:
      "La línea de atención a la violencia es confidencial y puede ayudarte a planear cómo estar a salvo, aunque todavía no estés lista o listo para irte.",
    noAbuseLine:
      "No tengo una línea nacional contra la violencia que darte aquí, pero las personas de las líneas de abajo te escucharán y te ayudarán a pensar qué hacer.",
    overdose: (ambulance, forSomeoneElse) =>
      forSomeoneElse
        ? `Gracias por actuar. **Lo que ha tomado es una urgencia médica, aunque parezca estar bien: algunos medicamentos, como el paracetamol, hacen daño horas después. Por favor, pide ${ambulance} para esa persona ahora, o llévala a urgencias.**`
        : `Gracias por contármelo. **Lo que has tomado es una urgencia médica, aunque ahora te sientas bien: algunos medicamentos, como el paracetamol, hacen daño horas después. Por favor, pide ${ambulance} ahora, o ve a urgencias.**`,
    wound: (ambulance, forSomeoneElse) =>
      forSomeoneElse
        ? `Gracias por actuar. **Un corte profundo o una herida que no deja de sangrar es una urgencia médica: por favor, pide ${ambulance} para esa persona ahora, o llévala a urgencias.** Mientras esperáis, presiona con firmeza la herida con un paño limpio.`
        : `Gracias por contármelo. **Un corte profundo o una herida que no deja de sangrar es una urgencia médica: por favor, pide ${ambulance} ahora, o ve a urgencias.** Mientras esperas, presiona con firmeza la herida con un paño limpio.`,
    friendUnreachable: (general) =>
      `Tienes razón en preocuparte, y en actuar. **Por favor, llama ahora al ${general} y pide que vayan a ver a tu amigo o amiga: cuéntales lo de la despedida y dónde podría estar.** Sigue intentando contactar, y si conoces a alguien cerca, pídele que vaya.`,
    communityRecommends: (names) => `Tu comunidad también recomienda ${names}.`,
  },

  checkIn: {
    question: {
      suicide_self_harm:
        "Algo de lo que escribiste suena muy pesado, así que quiero preguntártelo directamente: ¿estás pensando en suicidarte o en hacerte daño? Está bien decirlo, sea cual sea la respuesta.",
      someone_else_at_risk:
        "Parece que te preocupa alguien, así que quiero preguntarlo directamente: ¿crees que esa persona podría estar pensando en suicidarse o en hacerse daño? También está bien preguntárselo a ella; preguntar no le mete la idea en la cabeza.",
      abuse_danger: "Quiero preguntarte cómo estás: ¿estás a salvo ahora mismo? ¿Alguien te está haciendo daño, o te da miedo que te lo haga?",
      harm_to_others:
        "Quiero preguntarte cómo estás: ¿estás pensando en hacerle daño a alguien, o a ti? Está bien decirlo; es un motivo para buscar apoyo, no para que te juzguen.",
    },
    offer: {
      suicide_self_harm: "Si es así, puedes hablar con alguien ahora",
      someone_else_at_risk: "Si podría ser, una línea puede orientarte sobre cómo ayudar",
      abuse_danger: "Si no lo estás, o no estás seguro o segura, puedes hablar con alguien ahora",
      harm_to_others: "Si es así, puedes hablar con alguien ahora",
    },
    offerLine: (offer, name, howToReach, hours) => `${offer}: **${name}**, ${howToReach}${hours ? ` (${hours})` : ""}.`,
    offerDirectory: (offer, directory, url) => `${offer}: **${directory}** (${url}) muestra líneas gratuitas y confidenciales donde estás.`,
    offerNoLine: (offer) => `${offer}: por favor, contacta con una línea de crisis de tu zona.`,
    danger: {
      suicide_self_harm: (numbers) => `Si estás en peligro inmediato, llama ${al(numbers)}.`,
      someone_else_at_risk: (numbers) => `Si esa persona está en peligro inmediato, llama ${al(numbers)}.`,
      abuse_danger: (numbers) => `Si estás en peligro inmediato, llama ${al(numbers)}.`,
      harm_to_others: (numbers) => `Si alguien está en peligro inmediato, llama ${al(numbers)}.`,
    },
    bot: "Soy un bot, pero sigo aquí si quieres seguir hablando.",
  },

  redirect: {
    diagnosis: {
      why: "Es muy comprensible que te lo preguntes. Solo un profesional cualificado que pueda conocerte, como un médico, un psiquiatra o un psicólogo clínico, puede evaluar lo que te pasa y dar un diagnóstico, así que no puedo decirte si tienes un trastorno.",
      offer: "Si ya vas a terapia, está perfectamente bien preguntarle a tu terapeuta qué piensa; puedo ayudarte a pensar cómo sacar el tema.",
      followUps: ["¿Qué preguntas le puedo hacer a un terapeuta?", "¿Cómo encuentro un terapeuta que encaje conmigo?", "¿Qué pasa en la primera sesión?"],
    },
    medication: {
      why: "Las dudas sobre empezar, dejar, cambiar o mezclar medicación las responde mejor quien te la receta, o un farmacéutico, porque conocen tu salud y todo lo que tomas. Como precaución general, por favor, no dejes ni cambies un medicamento de golpe sin hablarlo antes con ellos.",
      offer: "Puedo ayudarte a pensar cómo plantear tus dudas sobre la medicación a quien te la receta o a tu terapeuta.",
      followUps: ["¿Qué preguntas le puedo hacer a un terapeuta?", "¿Cómo funciona la terapia?"],
    },
    personal_therapy: {
      why: "Me alegra mucho que busques apoyo, pero soy un bot, no un terapeuta, así que no puedo hacer terapia ni tratar nada. Un terapeuta puede conocerte y trabajar contigo a lo largo del tiempo de una forma que yo no puedo.",
      offer:
        "Lo que sí puedo es explicarte cómo funciona la terapia y ayudarte a sacarle el máximo partido: qué esperar o cómo encontrar a alguien que encaje contigo.",
      followUps: [
        "¿Cómo funciona la terapia?",
        "¿Cómo encuentro un terapeuta que encaje conmigo?",
        "¿En qué se diferencia el apoyo entre iguales de la terapia?",
      ],
    },
    therapist_misconduct: {
      why: "Lo que describes no está bien, y nunca es culpa del paciente cuando un terapeuta cruza una línea así: mantener los límites profesionales es siempre responsabilidad del terapeuta.",
      offer:
        "No tienes que decidir nada ahora; hablarlo con alguien de confianza, o con otro profesional, puede ayudar, y puedo explicarte cómo son unos límites sanos en terapia.",
      followUps: [
        "¿Qué límites hay en la relación terapéutica?",
        "¿Qué es la confidencialidad en terapia?",
        "¿Cómo encuentro un terapeuta que encaje conmigo?",
      ],
    },
  },

  outOfScope: {
    intro:
      "Soy Alliance, un bot que explica cómo funciona la terapia. No soy terapeuta. Puedo ayudarte con preguntas sobre " +
      'la relación con tu terapeuta: qué es la alianza terapéutica, por qué los terapeutas dicen "nosotros", cómo se construye la confianza, ' +
      "preguntar qué piensa de ti, plantear una preocupación o un desacuerdo, la confidencialidad, los límites, la primera sesión, " +
      "encontrar a alguien que encaje contigo y terminar la terapia.\n\n" +
      "Si ahora mismo lo estás pasando mal, dímelo y te daré una línea de crisis.",
    openings: { greeting: "¡Hola! ", thanks: "De nada. ", about: "", unknown: "No estoy seguro de poder ayudarte con eso. " },
    followUps: ["¿Qué es la alianza terapéutica?", "¿Por qué mi terapeuta dice 'nosotros'?", "¿Cómo le digo a mi terapeuta que algo no va bien?"],
  },

  smallTalk: {
    greeting:
      "¡Hola! Soy Alliance, un bot que explica cómo funciona la terapia, sobre todo la relación con tu terapeuta. " +
      'Pregúntame, por ejemplo, por qué dicen "nosotros" o cómo plantear algo que te preocupa.',
    thanks: "¡De nada! Me alegra que te haya servido. Aquí estoy si te surge cualquier otra duda sobre la terapia.",
    praise_bot: "¡Gracias, qué amable! Aquí estoy cuando tengas una pregunta sobre la terapia.",
    praise_therapy:
      "¡Qué bien leer eso! Las sesiones así hay que disfrutarlas. Si quieres, contarle a tu terapeuta qué te ayudó es una buena forma de hacer más de eso juntos.",
    session_ahead: "¡Que te vaya bien! Si te surge alguna pregunta sobre la terapia antes o después, aquí estoy.",
    session_behind: "¡Hola de nuevo! Espero que haya ido bien. Si te quedó algo de la terapia dando vueltas, aquí estoy.",
    how_are_you:
      "¡Gracias por preguntar! Soy un bot, así que no tengo días buenos ni malos, pero aquí estoy. ¿Y tú cómo estás? Si tienes alguna pregunta sobre la terapia, cuéntame.",
    acknowledgement: "¡Genial! Si te surge otra pregunta sobre la terapia, aquí estoy.",
    goodbye: "¡Hasta pronto! Cuídate, y aquí estaré si te surge alguna pregunta sobre la terapia.",
  },

  unsupported: {
    note: "I can only answer in English, Spanish, Portuguese, French and German for now.",
    linesIntro: "If you are struggling or not safe right now: ",
  },

  directory: ES_DIRECTORY,

  fallback: {
    withLine: (line, emergencyNumber, notInRegion) =>
      "Lo siento, ahora mismo no puedo acceder a mis respuestas. Vuelve a intentarlo dentro de un rato.\n\n" +
      `Si lo estás pasando mal o no estás a salvo ahora mismo, puedes contactar con ${line}, o llamar al ${emergencyNumber} si estás en peligro inmediato.` +
      (notInRegion ? ` Si no estás en ${notInRegion}, ${DIRECTORY_ELSEWHERE}` : "") +
      " Mereces el apoyo de una persona.",
    withoutLine:
      "Lo siento, ahora mismo no puedo acceder a mis respuestas. Vuelve a intentarlo dentro de un rato.\n\n" +
      "Si lo estás pasando mal o no estás a salvo ahora mismo, llama al número de emergencias de tu zona, o busca una línea " +
      `de ayuda gratuita y confidencial de tu país en ${DIRECTORY_SITE}. Mereces el apoyo de una persona.`,
  },

  rateLimited: (seconds) =>
    `Me estás enviando preguntas más rápido de lo que puedo responder. Vuelve a intentarlo en unos ${seconds} segundos.\n\n` +
    "Si ahora mismo lo estás pasando mal, dímelo en un mensaje y te daré una línea de crisis enseguida.",
  cooldown: (seconds) =>
    `Respondo una pregunta cada ${seconds} segundos por persona, así que me he saltado esa. Vuelve a preguntar en un momento. ` +
    "Si ahora mismo lo estás pasando mal, dímelo y te daré una línea de crisis enseguida.",

  about: {
    text:
      "Hola, soy **Alliance**, un bot que explica cómo funciona la terapia. No soy terapeuta y no puedo hacerte terapia, " +
      "darte un diagnóstico ni aconsejarte sobre medicación.\n\n" +
      "Puedo ayudarte con preguntas sobre la relación con tu terapeuta: qué es la alianza terapéutica, por qué los " +
      'terapeutas dicen "nosotros", cómo se construye la confianza, preguntar qué piensa de ti, plantear una preocupación o un desacuerdo, ' +
      "los límites y terminar la terapia.\n\n" +
      "**Cómo preguntar:** `/ask` con tu pregunta, mencióname en un canal donde esté, o envíame un mensaje directo. " +
      "`/resources` muestra líneas de crisis y de apoyo.\n\n" +
      "**Tus mensajes:** respondo y los olvido. Nada de lo que escribes se guarda ni se registra; los moderadores solo ven recuentos.\n\n" +
      "Si lo estás pasando mal o no estás a salvo ahora mismo, usa `/resources` o llama al número de emergencias de tu zona. Mereces el apoyo de una persona.",
    followUps: ["¿Qué es la alianza terapéutica?", "¿Por qué mi terapeuta dice 'nosotros'?", "¿Cómo le digo a mi terapeuta que algo no va bien?"],
  },

  resources: {
    text: (region, fromLocale, emergencyNumber, professional) => {
      const place = region
        ? `Las líneas de abajo son ${de(region)}.${fromLocale ? ` Si estás en otro lugar, ${DIRECTORY_ELSEWHERE}` : ""}`
        : `${DIRECTORY_SITE} reúne líneas gratuitas y confidenciales de tu país.`;
      const emergency = emergencyNumber ? `llama al ${emergencyNumber}` : "llama al número de emergencias de tu zona";
      return (
        "Si lo estás pasando mal o no estás a salvo ahora mismo, hay ayuda disponible ya, y mereces el apoyo de una persona. " +
        `${place} Si crees que podrías actuar sobre pensamientos de hacerte daño o de hacérselo a otra persona, ${emergency} ahora y, si puedes, ` +
        "busca a alguien que pueda estar contigo.\n\n" +
        `Para apoyo que no es urgente: ${professional}\n\n` +
        "Soy un bot, así que no puedo hablarlo contigo a fondo, pero sigo aquí si quieres preguntarme algo."
      );
    },
  },

  interactions: {
    alreadyAnswered: "Esta petición ya se respondió.",
    sentPrivately: "Te he enviado un mensaje directo.",
    unknownAction: "Eso no lo conozco. Prueba `/ask` con tu pregunta, `/resources` para ver líneas de apoyo, o `/about`.",
    slashCommandUsage: (command) => `Pregúntame algo sobre la terapia después del comando, por ejemplo: \`${command} ¿por qué mi terapeuta dice "nosotros"?\``,
  },

  labels: {
    tellMeMore: "Cuéntame más",
    resourcesTitle: { crisis: "Habla con alguien ahora", checkIn: "Si necesitas a alguien ahora", other: "Dónde encontrar apoyo" },
    youCouldAlsoAsk: "También podrías preguntar:",
    asked: "Pregunta:",
  },
  commands: {
    ask: "Pregunta sobre la terapia y la relación con tu terapeuta",
    askQuestion: 'Tu pregunta, p. ej. ¿por qué mi terapeuta dice "nosotros"?',
    resources: "Líneas de crisis y de apoyo a las que puedes llamar ahora",
    about: "Qué es Alliance, en qué puede ayudarte y qué hace con tus mensajes",
  },
};
