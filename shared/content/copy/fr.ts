import { INTERNATIONAL_DIRECTORIES } from "../resources/international.ts";
import type { Copy } from "./copy.ts";
import { FR_DIRECTORY } from "./directory/fr.ts";
import { regionNamesIn } from "./region-names.ts";

/*
 * French, for members in France, Belgium, Switzerland and Québec: "tu" throughout (peer-support chat says "tu";
 * it is warmer than "vous" and no region finds it rude online), words shared by all four. Safe messaging as in
 * en.ts: acknowledge, help is there now, a person to be with, no method details, never a closed door.
 */

/** The international directory's address, from the resource directory (never written here). */
const DIRECTORY = INTERNATIONAL_DIRECTORIES[0]!;
const DIRECTORY_SITE = DIRECTORY.url ? new URL(DIRECTORY.url).host : DIRECTORY.name;
const DIRECTORY_ELSEWHERE = `${DIRECTORY_SITE} recense des lignes gratuites dans ton pays.`;

const cldrRegionName = regionNamesIn("fr");

/** Countries whose French name takes "le" (and "au"); plural ones take "les" (and "aux"). Others are feminine or bare. */
const MASCULINE = new Set(["CA", "GB", "BR", "PT", "JP", "MX", "DK", "CL", "LU", "MA", "SN", "PE", "VE"]);
const PLURAL = new Set(["US", "NL", "PH", "AE"]);
/** Islands and city-states said without an article ("à Singapour", "à Malte"). */
const BARE = new Set(["SG", "MT", "MC", "CY"]);

/** "la France", "le Canada", "les États-Unis", "l'Irlande", "Singapour". */
function regionName(code: string | null, englishName: string): string {
  if (!code) return englishName;
  const name = cldrRegionName(code) ?? englishName;
  if (BARE.has(code)) return name;
  if (PLURAL.has(code)) return `les ${name}`;
  if (/^[AEÉIOUY]/i.test(name)) return `l'${name}`;
  return MASCULINE.has(code) ? `le ${name}` : `la ${name}`;
}

/** Where one is: "en France", "au Canada", "aux États-Unis", "en Irlande", "à Singapour"; null: "dans ce pays". */
function inRegion(region: string | null): string {
  if (!region) return "dans ce pays";
  if (region.startsWith("la ")) return `en ${region.slice(3)}`;
  if (region.startsWith("l'")) return `en ${region.slice(2)}`;
  if (region.startsWith("le ")) return `au ${region.slice(3)}`;
  if (region.startsWith("les ")) return `aux ${region.slice(4)}`;
  return `à ${region}`;
}

/** "appelle le 15": French says a number with "le"; the emergency sentences' numbers arrive formatted. */
const le = (numbers: string) => (/^(?:\*\*)?\d/.test(numbers) ? `le ${numbers}` : numbers);

export const fr: Copy = {
  language: "fr",

  words: {
    list: (items) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} et ${items[items.length - 1]}`),
    or: (items) => items.join(" ou "),
    region: regionName,
  },

  contact: {
    call: (number) => `appelle le ${number}`,
    /** A keyword may arrive in the directory's English word order, "START to 88788". */
    text: (number) => (number.includes(" to ") ? `envoie ${number.replace(" to ", " au ")}` : `envoie un SMS au ${number}`),
    whatsapp: (number) => `WhatsApp ${number}`,
    messageOnWhatsApp: (number) => `écris au ${number} sur WhatsApp`,
    goTo: (url) => `va sur ${url}`,
    callOrText: (number) => `appelle ou envoie un SMS au ${number}`,
    callAndPress: (number, key) => `appelle le ${number} et tape ${key}`,
    /** A keyword arrives in the directory's word order ("START to 88788"); French keeps "envoie … au …". */
    textKeyword: (keyword, number) => `envoie ${keyword} au ${number}`,
  },

  emergency: {
    localNumber: "le numéro d'urgence de ton pays",
    ambulanceFirst: (ambulance, police) => `le ${ambulance} pour une ambulance ou le ${police} pour la police`,
    policeFirst: (police, ambulance) => `le ${police} pour la police ou le ${ambulance} pour une ambulance`,
    ambulanceOn: (ambulance) => `une ambulance au ${ambulance}`,
    localAmbulance: "le numéro d'urgence de ton pays pour une ambulance",
  },

  lines: {
    primary: (name, howToReach, hours) => `**${name}** : ${howToReach} (${hours}).`,
    textInstead: (textRoute) => `Si appeler te semble trop dur, tu peux aussi : ${textRoute}.`,
    textLineInstead: (name, textRoute, hours) => `Si appeler te semble trop dur, tu peux écrire : **${name}**, ${textRoute} (${hours}).`,
    other: (name, howToReach, hours) => `**${name}** (${howToReach}, ${hours})`,
    byPhone: (name, phone) => `**${name}** par téléphone (appelle le **${phone}**)`,
    alsoReach: (lines) => `Tu peux aussi joindre ${lines}.`,
    notInRegion: (region, directory, url) => `Tu n'es pas ${inRegion(region)} ? **${directory}** (${url}) recense les lignes d'autres pays.`,
    outsideHoursLine: (name, hours, howToReach) => `En dehors de ces horaires, tu peux joindre **${name}** (${hours}) : ${howToReach}.`,
    outsideHoursEmergency: (number) =>
      number
        ? `En dehors de ces horaires, ou si ça ne peut pas attendre, appelle le **${number}**.`
        : "En dehors de ces horaires, ou si ça ne peut pas attendre, appelle le numéro d'urgence de ton pays.",
    directoryOnly: (region, directory, url) =>
      `${region ? `Je n'ai pas de ligne vérifiée ${inRegion(region)} à te donner, mais ` : ""}**${directory}** (${url}) indique des lignes gratuites et confidentielles près de chez toi, par téléphone, SMS ou chat.`,
    noLine: "Contacte dès maintenant une ligne d'écoute ou les services d'urgence de ton pays.",
  },

  crisis: {
    voice: {
      suicide_self_harm: {
        opening:
          "Merci de me l'avoir dit, vraiment. Ce que tu traverses a l'air terriblement douloureux, et tu n'as pas à le porter seul·e : tu peux parler à quelqu'un dès maintenant.",
        danger: (numbers) => `Si tu es en danger immédiat, appelle ${le(numbers)}`,
        company: "Si tu peux, demande à quelqu'un de confiance de rester avec toi maintenant, et éloigne de toi ce qui pourrait te servir à te faire du mal.",
        closing: "Je suis toujours là si tu veux continuer à parler, et quand tu te sentiras prêt·e, en parler à ton médecin ou à ton psy peut vraiment aider.",
      },
      someone_else_at_risk: {
        opening:
          "Ça a l'air vraiment effrayant, et c'est important que tu veilles sur cette personne. Tu n'as pas à gérer ça seul·e : une ligne d'écoute peut t'expliquer comment l'aider, et tu as le droit d'appeler pour elle.",
        danger: (numbers) => `Si cette personne est en danger immédiat, appelle ${le(numbers)}`,
        company:
          "Si c'est sans risque, reste avec elle ou demande à quelqu'un de le faire, et encourage-la doucement à demander de l'aide elle aussi. Prends soin de toi aussi.",
        closing: "Je suis toujours là si tu veux parler de ce qui se passe.",
      },
      abuse_danger: {
        opening:
          "Je suis vraiment désolé·e que tu vives ça. Ta sécurité passe avant tout, et rien de tout ça n'est de ta faute. Des personnes qui savent aider sont là pour toi, maintenant.",
        danger: (numbers) => `Si tu es en danger immédiat, appelle ${le(numbers)}`,
        company: "Si tu peux, va dans un endroit sûr ou auprès de quelqu'un de confiance.",
        closing: "Je suis toujours là si tu veux continuer à parler.",
      },
      harm_to_others: {
        opening:
          "Merci de le dire, ça demande du courage. Des pensées comme celles-là sont un signal pour chercher du soutien maintenant, avant que quoi que ce soit arrive, et des personnes t'aideront sans te juger.",
        danger: (numbers) => `Si quelqu'un est en danger immédiat, appelle ${le(numbers)}`,
        company:
          "Si tu peux, mets de la distance entre toi et cette personne, et avec tout ce qui pourrait servir à blesser quelqu'un, et demande à quelqu'un de confiance de rester avec toi.",
        closing: "Je suis toujours là si tu veux continuer à parler.",
      },
    },
    datedPlan: "Comme tu as pensé à un moment précis, s'il te plaît, demande de l'aide maintenant plutôt que d'attendre : tu mérites du soutien avant ça.",
    bot: "Je suis un bot : je ne peux pas intervenir en cas d'urgence ni contacter quelqu'un pour toi, mais les personnes de ces lignes, elles, peuvent.",
    stillHere: "Je suis toujours là si tu veux continuer à parler.",
    abuseLineHelps:
      "La ligne contre les violences est confidentielle et peut t'aider à prévoir comment rester en sécurité, même si tu n'es pas prêt·e à partir.",
    noAbuseLine:
      "Je n'ai pas de ligne nationale contre les violences à te donner ici, mais les personnes des lignes ci-dessous t'écouteront et t'aideront à réfléchir à la suite.",
    overdose: (ambulance, forSomeoneElse) =>
      forSomeoneElse
        ? `Merci de réagir. **Ce que cette personne a pris est une urgence médicale, même si elle a l'air d'aller bien : certains médicaments, comme le paracétamol, font leurs dégâts des heures plus tard. Appelle ${ambulance} pour elle maintenant, ou emmène-la aux urgences les plus proches.**`
        : `Merci de me l'avoir dit. **Ce que tu as pris est une urgence médicale, même si tu te sens bien pour l'instant : certains médicaments, comme le paracétamol, font leurs dégâts des heures plus tard. Appelle ${ambulance} maintenant, ou va aux urgences les plus proches.**`,
    wound: (ambulance, forSomeoneElse) =>
      forSomeoneElse
        ? `Merci de réagir. **Une coupure profonde ou un saignement qui ne s'arrête pas est une urgence médicale : appelle ${ambulance} pour cette personne maintenant, ou emmène-la aux urgences les plus proches.** En attendant, appuie fermement sur la plaie avec un linge propre.`
        : `Merci de me l'avoir dit. **Une coupure profonde ou un saignement qui ne s'arrête pas est une urgence médicale : appelle ${ambulance} maintenant, ou va aux urgences les plus proches.** En attendant, appuie fermement sur la plaie avec un linge propre.`,
    friendUnreachable: (general) =>
      `Tu as raison de t'inquiéter, et raison d'agir. **Appelle ${le(general)} maintenant et demande qu'on aille voir ton ami·e : parle du message d'adieu et de l'endroit où il ou elle pourrait être.** Continue d'essayer de le ou la joindre, et si tu connais quelqu'un près de chez lui ou elle, demande-lui d'y passer.`,
    communityRecommends: (names) => `Ta communauté recommande aussi ${names}.`,
  },

  checkIn: {
    question: {
      suicide_self_harm:
        "Certaines choses que tu as écrites ont l'air vraiment lourdes, alors je te pose la question directement : est-ce que tu as des pensées de suicide, ou de te faire du mal ? Tu peux le dire, quelle que soit la réponse.",
      someone_else_at_risk:
        "On dirait que tu t'inquiètes pour quelqu'un, alors je pose la question directement : penses-tu que cette personne pourrait penser au suicide ou à se faire du mal ? Tu peux aussi le lui demander : ça ne lui mettra pas l'idée en tête.",
      abuse_danger: "Je voudrais prendre de tes nouvelles : est-ce que tu es en sécurité en ce moment ? Est-ce que quelqu'un te fait du mal, ou te fait peur ?",
      harm_to_others:
        "Je voudrais prendre de tes nouvelles : est-ce que tu as des pensées de faire du mal à quelqu'un, ou à toi-même ? Tu peux le dire : c'est une raison de chercher du soutien, pas d'être jugé·e.",
    },
    offer: {
      suicide_self_harm: "Si c'est le cas, tu peux parler à quelqu'un maintenant",
      someone_else_at_risk: "Si c'est possible, une ligne d'écoute peut t'expliquer comment l'aider",
      abuse_danger: "Si ce n'est pas le cas, ou si tu n'es pas sûr·e, tu peux parler à quelqu'un maintenant",
      harm_to_others: "Si c'est le cas, tu peux parler à quelqu'un maintenant",
    },
    offerLine: (offer, name, howToReach, hours) => `${offer} : **${name}**, ${howToReach}${hours ? ` (${hours})` : ""}.`,
    offerDirectory: (offer, directory, url) => `${offer} : **${directory}** (${url}) indique des lignes gratuites et confidentielles près de chez toi.`,
    offerNoLine: (offer) => `${offer} : contacte une ligne d'écoute de ton pays.`,
    danger: {
      suicide_self_harm: (numbers) => `Si tu es en danger immédiat, appelle ${le(numbers)}.`,
      someone_else_at_risk: (numbers) => `Si cette personne est en danger immédiat, appelle ${le(numbers)}.`,
      abuse_danger: (numbers) => `Si tu es en danger immédiat, appelle ${le(numbers)}.`,
      harm_to_others: (numbers) => `Si quelqu'un est en danger immédiat, appelle ${le(numbers)}.`,
    },
    bot: "Je suis un bot, mais je suis là si tu veux continuer à parler.",
  },

  redirect: {
    diagnosis: {
      why: "C'est tout à fait compréhensible de se poser la question. Seul un professionnel qualifié qui peut apprendre à te connaître, comme un médecin, un psychiatre ou un psychologue, peut évaluer ce qui se passe et poser un diagnostic : je ne peux donc pas te dire si tu as un trouble.",
      offer: "Si tu vois déjà un psy, tu as tout à fait le droit de lui demander ce qu'il ou elle en pense ; je peux t'aider à trouver comment l'aborder.",
      followUps: ["Quelles questions je peux poser à mon psy ?", "Comment trouver un psy qui me correspond ?", "Comment se passe une première séance ?"],
    },
    medication: {
      why: "Les questions pour commencer, arrêter, changer ou associer un médicament sont à poser à la personne qui te le prescrit, ou à un pharmacien, parce qu'ils connaissent ta santé et tout ce que tu prends. Par sécurité, n'arrête pas et ne modifie pas un traitement d'un coup sans leur en parler d'abord.",
      offer: "Je peux t'aider à réfléchir à la façon d'aborder tes questions avec ton médecin ou ton psy.",
      followUps: ["Quelles questions je peux poser à mon psy ?", "Comment marche une thérapie ?"],
    },
    personal_therapy: {
      why: "Je suis vraiment content·e que tu cherches du soutien, mais je suis un bot, pas un psy : je ne peux pas faire de thérapie ni soigner quoi que ce soit. Un psy peut apprendre à te connaître et travailler avec toi dans la durée, ce que je ne peux pas faire.",
      offer:
        "Ce que je peux faire, c'est t'expliquer comment marche une thérapie et t'aider à en tirer le meilleur : à quoi t'attendre, ou comment trouver quelqu'un qui te correspond.",
      followUps: ["Comment marche une thérapie ?", "Comment trouver un psy qui me correspond ?", "Soutien entre pairs ou thérapie : quelle différence ?"],
    },
    therapist_misconduct: {
      why: "Ce que tu décris n'est pas acceptable, et ce n'est jamais la faute du patient quand un psy franchit une limite comme celle-là : respecter le cadre professionnel est toujours la responsabilité du psy.",
      offer:
        "Tu n'as rien à décider tout de suite ; en parler avec quelqu'un de confiance, ou avec un autre professionnel, peut aider, et je peux t'expliquer à quoi ressemble un cadre sain en thérapie.",
      followUps: ["C'est quoi le cadre en thérapie ?", "C'est quoi le secret professionnel ?", "Comment trouver un psy qui me correspond ?"],
    },
  },

  outOfScope: {
    intro:
      "Je suis Alliance, un bot qui explique comment marche une thérapie. Je ne suis pas psy. Je peux répondre à tes questions sur " +
      "la relation avec un psy : ce qu'est l'alliance thérapeutique, pourquoi les psys disent « nous », la confiance, " +
      "demander ce que ton psy pense de toi, exprimer un souci ou un désaccord, le secret professionnel, le cadre, la première séance, " +
      "trouver le bon psy et terminer une thérapie.\n\n" +
      "Si tu vas mal en ce moment, dis-le-moi et je te donnerai une ligne d'écoute.",
    openings: { greeting: "Salut ! ", thanks: "Avec plaisir. ", about: "", unknown: "Je ne suis pas sûr·e de pouvoir t'aider là-dessus. " },
    followUps: ["C'est quoi l'alliance thérapeutique ?", "Pourquoi mon psy dit « nous » ?", "Comment dire à mon psy que quelque chose ne va pas ?"],
  },

  smallTalk: {
    greeting:
      "Salut ! Je suis Alliance, un bot qui explique comment marche une thérapie, surtout la relation avec ton psy. " +
      "Demande-moi par exemple pourquoi les psys disent « nous » ou comment parler d'un souci.",
    thanks: "Avec plaisir ! Tant mieux si ça t'a servi. Je suis là si une autre question sur la thérapie te vient.",
    praise_bot: "Merci, c'est gentil ! Je suis là dès que tu as une question sur la thérapie.",
    praise_therapy:
      "Ça fait plaisir à lire ! Les séances comme ça, ça se savoure. Si tu en as envie, dire à ton psy ce qui t'a aidé·e peut vous aider à en faire plus.",
    session_ahead: "Bonne séance ! Si une question sur la thérapie te vient avant ou après, je suis là.",
    session_behind: "Re ! J'espère que ça s'est bien passé. Si quelque chose de la séance te trotte dans la tête, je suis là.",
    how_are_you:
      "Merci de demander ! Je suis un bot, donc pas de bons ou de mauvais jours pour moi, mais je suis là. Et toi, comment tu vas ? Si tu as une question sur la thérapie, dis-moi.",
    acknowledgement: "Top ! Si une autre question sur la thérapie te vient, je suis là.",
    goodbye: "À bientôt ! Prends soin de toi, et je suis là si une question sur la thérapie te vient.",
  },

  unsupported: {
    note: "I can only answer in English, Spanish, Portuguese, French and German for now.",
    linesIntro: "If you are struggling or not safe right now: ",
  },

  directory: FR_DIRECTORY,

  fallback: {
    withLine: (line, emergencyNumber, notInRegion) =>
      "Désolé·e, je n'arrive pas à accéder à mes réponses pour le moment. Réessaie dans un petit moment.\n\n" +
      `Si tu vas mal ou si tu n'es pas en sécurité en ce moment, tu peux joindre ${line}, ou appeler ${le(emergencyNumber)} si tu es en danger immédiat.` +
      (notInRegion ? ` Si tu n'es pas ${inRegion(notInRegion)}, ${DIRECTORY_ELSEWHERE}` : "") +
      " Tu mérites le soutien d'une vraie personne.",
    withoutLine:
      "Désolé·e, je n'arrive pas à accéder à mes réponses pour le moment. Réessaie dans un petit moment.\n\n" +
      "Si tu vas mal ou si tu n'es pas en sécurité en ce moment, contacte le numéro d'urgence de ton pays, ou trouve une " +
      `ligne d'écoute gratuite et confidentielle sur ${DIRECTORY_SITE}. Tu mérites le soutien d'une vraie personne.`,
  },

  rateLimited: (seconds) =>
    `Tu m'envoies des questions plus vite que je ne peux suivre. Réessaie dans environ ${seconds} secondes.\n\n` +
    "Si tu vas mal en ce moment, dis-le-moi dans un message et je te donnerai tout de suite une ligne d'écoute.",
  cooldown: (seconds) =>
    `Je réponds à une question toutes les ${seconds} secondes par personne, donc j'ai laissé passer celle-ci. Repose-la dans un instant. ` +
    "Si tu vas mal en ce moment, dis-le-moi et je te donnerai tout de suite une ligne d'écoute.",

  about: {
    text:
      "Salut, je suis **Alliance**, un bot qui explique comment marche une thérapie. Je ne suis pas psy et je ne peux te donner ni thérapie, " +
      "ni diagnostic, ni conseil sur les médicaments.\n\n" +
      "Je peux répondre à tes questions sur la relation avec un psy : ce qu'est l'alliance thérapeutique, pourquoi " +
      "les psys disent « nous », la confiance, demander ce que ton psy pense de toi, exprimer un souci ou un désaccord, " +
      "le cadre et la fin d'une thérapie.\n\n" +
      "**Comment me poser une question :** `/ask` suivi de ta question, mentionne-moi dans un salon où je suis, ou envoie-moi un message privé. " +
      "`/resources` liste des lignes d'écoute et de soutien.\n\n" +
      "**Tes messages :** je réponds puis j'oublie. Rien de ce que tu écris n'est stocké ni enregistré ; les modérateurs ne voient que des chiffres.\n\n" +
      "Si tu vas mal ou si tu n'es pas en sécurité en ce moment, utilise `/resources` ou appelle le numéro d'urgence de ton pays. Tu mérites le soutien d'une vraie personne.",
    followUps: ["C'est quoi l'alliance thérapeutique ?", "Pourquoi mon psy dit « nous » ?", "Comment dire à mon psy que ça ne marche pas ?"],
  },

  resources: {
    text: (region, fromLocale, emergencyNumber, professional) => {
      const place = region
        ? `Les lignes ci-dessous concernent ${region}.${fromLocale ? ` Si tu es ailleurs, ${DIRECTORY_ELSEWHERE}` : ""}`
        : `${DIRECTORY_SITE} recense des lignes gratuites et confidentielles dans ton pays.`;
      const emergency = emergencyNumber ? `appelle ${le(emergencyNumber)}` : "appelle le numéro d'urgence de ton pays";
      return (
        "Si tu vas mal ou si tu n'es pas en sécurité en ce moment, de l'aide existe dès maintenant, et tu mérites le soutien d'une vraie personne. " +
        `${place} Si tu risques de passer à l'acte contre toi ou quelqu'un d'autre, ${emergency} maintenant et, si tu peux, ` +
        "contacte quelqu'un qui peut rester avec toi.\n\n" +
        `Pour un soutien moins urgent : ${professional}\n\n` +
        "Je suis un bot, je ne peux pas en parler avec toi comme une personne, mais je suis là si tu veux me poser une question."
      );
    },
  },

  interactions: {
    alreadyAnswered: "J'ai déjà répondu à cette demande.",
    sentPrivately: "Je t'ai envoyé un message privé.",
    unknownAction: "Je ne connais pas cette commande. Essaie `/ask` avec ta question, `/resources` pour les lignes de soutien, ou `/about`.",
    slashCommandUsage: (command) => `Pose-moi une question sur la thérapie après la commande, par exemple : \`${command} pourquoi mon psy dit « nous » ?\``,
  },

  labels: {
    tellMeMore: "En savoir plus",
    resourcesTitle: { crisis: "Parle à quelqu'un maintenant", checkIn: "Si tu as besoin de quelqu'un maintenant", other: "Où trouver du soutien" },
    youCouldAlsoAsk: "Tu pourrais aussi demander :",
    asked: "Question :",
  },
  commands: {
    ask: "Pose une question sur la thérapie et la relation avec ton ou ta thérapeute",
    askQuestion: "Ta question, p. ex. pourquoi ma psy dit « nous » ?",
    resources: "Lignes d'écoute et de crise que tu peux joindre maintenant",
    about: "Ce qu'est Alliance, ce qu'il peut t'apporter et ce qu'il fait de tes messages",
  },
};
