import type { Language } from "../../../shared/content/languages.ts";

/**
 * Small talk in Spanish, Portuguese, French and German, as English's is met in small-talk.ts: who Alliance is
 * ("¿eres un bot?"), praise for it or for a therapist or session, news of a session ahead or behind. Greetings and
 * thanks in all five languages are English's patterns. Read on the lower-cased text with accents taken off.
 * Each language's words are its own: none of these patterns reads English text, so English is met exactly as before.
 * "Are you a therapist?" is left to the knowledge base (peer support and therapy), which answers it in full.
 */
export interface SmallTalkWords {
  /** Questions about Alliance itself. */
  about: RegExp;
  /** Praise for Alliance itself. */
  praiseBot: RegExp;
  /** Praise for a therapist, a session or therapy. */
  praise: RegExp;
  /** A question, a worry or a "but": more than chat. */
  moreThanChat: RegExp;
  /** News of one's own session, on the way in or out. */
  sessionNews: RegExp;
  /** The news is of a session behind. */
  behind: RegExp;
  /** What turns news into something to answer. */
  newsAndMore: RegExp;
  /** "¿Cómo estás?" on its own. */
  howAreYou: RegExp;
  /** "ok", "vale", "cool", "alles klar" on their own. */
  acknowledgement: RegExp;
  /** "adiós", "tchau", "à plus", "tschüss" on their own (anything more, "para siempre" included, is not chat). */
  goodbye: RegExp;
}

/** A whole message of such phrases, perhaps with a name or thanks after them: "sale, chido", "vale, gracias", "tschüss alliance". */
function only(phrases: string, after = ""): RegExp {
  return new RegExp(String.raw`^[¡¿\s]*(?:${phrases})(?:[ ,!]+(?:${phrases}|alliance|bot${after ? `|${after}` : ""}))*[\s!.?¡¿:)]*$`);
}

const SPANISH: SmallTalkWords = {
  about:
    /\b(?:quien eres|quien sos|que eres|que sos|(?:eres|sos) (?:un |una )?(?:bot|robot|humano|humana|persona(?: real)?|ia)|que (?:puedes|podes|sabes) hacer|en que (?:me )?(?:puedes|podes) ayudar|como funcionas|que es alliance)\b/,
  praiseBot:
    /\b(?:eres|sos) (?:muy |re |super |lo |la |el )?(?:genial|maximo|increible|util|muy util|buenisimo|buenisima|mejor|un sol|un amor|crack|lo mas)\b|\bbuen bot\b|\b(?:muy |que )?buena respuesta\b|^(?:eso |esto |tu respuesta )?me (?:ayudo|sirvio)(?: (?:mucho|un monton|un chingo|bastante))?\b/,
  praise: new RegExp(
    [
      String.raw`\b(?:terapeuta|psicologo|psicologa|psi|psiquiatra|terapia|sesion|sesiones|consulta)\b.*\b(?:es|fue|estuvo|ha sido|son)(?: \S+){0,3} (?:genial|increible|buenisim[oa]|muy buen[oa]|lo maximo|la mejor|el mejor|un amor|top|brutal|un sol|espectacular|maravillos[oa]|muy util|re buen[oa])\b`,
      String.raw`\b(?:amo|adoro|quiero mucho) a mi (?:terapeuta|psicolog[oa]|psi)\b`,
      String.raw`\b(?:que |muy |tremenda |la mejor )?(?:buena|buenisima|excelente) sesion\b|\bsesionazo\b`,
      String.raw`\bagradecid[oa] (?:con|por) mi (?:terapeuta|psicolog[oa]|psi)\b`,
    ].join("|"),
  ),
  moreThanChat:
    /\?|¿|\b(?:pero|aunque|no|nunca|nada|normal|raro|rara|preocup\w*|miedo|ansios\w*|nervios\w*|ayuda|consejo|enamorad\w*|apegad\w*|dependo|extran\w*|dejar|terminar|cambiar|llor\w*|triste|enojad\w*|enfadad\w*|mal|siento)\b/,
  sessionNews:
    /^(?:(?:bueno|ok|vale|bien) )?(?:(?:me )?voy|yendo|saliendo|(?:de )?camino|rumbo) (?:a|para|pa) (?:la |mi )?(?:terapia|sesion|psicolog[oa]|psi|consulta)\b|^(?:hoy (?:tengo|toca) (?:terapia|sesion|psicolog[oa]|psi)|(?:terapia|sesion) hoy)\b|^(?:(?:bueno|ok|vale) )?(?:vuelvo|volvi|acabo de salir|ya sali|sali|de vuelta) de (?:la |mi )?(?:terapia|sesion|psicolog[oa]|psi|consulta)\b/,
  behind: /\b(?:vuelvo|volvi|acabo de salir|ya sali|sali|de vuelta)\b/,
  newsAndMore: /\?|¿|\b(?:no|mal|nervios\w*|miedo|llor\w*|triste|dificil|fatal|pero|por que|como|siento)\b/,
  howAreYou: only(String.raw`(?:y )?(?:como (?:estas|andas|vas|te va|va todo)|que tal(?: estas| andas| todo)?|q tal|todo bien|como te encuentras)`),
  acknowledgement: only(
    String.raw`ok|oka|okey|okis|vale|sale|dale|genial|guay|chido|chevere|bacan|perfecto|entendido|de acuerdo|ya veo|ah ok|ah vale|listo|buenisimo|joya|va`,
  ),
  goodbye: only(String.raw`adios|chao|chau|hasta luego|hasta pronto|hasta manana|nos vemos|bye`, "gracias"),
};

const PORTUGUESE: SmallTalkWords = {
  about:
    /\b(?:quem (?:e|es) (?:voce|vc|tu)|o que (?:voce|vc|tu) (?:e|es|faz|pode fazer|sabe fazer)|(?:voce|vc|tu) (?:e|es) (?:um |uma )?(?:bot|robo|humano|humana|pessoa(?: de verdade)?|ia)|como (?:voce|vc|tu) funciona|em que (?:voce|vc|tu) pode (?:me )?ajudar|o que e (?:a )?alliance)\b/,
  praiseBot:
    /\b(?:voce|vc|tu) (?:e|es) (?:muito |mt |super |mo |demais |o |a )?(?:incrivel|demais|otim[oa]|maravilhos[oa]|fofo|fofa|um amor|top|melhor|muito util|util)\b|\bbom bot\b|\b(?:otima|boa|excelente) resposta\b|^(?:isso |isto |sua resposta |a tua resposta )?(?:me )?ajudou (?:muito|demais|mt|bastante|imenso)\b/,
  praise: new RegExp(
    [
      String.raw`\b(?:terapeuta|psicolog[oa]|psi|psiquiatra|terapia|sessao|sessoes|consulta)\b.*\b(?:e|foi|esta|ta|tem sido|sao)(?: \S+){0,3} (?:incrivel|otim[oa]|maravilhos[oa]|demais|top|a melhor|o melhor|muito boa|muito bom|sensacional|perfeit[oa]|espetacular)\b`,
      String.raw`\b(?:amo|adoro) (?:a minha|minha|o meu|meu) (?:terapeuta|psicolog[oa]|psi)\b`,
      String.raw`\b(?:que |muito )?(?:boa|otima) (?:a )?sessao\b|\bsessao (?:incrivel|otima|top|perfeita)\b`,
      String.raw`\bgrat[oa] (?:a|a minha|ao meu|pel[oa]) (?:minha |meu )?(?:terapeuta|psicolog[oa]|psi)\b`,
    ].join("|"),
  ),
  moreThanChat:
    /\?|\b(?:mas|porem|embora|nao|nunca|nada|normal|estranho|estranha|preocupad\w*|medo|ansios\w*|nervos\w*|ajuda|conselho|apaixonad\w*|apegad\w*|dependente|saudade|parar|terminar|trocar|mudar|chorei|chorando|triste|raiva|magoad\w*|sinto)\b/,
  sessionNews:
    /^(?:(?:bom|ok|bem) )?(?:indo|to indo|vou|saindo|a caminho) (?:pra|para|a|da) (?:a |minha |meu )?(?:terapia|sessao|psicolog[oa]|psi|consulta)\b|^(?:hoje tem|dia de) (?:terapia|sessao|psi)\b|^(?:(?:bom|ok) )?(?:voltei|acabei de sair|sai|de volta) da (?:terapia|sessao|psicolog[oa]|psi|consulta)\b/,
  behind: /\b(?:voltei|acabei de sair|sai|saindo|de volta) da\b/,
  newsAndMore: /\?|\b(?:nao|mal|nervos\w*|medo|chor\w*|triste|dificil|pessim\w*|mas|por que|como|sinto)\b/,
  howAreYou: only(String.raw`(?:e )?(?:tudo bem|tudo bom|td bem|tudo certo|como (?:vai|voce esta|vc ta|vc esta|estas|andas|tens andado)|e ai|beleza)`),
  acknowledgement: only(String.raw`ok|okay|beleza|blz|show|massa|legal|top|tranquilo|entendi|certo|ta bom|ta|fechou|perfeito|boa|pode ser|fixe|combinado`),
  goodbye: only(String.raw`tchau|xau|ate mais|ate logo|ate amanha|falou|flw|adeus|bye|fui|vou nessa`, "obrigad[oa]|valeu"),
};

const FRENCH: SmallTalkWords = {
  about:
    /\b(?:qui es[- ]tu|t'es qui|tu es qui|c'est quoi alliance|qu'est[- ]ce que tu (?:es|fais|peux faire|sais faire)|(?:tu es|t'es|es[- ]tu|vous etes|etes[- ]vous) (?:un |une )?(?:bot|robot|humain|humaine|vraie personne|ia|personne)|tu sers a quoi|comment tu (?:marches|fonctionnes))\b/,
  praiseBot:
    /\b(?:tu es|t'es|vous etes) (?:trop |vraiment |super |le |la |au )?(?:genial|geniale|top|incroyable|gentil|gentille|adorable|parfait|parfaite|meilleur|meilleure|trop fort|utile|un amour)\b|\bbon bot\b|\b(?:super|tres bonne|bonne|belle|excellente) reponse\b|^(?:ca|cela|ta reponse) m'a (?:trop |vraiment |beaucoup |bien )?aide\b|^(?:ca|c'etait|c'est) (?:trop |vraiment |super |tres )?(?:utile|top)\b/,
  praise: new RegExp(
    [
      String.raw`\b(?:psy|therapeute|psychologue|psychiatre|therapie|seance|seances|consultation)\b.*\b(?:est|etait|a ete|sont)(?: \S+){0,3} (?:genial|geniale|top|incroyable|super|parfait|parfaite|au top|trop bien|la meilleure|le meilleur|adorable|extra|formidable)\b`,
      String.raw`\b(?:j'adore|j'aime trop|j'aime) (?:ma|mon) (?:psy|therapeute|psychologue)\b`,
      String.raw`\b(?:super|tres bonne|bonne|excellente|belle) seance\b|\bseance (?:de ouf|au top|geniale|incroyable)\b`,
      String.raw`\breconnaissante? (?:pour|envers) (?:ma|mon) (?:psy|therapeute|psychologue)\b`,
    ].join("|"),
  ),
  moreThanChat:
    /\?|\b(?:mais|pourtant|meme si|pas|jamais|rien|normal|bizarre|inquiet\w*|peur|angoiss\w*|stress\w*|aide|conseil|amoureu\w*|attache\w*|dependant\w*|manque|arreter|finir|changer|pleure\w*|triste|colere|blesse\w*|sens)\b/,
  sessionNews:
    /^(?:(?:bon|ok|allez) )?(?:je vais|j'vais|je pars|en route|direction|je file) (?:a|chez|en) (?:ma |mon |la |le )?(?:therapie|seance|psy|therapeute|consultation)\b|^(?:seance|therapie|psy) (?:aujourd'hui|ce soir|tout a l'heure|demain)\b|^(?:(?:bon|ok) )?(?:je reviens|retour|je sors|sortie|de retour) (?:de|du|de ma|de mon|de la|de chez) (?:ma |mon |la |le )?(?:therapie|seance|psy|therapeute|consultation)\b/,
  behind: /\b(?:reviens|retour|sors|sortie)\b/,
  newsAndMore: /\?|\b(?:pas|mal|stress\w*|peur|pleur\w*|triste|dur|difficile|bizarre|mais|pourquoi|comment|sens)\b/,
  howAreYou: only(String.raw`(?:et )?(?:ca va|comment (?:ca va|vas[- ]tu|tu vas|allez[- ]vous)|tu vas bien|la forme|quoi de neuf|comment que ca va)`),
  acknowledgement: only(
    String.raw`ok|okay|d'accord|dac|d'acc|ca marche|cool|super|parfait|top|entendu|compris|ah ok|nickel|bien recu|genial|ca roule|c'est note`,
  ),
  goodbye: only(
    String.raw`(?:allez |bon |ok |bon ben )?(?:au revoir|a plus(?: tard)?|plus tard|a tantot|a la prochaine|bye bye|bisous|a\+|a \+|bye|bonne (?:soiree|journee|nuit)|a bientot|a demain|ciao|tchao|bonne fin de journee)`,
    "merci",
  ),
};

const GERMAN: SmallTalkWords = {
  about:
    /\b(?:wer bist du|was bist du|was kannst du|wobei kannst du (?:mir )?helfen|bist du (?:ein |eine )?(?:bot|roboter|mensch|echter mensch|ki)|wie funktionierst du|was ist alliance)\b/,
  praiseBot:
    /\b(?:du bist|bist) (?:echt |voll |so |total |richtig |der |die |einfach )?(?:toll|super|klasse|genial|spitze|hilfreich|lieb|s(?:u|ue)ss|beste|ein schatz|mega|cool)\b|\bguter bot\b|\b(?:gute|tolle|super|starke) antwort\b|^(?:das|es|deine antwort) hat (?:mir )?(?:echt |wirklich |sehr |voll |total )?geholfen\b|^(?:das|es) war (?:echt |wirklich |sehr |voll |super )?hilfreich\b/,
  praise: new RegExp(
    [
      String.raw`\b(?:therapeut\w*|psycholog\w*|psychiater\w*|therapie|sitzung|sitzungen|stunde|therapiestunde)\b.*\b(?:ist|war|sind|waren)(?: \S+){0,3} (?:toll|super|klasse|genial|spitze|der hammer|mega|die beste|der beste|gro(?:ss|ß)artig|wunderbar|hilfreich|gut)\b`,
      String.raw`\bich (?:liebe|mag) (?:meine|meinen) (?:therapeutin|therapeuten|psychologin|psychologen)\b`,
      String.raw`\b(?:super|tolle|gute|starke|richtig gute) (?:sitzung|therapiestunde|stunde)\b`,
      String.raw`\bdankbar f(?:u|ue)r (?:meine|meinen) (?:therapeut\w*|psycholog\w*)\b`,
    ].join("|"),
  ),
  moreThanChat:
    /\?|\b(?:aber|obwohl|trotzdem|wozu|warum|wieso|weshalb|ob|nicht|nie|kein\w*|nichts|normal|komisch|seltsam|sorge\w*|angst|nerv(?:o|oe)s|hilfe|tipp\w*|rat|verliebt|h(?:a|ae)nge|abh(?:a|ae)ngig|vermiss\w*|aufh(?:o|oe)ren|beenden|wechseln|geweint|weine|traurig|w(?:u|ue)tend|sauer|verletzt|f(?:u|ue)hle)\b/,
  sessionNews:
    /^(?:(?:so|ok|okay) )?(?:bin )?(?:auf dem weg|unterwegs|gleich|jetzt) (?:zur|zu meiner|zu meinem|in die) (?:therapie|sitzung|therapeutin|therapeuten|psychologin|stunde|therapiestunde)\b|^(?:heute|gleich) (?:ist |hab ich |habe ich )?(?:therapie|sitzung|therapiestunde)\b|^(?:(?:so|ok|okay) )?(?:bin )?(?:zur(?:u|ue)ck|grad raus|gerade raus|frisch raus) (?:von|aus) (?:der|meiner) (?:therapie|sitzung|stunde|therapiestunde)\b/,
  behind: /\b(?:zur(?:u|ue)ck|raus)\b/,
  newsAndMore: /\?|\b(?:nicht|kein\w*|schlecht|nerv(?:o|oe)s|angst|geweint|traurig|schwer|mies|aber|warum|wie|f(?:u|ue)hle)\b/,
  howAreYou: only(String.raw`(?:und |na,? )?(?:wie geht'?s(?: dir)?|wie geht es dir|wie gehts|alles (?:gut|klar) bei dir|wie l(?:a|ae)uft'?s)`),
  acknowledgement: only(String.raw`ok|okay|alles klar|gut|cool|super|passt|verstanden|ah ok|klar|geht klar|perfekt|jo|jup|top|prima|okidoki|passt scho`),
  goodbye: only(
    String.raw`tsch(?:u|ue)ss|tschau|ciao|bis (?:dann|bald|morgen|sp(?:a|ae)ter)|auf wiedersehen|pfiat di|ade|bye|gute nacht|sch(?:o|oe)nen abend`,
    "danke",
  ),
};

export const SMALL_TALK_WORDS: Partial<Record<Language, SmallTalkWords>> = { es: SPANISH, pt: PORTUGUESE, fr: FRENCH, de: GERMAN };

/** Lower case, accents off: "¿Quién eres?" reads "¿quien eres?". */
export function foldForSmallTalk(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}
