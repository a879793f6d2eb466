import type { Copy } from "./copy.ts";

const DIRECTORY_ELSEWHERE = "findahelpline.com lists free lines in your country.";

export const en: Copy = {
  language: "en",

  words: {
    list: (items) => (items.length <= 1 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`),
    or: (items) => items.join(" or "),
    region: (_code, englishName) => englishName,
  },

  contact: {
    call: (number) => `call ${number}`,
    text: (number) => `text ${number}`,
    whatsapp: (number) => `WhatsApp ${number}`,
    messageOnWhatsApp: (number) => `message ${number} on WhatsApp`,
    goTo: (url) => `go to ${url}`,
    callOrText: (number) => `call or text ${number}`,
    callAndPress: (number, key) => `call ${number} and press ${key}`,
    textKeyword: (keyword, number) => `text ${keyword} to ${number}`,
  },

  emergency: {
    localNumber: "your local emergency number",
    ambulanceFirst: (ambulance, police) => `${ambulance} for an ambulance or ${police} for the police`,
    policeFirst: (police, ambulance) => `${police} for the police or ${ambulance} for an ambulance`,
    ambulanceOn: (ambulance) => `an ambulance on ${ambulance}`,
    localAmbulance: "your local emergency number for an ambulance",
  },

  lines: {
    primary: (name, howToReach, hours) => `**${name}**: ${howToReach} (${hours}).`,
    textInstead: (textRoute) => `If calling feels hard, you can ${textRoute} instead.`,
    textLineInstead: (name, textRoute, hours) => `If calling feels hard, you can text instead: **${name}**, ${textRoute} (${hours}).`,
    other: (name, howToReach, hours) => `**${name}** (${howToReach}, ${hours})`,
    byPhone: (name, phone) => `**${name}** by phone (call **${phone}**)`,
    alsoReach: (lines) => `You can also reach ${lines}.`,
    notInRegion: (region, directory, url) => `Not in ${region ?? "this country"}? **${directory}** (${url}) lists lines in other countries.`,
    outsideHoursLine: (name, hours, howToReach) => `Outside those hours, you can reach **${name}** (${hours}): ${howToReach}.`,
    outsideHoursEmergency: (number) =>
      number
        ? `Outside those hours, or if you can't wait, call **${number}**.`
        : "Outside those hours, or if you can't wait, call your local emergency number.",
    directoryOnly: (region, directory, url) =>
      `${region ? `I don't have a confirmed line for ${region} to give you, but ` : ""}**${directory}** (${url}) shows free, confidential lines where you are, by phone, text or chat.`,
    noLine: "Please contact a local crisis line or emergency service now.",
  },

  crisis: {
    voice: {
      suicide_self_harm: {
        opening:
          "I'm really glad you told me. What you're going through sounds incredibly painful, and you don't have to carry it alone: you can talk to someone right now.",
        danger: (numbers) => `If you are in immediate danger, call ${numbers}`,
        company: "If you can, ask someone you trust to be with you now, and put some distance between you and anything you could use to hurt yourself.",
        closing: "I'm still here if you want to keep talking, and when you feel ready, telling your doctor or therapist how things have been can really help.",
      },
      someone_else_at_risk: {
        opening:
          "That sounds really frightening, and it matters that you're looking out for them. You don't have to handle this alone: a crisis line can talk you through how to help, and it's okay to call on their behalf.",
        danger: (numbers) => `If they are in immediate danger, call ${numbers}`,
        company: "If it's safe, stay with them or ask someone to, and gently encourage them to reach out too. Please look after yourself as well.",
        closing: "I'm still here if you want to talk through what's happening.",
      },
      abuse_danger: {
        opening: "I'm so sorry this is happening. Your safety comes first, and none of this is your fault. People who know how to help are there for you now.",
        danger: (numbers) => `If you are in immediate danger, call ${numbers}`,
        company: "If you can, get to a safe place or to someone you trust.",
        closing: "I'm still here if you want to keep talking.",
      },
      harm_to_others: {
        opening:
          "Thank you for saying this; it takes courage. Thoughts like these are a sign to get support right now, before anything happens, and there are people who will help without judging you.",
        danger: (numbers) => `If anyone is in immediate danger, call ${numbers}`,
        company:
          "If you can, put some distance between yourself and the person, and anything you could use to hurt someone, and ask someone you trust to be with you.",
        closing: "I'm still here if you want to keep talking.",
      },
    },
    datedPlan: "Because you've thought about when, please reach out now rather than waiting; you deserve support before then.",
    bot: "I'm a bot, so I can't help in an emergency or contact anyone for you, but the people on these lines can.",
    stillHere: "I'm still here if you want to keep talking.",
    abuseLineHelps: "The abuse line is confidential and can help you plan how to stay safe, even if you're not ready to leave.",
    noAbuseLine:
      "I don't have a national abuse line to give you here, but the people on the lines below will listen and help you think through what to do next.",
    overdose: (ambulance, forSomeoneElse) =>
      forSomeoneElse
        ? `Thank you for acting on this. **What they've taken is a medical emergency, even if they seem fine: some medicines, like paracetamol, do their harm hours later. Please call ${ambulance} for them now, or take them to the nearest emergency department.**`
        : `Thank you for telling me. **What you've taken is a medical emergency, even if you feel fine right now: some medicines, like paracetamol, do their harm hours later. Please call ${ambulance} now, or go to the nearest emergency department.**`,
    wound: (ambulance, forSomeoneElse) =>
      forSomeoneElse
        ? `Thank you for acting on this. **A deep cut or bleeding that won't stop is a medical emergency: please call ${ambulance} for them now, or take them to the nearest emergency department.** Press firmly on the wound with a clean cloth while you wait.`
        : `Thank you for telling me. **A deep cut or bleeding that won't stop is a medical emergency: please call ${ambulance} now, or go to the nearest emergency department.** Press firmly on the wound with a clean cloth while you wait.`,
    friendUnreachable: (general) =>
      `You're right to be worried, and right to act. **Please call ${general} now and ask them to check on your friend: tell them about the goodbye and where your friend might be.** Keep trying to reach them, and if you know someone near them, ask them to go round.`,
    communityRecommends: (names) => `Your community also recommends ${names}.`,
  },

  checkIn: {
    question: {
      suicide_self_harm:
        "Some of what you wrote sounds really heavy, so I want to ask you directly: are you having thoughts of suicide, or of hurting yourself? It's okay to say so, whatever the answer.",
      someone_else_at_risk:
        "It sounds like you're worried about someone, so I want to ask directly: do you think they might be thinking about suicide or about hurting themselves? It's okay to ask them that too; it doesn't put the idea in their head.",
      abuse_danger: "I want to check in with you: are you safe right now? Is someone hurting you, or making you afraid of being hurt?",
      harm_to_others:
        "I want to check in with you: are you having thoughts of hurting someone, or yourself? It's okay to say so; it's a reason to get support, not to be judged.",
    },
    offer: {
      suicide_self_harm: "If you are, you can talk to someone now",
      someone_else_at_risk: "If they might be, a line can talk you through how to help",
      abuse_danger: "If you're not, or you're not sure, you can talk to someone now",
      harm_to_others: "If you are, you can talk to someone now",
    },
    offerLine: (offer, name, howToReach, hours) => `${offer}: **${name}**, ${howToReach}${hours ? ` (${hours})` : ""}.`,
    offerDirectory: (offer, directory, url) => `${offer}: **${directory}** (${url}) shows free, confidential lines where you are.`,
    offerNoLine: (offer) => `${offer}: please reach out to a local crisis line.`,
    danger: {
      suicide_self_harm: (numbers) => `If you're in immediate danger, call ${numbers}.`,
      someone_else_at_risk: (numbers) => `If they're in immediate danger, call ${numbers}.`,
      abuse_danger: (numbers) => `If you're in immediate danger, call ${numbers}.`,
      harm_to_others: (numbers) => `If anyone is in immediate danger, call ${numbers}.`,
    },
    bot: "I'm a bot, but I'm here if you want to keep talking.",
  },

  redirect: {
    diagnosis: {
      why: "That's a really understandable thing to wonder about. Only a qualified professional who can get to know you, such as a doctor, psychiatrist or psychologist, can assess what's going on and give a diagnosis, so I can't tell you whether you have a condition.",
      offer: "If you already see a therapist, it's completely okay to ask them what they think; I can help you work out how to bring it up.",
      followUps: ["What questions can I ask a therapist?", "How do I find the right therapist for me?", "What happens in a first therapy session?"],
    },
    medication: {
      why: "Questions about starting, stopping, changing or mixing medication are best answered by whoever prescribes it, or a pharmacist, because they know your health and everything you take. As a general safety point, please don't stop or change a medication suddenly without talking to them first.",
      offer: "I can help you think about how to raise medication questions with your prescriber or your therapist.",
      followUps: ["What questions can I ask a therapist?", "How does therapy actually work?"],
    },
    personal_therapy: {
      why: "I'm really glad you want support, but I'm a bot, not a therapist, so I can't do therapy or treat anything. A therapist can get to know you and work with you over time in a way I can't.",
      offer: "What I can do is explain how therapy works and help you get the most from it, like what to expect or how to find someone who fits.",
      followUps: ["How does therapy actually work?", "How do I find the right therapist for me?", "What's the difference between peer support and therapy?"],
    },
    therapist_misconduct: {
      why: "What you're describing is not okay, and it is never the client's fault when a therapist crosses a line like this: keeping professional boundaries is always the therapist's responsibility.",
      offer:
        "You don't have to decide anything right away; talking it through with someone you trust, or another professional, can help, and I can explain what healthy boundaries in therapy look like.",
      followUps: [
        "What are the boundaries in therapy and why do they exist?",
        "Is what I tell my therapist confidential?",
        "How do I find the right therapist for me?",
      ],
    },
  },

  outOfScope: {
    intro:
      "I'm Alliance, a bot that explains how therapy works. I'm not a therapist. I can help with questions about " +
      'the relationship with a therapist: what the therapeutic alliance is, why therapists say "we", building trust, ' +
      "asking what they think of you, raising a concern or a disagreement, confidentiality, boundaries, first sessions, " +
      "finding a good fit, and ending therapy.\n\n" +
      "If you are struggling right now, say so and I'll share a crisis line.",
    openings: { greeting: "Hi! ", thanks: "You're welcome. ", about: "", unknown: "I'm not sure I can help with that one. " },
    followUps: ["What is the therapeutic alliance?", 'Why does my therapist say "we"?', "How do I tell my therapist something feels off?"],
  },

  smallTalk: {
    greeting:
      "Hi! I'm Alliance, a bot that explains how therapy works, especially the relationship with a therapist. " +
      'Ask me anything about it, like why therapists say "we" or how to raise a concern.',
    thanks: "You're welcome! I'm glad it helped. I'm here if anything else about therapy comes up.",
    praise_bot: "Thank you, that's kind of you! I'm here whenever you have a question about therapy.",
    praise_therapy:
      "That's lovely to hear! Sessions like that are worth savouring. If you ever want to, telling your therapist what " +
      "helped can help you both do more of it.",
    session_ahead: "Hope it goes well! If a question about therapy comes up before or after, I'm here.",
    session_behind: "Welcome back, I hope it went okay. If anything about therapy is on your mind, I'm here.",
  },

  unsupported: {
    note: "I can only answer in English, Spanish, Portuguese, French and German for now.",
    linesIntro: "If you are struggling or not safe right now, these lines can help. ",
  },

  fallback: {
    withLine: (line, emergencyNumber, notInRegion) =>
      "Sorry, I can't reach my answers right now. Please try again in a little while.\n\n" +
      `If you are struggling or not safe right now, you can reach ${line}, or call ${emergencyNumber} if you are in immediate danger.` +
      (notInRegion ? ` If you are not in ${notInRegion}, ${DIRECTORY_ELSEWHERE}` : "") +
      " You deserve support from a person.",
    withoutLine:
      "Sorry, I can't reach my answers right now. Please try again in a little while.\n\n" +
      "If you are struggling or not safe right now, please contact your local emergency number, or find a free, " +
      "confidential helpline in your country at findahelpline.com. You deserve support from a person.",
  },

  rateLimited: (seconds) =>
    `You're sending questions faster than I can keep up with. Please try again in about ${seconds} seconds.\n\n` +
    "If you are struggling right now, tell me in a message and I'll share a crisis line straight away.",
  cooldown: (seconds) =>
    `I answer one question every ${seconds} seconds per person, so I skipped that one. Please ask again in a moment. ` +
    "If you are struggling right now, tell me and I'll share a crisis line straight away.",

  about: {
    text:
      "Hi, I'm **Alliance**, a bot that explains how therapy works. I'm not a therapist and I can't give you therapy, " +
      "a diagnosis or advice about medication.\n\n" +
      "I can help with questions about the relationship with a therapist: what the therapeutic alliance is, why " +
      'therapists say "we", building trust, asking what they think of you, raising a concern or a disagreement, ' +
      "boundaries, and ending therapy.\n\n" +
      "**How to ask:** `/ask` with your question, mention me in a channel I'm in, or send me a direct message. " +
      "`/resources` lists crisis and support lines.\n\n" +
      "**Your messages:** I answer and forget them. Nothing you write is stored or logged; the moderators only see counts.\n\n" +
      "If you are struggling or not safe right now, use `/resources` or call your local emergency number. You deserve support from a person.",
    followUps: ["What is the therapeutic alliance?", 'Why does my therapist say "we"?', "How do I tell my therapist something isn't working?"],
  },

  resources: {
    text: (region, fromLocale, emergencyNumber, professional) => {
      const place = region
        ? `The lines below are for ${region}.${fromLocale ? ` If you are somewhere else, ${DIRECTORY_ELSEWHERE}` : ""}`
        : "findahelpline.com lists free, confidential lines in your country.";
      const emergency = emergencyNumber ? `call ${emergencyNumber}` : "call your local emergency number";
      return (
        "If you are struggling or not safe right now, help is available now, and you deserve support from a person. " +
        `${place} If you might act on thoughts of harming yourself or someone else, ${emergency} now, and if you can, ` +
        "reach out to someone who can be with you.\n\n" +
        `For support that isn't urgent: ${professional}\n\n` +
        "I'm a bot, so I can't talk it through with you, but I'm here if you want to ask me something."
      );
    },
  },

  interactions: {
    alreadyAnswered: "This request was already answered.",
    sentPrivately: "I've sent you a direct message.",
    unknownAction: "I don't know that one. Try `/ask` with your question, `/resources` for support lines, or `/about`.",
    slashCommandUsage: (command) => `Ask me something about therapy after the command, for example: \`${command} why does my therapist say "we"?\``,
  },

  commands: {
    ask: "Ask about therapy and the relationship with your therapist",
    askQuestion: 'Your question, e.g. why does my therapist say "we"?',
    resources: "Crisis and support lines you can reach now",
    about: "What Alliance is, what it can help with, and what it does with your messages",
  },

  labels: {
    tellMeMore: "Tell me more",
    resourcesTitle: { crisis: "Talk to someone now", checkIn: "If you need someone now", other: "Where to get support" },
    youCouldAlsoAsk: "You could also ask:",
    asked: "Asked:",
  },
};
