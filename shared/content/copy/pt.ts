import { INTERNATIONAL_DIRECTORIES } from "../resources/international.ts";
import type { Copy } from "./copy.ts";
import { PT_DIRECTORY } from "./directory/pt.ts";
import { regionNamesIn } from "./region-names.ts";

/*
 * Portuguese, in a Brazilian voice that reads naturally in Portugal too: "você", no regional slang, "SMS" and
 * "emergência" (shared words). Safe messaging as in en.ts: acknowledge, help is there now, a person to be with,
 * no method details, never a closed door.
 */

/** The international directory's address, from the resource directory (never written here). */
const DIRECTORY = INTERNATIONAL_DIRECTORIES[0]!;
const DIRECTORY_SITE = DIRECTORY.url ? new URL(DIRECTORY.url).host : DIRECTORY.name;
const DIRECTORY_ELSEWHERE = `o ${DIRECTORY_SITE} reúne linhas gratuitas do seu país.`;

/** Countries said with their article in Portuguese; the rest ("Portugal", "Singapura") by name alone. */
const ARTICLES: Readonly<Record<string, "o" | "a" | "os" | "as">> = {
  BR: "o",
  GB: "o",
  US: "os",
  CA: "o",
  MX: "o",
  JP: "o",
  IN: "a",
  ZA: "a",
  NZ: "a",
  AU: "a",
  DE: "a",
  FR: "a",
  ES: "a",
  IT: "a",
  NL: "os",
  IE: "a",
  AR: "a",
  CO: "a",
  CL: "o",
  PE: "o",
  PH: "as",
  KR: "a",
  SE: "a",
  BE: "a",
  CH: "a",
  AT: "a",
  NO: "a",
  DK: "a",
  FI: "a",
  PL: "a",
  AE: "os",
  UY: "o",
  PY: "o",
  VE: "a",
  BO: "a",
  EC: "o",
  AO: "a",
  MZ: "o",
};

const cldrRegionName = regionNamesIn("pt");

function regionName(code: string | null, englishName: string): string {
  if (!code) return englishName;
  const name = cldrRegionName(code) ?? englishName;
  const article = ARTICLES[code];
  return article ? `${article} ${name}` : name;
}

/** "em o Brasil" → "no Brasil", "de os Estados Unidos" → "dos Estados Unidos". */
function contract(preposition: "em" | "de", region: string): string {
  const match = /^(o|a|os|as) (.*)$/.exec(region);
  if (!match) return `${preposition} ${region}`;
  return `${preposition === "em" ? "n" : "d"}${match[1]} ${match[2]}`;
}

/** "ligue para o 188": the emergency sentences' numbers, with "para o" unless they already carry "para". */
/** "para o 192", and "para o número de emergência local" for the phrase that already has its article. */
const para = (numbers: string) => (numbers.startsWith("para ") ? numbers : numbers.startsWith("o ") ? `para ${numbers}` : `para o ${numbers}`);

export const pt: Copy = {
  language: "pt",

  words: {
    list: (items) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} e ${items[items.length - 1]}`),
    or: (items) => items.join(" ou "),
    region: regionName,
  },

  contact: {
    call: (number) => `ligue para o ${number}`,
    /** A keyword arrives in the directory's English word order, "START to 88788". */
    text: (number) => (number.includes(" to ") ? `envie ${number.replace(" to ", " para ")}` : `envie um SMS para o ${number}`),
    whatsapp: (number) => `WhatsApp ${number}`,
    messageOnWhatsApp: (number) => `mande mensagem para ${number} no WhatsApp`,
    goTo: (url) => `acesse ${url}`,
    callOrText: (number) => `ligue ou envie um SMS para o ${number}`,
    callAndPress: (number, key) => `ligue para o ${number} e tecle ${key}`,
    textKeyword: (keyword, number) => `envie ${keyword} por SMS para o ${number}`,
  },

  emergency: {
    localNumber: "o número de emergência local",
    ambulanceFirst: (ambulance, police) => `para o ${ambulance} para uma ambulância ou para o ${police} para a polícia`,
    policeFirst: (police, ambulance) => `para o ${police} para a polícia ou para o ${ambulance} para uma ambulância`,
    ambulanceOn: (ambulance) => `uma ambulância pelo ${ambulance}`,
    localAmbulance: "uma ambulância pelo número de emergência local",
  },

  lines: {
    primary: (name, howToReach, hours) => `**${name}**: ${howToReach} (${hours}).`,
    textInstead: (textRoute) => `Se ligar for difícil, você também pode escrever: ${textRoute}.`,
    textLineInstead: (name, textRoute, hours) => `Se ligar for difícil, você pode escrever: **${name}**, ${textRoute} (${hours}).`,
    other: (name, howToReach, hours) => `**${name}** (${howToReach}, ${hours})`,
    byPhone: (name, phone) => `**${name}** por telefone (ligue para o **${phone}**)`,
    alsoReach: (lines) => `Você também pode falar com ${lines}.`,
    notInRegion: (region, directory, url) =>
      `Não está ${region ? contract("em", region) : "neste país"}? **${directory}** (${url}) reúne linhas de outros países.`,
    outsideHoursLine: (name, hours, howToReach) => `Fora desse horário, você pode falar com **${name}** (${hours}): ${howToReach}.`,
    outsideHoursEmergency: (number) =>
      number
        ? `Fora desse horário, ou se não der para esperar, ligue para o **${number}**.`
        : "Fora desse horário, ou se não der para esperar, ligue para o número de emergência local.",
    directoryOnly: (region, directory, url) =>
      `${region ? `Não tenho uma linha confirmada para ${region} para te passar, mas ` : ""}**${directory}** (${url}) mostra linhas gratuitas e confidenciais onde você está, por telefone, mensagem ou chat.`,
    noLine: "Por favor, procure agora uma linha de crise ou o serviço de emergência local.",
  },

  crisis: {
    voice: {
      suicide_self_harm: {
        opening:
          "Que bom que você me contou. O que você está passando parece muito doloroso, e você não precisa carregar isso sozinho: dá para falar com alguém agora mesmo.",
        danger: (numbers) => `Se você estiver em perigo imediato, ligue ${para(numbers)}`,
        company: "Se puder, peça a alguém de confiança para ficar com você agora, e afaste de você qualquer coisa que possa usar para se machucar.",
        closing:
          "Continuo aqui se quiser seguir conversando, e quando você se sentir pronto, contar ao seu médico ou terapeuta como as coisas têm estado pode ajudar muito.",
      },
      someone_else_at_risk: {
        opening:
          "Isso parece muito assustador, e importa que você esteja cuidando dessa pessoa. Você não precisa lidar com isso sozinho: uma linha de crise pode te orientar sobre como ajudar, e tudo bem ligar por ela.",
        danger: (numbers) => `Se essa pessoa estiver em perigo imediato, ligue ${para(numbers)}`,
        company: "Se for seguro, fique com ela ou peça a alguém que fique, e incentive com carinho que ela também procure ajuda. Cuide de você também.",
        closing: "Continuo aqui se quiser conversar sobre o que está acontecendo.",
      },
      abuse_danger: {
        opening:
          "Sinto muito que isso esteja acontecendo. Sua segurança vem primeiro, e nada disso é culpa sua. Tem gente que sabe como ajudar e está aí para você agora.",
        danger: (numbers) => `Se você estiver em perigo imediato, ligue ${para(numbers)}`,
        company: "Se puder, vá para um lugar seguro ou para perto de alguém de confiança.",
        closing: "Continuo aqui se quiser seguir conversando.",
      },
      harm_to_others: {
        opening:
          "Obrigado por dizer isso; é preciso coragem. Pensamentos assim são um sinal para buscar apoio agora, antes que algo aconteça, e há pessoas que vão te ajudar sem julgar.",
        danger: (numbers) => `Se alguém estiver em perigo imediato, ligue ${para(numbers)}`,
        company: "Se puder, se afaste dessa pessoa e de qualquer coisa que possa usar para machucar alguém, e peça a alguém de confiança para ficar com você.",
        closing: "Continuo aqui se quiser seguir conversando.",
      },
    },
    datedPlan: "Como você já pensou em quando, por favor, procure ajuda agora em vez de esperar; você merece apoio antes disso.",
    bot: "Sou um bot, então não consigo ajudar numa emergência nem avisar ninguém por você, mas as pessoas dessas linhas conseguem.",
    stillHere: "Continuo aqui se quiser seguir conversando.",
    abuseLineHelps:
      "A linha de atendimento à violência é sigilosa e pode te ajudar a planejar como ficar em segurança, mesmo que você ainda não esteja pronto para sair.",
    noAbuseLine:
      "Não tenho uma linha nacional contra a violência para te passar aqui, mas as pessoas das linhas abaixo vão te ouvir e ajudar a pensar nos próximos passos.",
    overdose: (ambulance, forSomeoneElse) =>
      forSomeoneElse
        ? `Obrigado por agir. **O que essa pessoa tomou é uma emergência médica, mesmo que ela pareça bem: alguns remédios, como o paracetamol, fazem mal horas depois. Por favor, chame ${ambulance} para ela agora, ou leve-a ao pronto-socorro mais próximo.**`
        : `Obrigado por me contar. **O que você tomou é uma emergência médica, mesmo que agora você se sinta bem: alguns remédios, como o paracetamol, fazem mal horas depois. Por favor, chame ${ambulance} agora, ou vá ao pronto-socorro mais próximo.**`,
    wound: (ambulance, forSomeoneElse) =>
      forSomeoneElse
        ? `Obrigado por agir. **Um corte fundo ou um sangramento que não para é uma emergência médica: por favor, chame ${ambulance} para essa pessoa agora, ou leve-a ao pronto-socorro mais próximo.** Enquanto espera, pressione firme o ferimento com um pano limpo.`
        : `Obrigado por me contar. **Um corte fundo ou um sangramento que não para é uma emergência médica: por favor, chame ${ambulance} agora, ou vá ao pronto-socorro mais próximo.** Enquanto espera, pressione firme o ferimento com um pano limpo.`,
    friendUnreachable: (general) =>
      `Você tem razão em se preocupar, e em agir. **Por favor, ligue agora para o ${general} e peça que alguém vá ver como está seu amigo ou amiga: conte da despedida e onde a pessoa pode estar.** Continue tentando falar com ela, e se conhecer alguém por perto, peça para ir até lá.`,
    communityRecommends: (names) => `Sua comunidade também recomenda ${names}.`,
  },

  checkIn: {
    question: {
      suicide_self_harm:
        "Parte do que você escreveu parece muito pesado, então quero perguntar diretamente: você está tendo pensamentos de suicídio ou de se machucar? Tudo bem dizer, seja qual for a resposta.",
      someone_else_at_risk:
        "Parece que você está preocupado com alguém, então quero perguntar diretamente: você acha que essa pessoa pode estar pensando em suicídio ou em se machucar? Tudo bem perguntar isso a ela também; perguntar não coloca a ideia na cabeça dela.",
      abuse_danger: "Quero saber como você está: você está em segurança agora? Alguém está te machucando, ou te deixando com medo de ser machucado?",
      harm_to_others:
        "Quero saber como você está: você está tendo pensamentos de machucar alguém, ou a si mesmo? Tudo bem dizer; é um motivo para buscar apoio, não para ser julgado.",
    },
    offer: {
      suicide_self_harm: "Se estiver, você pode falar com alguém agora",
      someone_else_at_risk: "Se ela puder estar, uma linha pode te orientar sobre como ajudar",
      abuse_danger: "Se não estiver, ou não tiver certeza, você pode falar com alguém agora",
      harm_to_others: "Se estiver, você pode falar com alguém agora",
    },
    offerLine: (offer, name, howToReach, hours) => `${offer}: **${name}**, ${howToReach}${hours ? ` (${hours})` : ""}.`,
    offerDirectory: (offer, directory, url) => `${offer}: **${directory}** (${url}) mostra linhas gratuitas e confidenciais onde você está.`,
    offerNoLine: (offer) => `${offer}: por favor, procure uma linha de crise local.`,
    danger: {
      suicide_self_harm: (numbers) => `Se você estiver em perigo imediato, ligue ${para(numbers)}.`,
      someone_else_at_risk: (numbers) => `Se essa pessoa estiver em perigo imediato, ligue ${para(numbers)}.`,
      abuse_danger: (numbers) => `Se você estiver em perigo imediato, ligue ${para(numbers)}.`,
      harm_to_others: (numbers) => `Se alguém estiver em perigo imediato, ligue ${para(numbers)}.`,
    },
    bot: "Sou um bot, mas continuo aqui se quiser seguir conversando.",
  },

  redirect: {
    diagnosis: {
      why: "É muito compreensível se perguntar isso. Só um profissional qualificado que possa te conhecer, como um médico, psiquiatra ou psicólogo, pode avaliar o que está acontecendo e dar um diagnóstico, então não posso dizer se você tem um transtorno.",
      offer: "Se você já faz terapia, tudo bem perguntar ao seu terapeuta o que ele acha; posso te ajudar a pensar em como puxar o assunto.",
      followUps: ["Que perguntas posso fazer ao terapeuta?", "Como encontro um terapeuta que combine comigo?", "O que acontece na primeira sessão?"],
    },
    medication: {
      why: "Dúvidas sobre começar, parar, mudar ou misturar remédios são mais bem respondidas por quem receita, ou por um farmacêutico, porque conhecem sua saúde e tudo o que você toma. Como cuidado geral, por favor, não pare nem mude um remédio de repente sem falar com eles antes.",
      offer: "Posso te ajudar a pensar em como levar suas dúvidas sobre remédios a quem receita ou ao seu terapeuta.",
      followUps: ["Que perguntas posso fazer ao terapeuta?", "Como a terapia funciona?"],
    },
    personal_therapy: {
      why: "Fico feliz que você esteja buscando apoio, mas sou um bot, não um terapeuta, então não posso fazer terapia nem tratar nada. Um terapeuta pode te conhecer e trabalhar com você ao longo do tempo de um jeito que eu não consigo.",
      offer:
        "O que posso fazer é explicar como a terapia funciona e ajudar você a aproveitá-la ao máximo: o que esperar ou como encontrar alguém que combine com você.",
      followUps: ["Como a terapia funciona?", "Como encontro um terapeuta que combine comigo?", "Qual a diferença entre apoio de pares e terapia?"],
    },
    therapist_misconduct: {
      why: "O que você descreve não está certo, e nunca é culpa do paciente quando um terapeuta passa dos limites assim: manter os limites profissionais é sempre responsabilidade do terapeuta.",
      offer:
        "Você não precisa decidir nada agora; conversar com alguém de confiança, ou com outro profissional, pode ajudar, e posso explicar como são limites saudáveis na terapia.",
      followUps: ["Quais são os limites na relação terapêutica?", "O que é sigilo na terapia?", "Como encontro um terapeuta que combine comigo?"],
    },
  },

  outOfScope: {
    intro:
      "Sou a Alliance, um bot que explica como a terapia funciona. Não sou terapeuta. Posso ajudar com perguntas sobre " +
      'a relação com seu terapeuta: o que é a aliança terapêutica, por que terapeutas dizem "nós", como construir confiança, ' +
      "perguntar o que ele pensa de você, levar uma preocupação ou um desacordo, sigilo, limites, a primeira sessão, " +
      "encontrar alguém que combine com você e encerrar a terapia.\n\n" +
      "Se você estiver passando por um momento difícil agora, me diga e eu te passo uma linha de crise.",
    openings: { greeting: "Oi! ", thanks: "De nada. ", about: "", unknown: "Não tenho certeza se consigo ajudar com isso. " },
    followUps: ["O que é a aliança terapêutica?", "Por que meu terapeuta diz 'nós'?", "Como digo ao terapeuta que algo não está legal?"],
  },

  smallTalk: {
    greeting:
      "Oi! Sou a Alliance, um bot que explica como a terapia funciona, principalmente a relação com o terapeuta. " +
      'Pode perguntar, por exemplo, por que terapeutas dizem "nós" ou como falar de uma preocupação.',
    thanks: "De nada! Que bom que ajudou. Estou aqui se surgir qualquer outra dúvida sobre terapia.",
    praise_bot: "Obrigada, que gentileza! Estou aqui sempre que você tiver uma pergunta sobre terapia.",
    praise_therapy:
      "Que bom ler isso! Sessões assim merecem ser aproveitadas. Se quiser, contar ao seu terapeuta o que ajudou é um bom jeito de fazerem mais disso juntos.",
    session_ahead: "Boa sessão! Se surgir alguma pergunta sobre terapia antes ou depois, estou aqui.",
    session_behind: "Oi de novo! Espero que tenha sido boa. Se ficou alguma coisa da terapia na cabeça, estou aqui.",
    how_are_you:
      "Obrigada por perguntar! Sou um bot, então não tenho dias bons ou ruins, mas estou aqui. E você, como está? Se tiver alguma pergunta sobre terapia, é só falar.",
    acknowledgement: "Combinado! Se surgir outra pergunta sobre terapia, estou aqui.",
    goodbye: "Até mais! Se cuida, e estou aqui se surgir alguma pergunta sobre terapia.",
  },

  unsupported: {
    note: "I can only answer in English, Spanish, Portuguese, French and German for now.",
    linesIntro: "If you are struggling or not safe right now: ",
  },

  directory: PT_DIRECTORY,

  fallback: {
    withLine: (line, emergencyNumber, notInRegion) =>
      "Desculpe, não consigo acessar minhas respostas agora. Tente de novo daqui a pouco.\n\n" +
      `Se você estiver passando por um momento difícil ou não estiver em segurança agora, pode falar com ${line}, ou ligar para o ${emergencyNumber} se estiver em perigo imediato.` +
      (notInRegion ? ` Se você não estiver ${contract("em", notInRegion)}, ${DIRECTORY_ELSEWHERE}` : "") +
      " Você merece o apoio de uma pessoa.",
    withoutLine:
      "Desculpe, não consigo acessar minhas respostas agora. Tente de novo daqui a pouco.\n\n" +
      "Se você estiver passando por um momento difícil ou não estiver em segurança agora, ligue para o número de emergência local, " +
      `ou encontre uma linha de apoio gratuita e sigilosa do seu país em ${DIRECTORY_SITE}. Você merece o apoio de uma pessoa.`,
  },

  rateLimited: (seconds) =>
    `Você está mandando perguntas mais rápido do que eu consigo acompanhar. Tente de novo em uns ${seconds} segundos.\n\n` +
    "Se você estiver passando por um momento difícil agora, me diga numa mensagem e eu te passo uma linha de crise na hora.",
  cooldown: (seconds) =>
    `Respondo uma pergunta a cada ${seconds} segundos por pessoa, então pulei essa. Pergunte de novo daqui a pouco. ` +
    "Se você estiver passando por um momento difícil agora, me diga e eu te passo uma linha de crise na hora.",

  about: {
    text:
      "Oi, eu sou a **Alliance**, um bot que explica como a terapia funciona. Não sou terapeuta e não posso fazer terapia, " +
      "dar diagnóstico nem orientar sobre remédios.\n\n" +
      "Posso ajudar com perguntas sobre a relação com seu terapeuta: o que é a aliança terapêutica, por que terapeutas " +
      'dizem "nós", como construir confiança, perguntar o que ele pensa de você, levar uma preocupação ou um desacordo, ' +
      "limites e encerrar a terapia.\n\n" +
      "**Como perguntar:** `/ask` com sua pergunta, me mencione num canal em que eu esteja, ou me mande uma mensagem direta. " +
      "`/resources` mostra linhas de crise e de apoio.\n\n" +
      "**Suas mensagens:** eu respondo e esqueço. Nada do que você escreve é guardado nem registrado; os moderadores só veem contagens.\n\n" +
      "Se você estiver passando por um momento difícil ou não estiver em segurança agora, use `/resources` ou ligue para o número de emergência local. Você merece o apoio de uma pessoa.",
    followUps: ["O que é a aliança terapêutica?", "Por que meu terapeuta diz 'nós'?", "Como digo ao terapeuta que algo não está legal?"],
  },

  resources: {
    text: (region, fromLocale, emergencyNumber, professional) => {
      const place = region
        ? `As linhas abaixo são ${contract("de", region)}.${fromLocale ? ` Se você estiver em outro lugar, ${DIRECTORY_ELSEWHERE}` : ""}`
        : `O ${DIRECTORY_SITE} reúne linhas gratuitas e sigilosas do seu país.`;
      const emergency = emergencyNumber ? `ligue para o ${emergencyNumber}` : "ligue para o número de emergência local";
      return (
        "Se você estiver passando por um momento difícil ou não estiver em segurança agora, há ajuda disponível já, e você merece o apoio de uma pessoa. " +
        `${place} Se você acha que pode agir sobre pensamentos de machucar a si mesmo ou outra pessoa, ${emergency} agora e, se puder, ` +
        "procure alguém que possa ficar com você.\n\n" +
        `Para apoio que não é urgente: ${professional}\n\n` +
        "Sou um bot, então não consigo conversar sobre isso a fundo com você, mas continuo aqui se quiser me perguntar algo."
      );
    },
  },

  interactions: {
    alreadyAnswered: "Este pedido já foi respondido.",
    sentPrivately: "Te mandei uma mensagem direta.",
    unknownAction: "Não conheço esse. Tente `/ask` com sua pergunta, `/resources` para linhas de apoio, ou `/about`.",
    slashCommandUsage: (command) => `Me pergunte algo sobre terapia depois do comando, por exemplo: \`${command} por que meu terapeuta diz "nós"?\``,
  },

  labels: {
    tellMeMore: "Quero saber mais",
    resourcesTitle: { crisis: "Fale com alguém agora", checkIn: "Se precisar de alguém agora", other: "Onde encontrar apoio" },
    youCouldAlsoAsk: "Você também pode perguntar:",
    asked: "Pergunta:",
  },
  commands: {
    ask: "Pergunte sobre terapia e a relação com o seu terapeuta",
    askQuestion: 'A sua pergunta, p. ex. por que meu terapeuta diz "nós"?',
    resources: "Linhas de crise e de apoio que você pode contatar agora",
    about: "O que é a Alliance, em que pode ajudar e o que faz com as suas mensagens",
  },
};
