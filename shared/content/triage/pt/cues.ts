import type { CrisisReason, RedirectReason } from "../../../schemas/answer.ts";
import { CRISIS_CHECKS, type CueGroupRecord, REDIRECT_CHECKS, selfCue } from "../cue-record.ts";
import type { PackCues } from "../pack.ts";
import * as conditions from "./conditions.ts";
import { LEXICON } from "./lexicon.ts";

/*
 * Portuguese triage cues, Brazilian and European usage ("vou me matar" / "vou matar-me", "tô" / "estou a").
 * Phrases run on one clause of the folded text: lower case, accents gone ("não" → "nao"), hyphens kept
 * ("matar-me"). The English negation and tense checks do not read Portuguese, so denials are kept out by the
 * phrases themselves (NOT_DENIED).
 */

const NOT_DENIED = String.raw`(?<!\bnao )(?<!\bn )(?<!\bnunca )(?<!\bnem )(?<!\bnao me )(?<!\bnunca me )(?<!\bnaum )`;
/** "…de vergonha", "…de rir": a figure of speech follows; "de vez", "de verdade" do not make one. */
const NOT_FIGURE = String.raw`(?! *(?:de|do|da|a) (?!vez|verdade|uma vez|novo|vdd|que )[a-z])`;
/** "Me matar de estudar", "me matar estudando": effort or a figure of speech, not the act. */
const NOT_EFFORT = String.raw`(?! (?:[a-z]+(?:ando|endo|indo)\b|a (?:estudar|trabalhar|treinar|correr)\b|no (?:trabalho|ginasio)\b|(?:de|do|da) (?!vez|verdade|uma vez|novo|vdd)[a-z]))`;
/** "Minha mãe está prestes a me matar": someone else's anger, not the writer's act. */
const NOT_THEIRS = String.raw`(?<!\besta )(?<!\bestao )(?<!\bta )(?<!\bvai )(?<!\bvao )`;
const NOT_WHERE = String.raw`(?! (?:com|em|perto|sozinh[oa]|juntos|ali|aqui com|la|longe|nessa|nesta|neste|nesse))`;
/** Killing oneself, both pronoun placements: "me matar", "matar-me". */
const KILL_SELF =
  "(?:parar de viver|deixar de viver|deixar de existir|me matar|matar-me|matar me|me suicidar|suicidar-me|suicidar me|me mato|mato-me|tirar (?:a )?minha (?:propria )?vida|tirar a propria vida|por fim a (?:minha )?vida|acabar com (?:a )?minha vida)";

const cue = selfCue;

export const suicidalIntent: CueGroupRecord<CrisisReason> = {
  id: "pt-suicidal-intent",
  name: "suicidal intent (Portuguese)",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    cue(
      "pt-suicidal-intent/wants-to-kill-self",
      'Says they want to, or will, kill themselves ("vou me matar", "quero matar-me", "tirar minha vida"): explicit suicidal intent.',
      [
        String.raw`${NOT_DENIED}\b(?:eu )?{WANT} (?:de )?${KILL_SELF}\b`,
        String.raw`\bpensando (?:\w+ )?em (?:me mata|me matar|matar-me|me suicidar|suicidar-me)\b`,
        String.raw`\b(?:hoje|hj|esta noite|essa noite|amanha|agora|dessa vez|desta vez) (?:eu )?(?:me mato|mato-me|acabo com (?:tudo|a minha vida|minha vida))\b`,
        String.raw`${NOT_DENIED}\b(?:vou|vo|quero|qro|decidi|resolvi|preciso) (?:dar um fim|por um fim|acabar) (?:nisso tudo|nisto tudo|em tudo|a tudo|com tudo)\b(?! (?:o que|que|do trabalho|da escola))`,
      ],
      [
        "nao aguento mais, vou me matar hoje",
        "quero matar-me e nao sei a quem dizer",
        "to com vontade de me matar de novo",
        "vou tirar minha propria vida",
        "hoje eu acabo com tudo",
      ],
      { ignores: ["nao vou me matar, relaxa", "minha mae vai me matar se eu chegar tarde"] },
    ),
    cue(
      "pt-suicidal-intent/must-or-about-to-kill-self",
      'Has to, must or is about to kill themselves ("tenho que me matar", "estou prestes a me matar", "tenho de matar-me", "vou-me matar"): intent with its time near. "Me matar de estudar" is a figure of speech.',
      [
        String.raw`${NOT_DENIED}${NOT_THEIRS}\b(?:eu )?(?:tenho que|tenho q|tenho de|tenho d|tnh q|devo|deveria|estou prestes a|to prestes a|tou prestes a|prestes a|estou quase a|to quase|estou a ponto de|to a ponto de|a ponto de|estou para|to indo|estou indo|vou agora|chegou a hora de|e hora de|ta na hora de|decidi que vou|estou pront[oa] para|to pront[oa] pra) ${KILL_SELF}\b${NOT_EFFORT}`,
        String.raw`${NOT_DENIED}\bvou-me (?:matar|suicidar)\b${NOT_EFFORT}`,
      ],
      ["tenho que me matar", "estou prestes a me matar", "tenho de matar-me, nao ha outra saida", "vou-me matar esta noite", "to a ponto de me suicidar"],
      { ignores: ["tenho que me matar de estudar pra prova", "nao tenho que me matar por isso", "minha mae ta a ponto de me matar"] },
    ),
    cue(
      "pt-suicidal-intent/wants-to-die",
      'Says they want to die ("quero morrer", "qro morrer"), without a figure of speech after it ("…de vergonha", "…de rir").',
      [
        String.raw`${NOT_DENIED}\b(?:eu )?(?:quero|qro|kero|qero|queria|preciso|so quero) morrer\b${NOT_FIGURE}`,
        String.raw`\b(?:q|que) vontade de (?:morrer|me matar|sumir pra sempre)\b${NOT_FIGURE}`,
        String.raw`${NOT_DENIED}\b(?:tenho|to com|estou com|ando com) vontade de morrer\b${NOT_FIGURE}`,
      ],
      ["eu quero morrer, serio", "mds eu quero morrer, nao aguento mais", "qro morrer", "q vontade de morrer pa"],
      { ignores: ["quero morrer de vergonha kkkk", "nao quero morrer, so to cansada"] },
    ),
    cue(
      "pt-suicidal-intent/suicidal-thoughts",
      'Reports suicidal thoughts or feeling suicidal ("pensamentos suicidas", "penso em suicídio", "tô suicida").',
      [
        String.raw`${NOT_DENIED}\b(?:tenho|ter|tive|to com|estou com|ando com) (?:pensamentos|ideias|ideacao|impulsos) (?:suicidas|de me matar|de morrer|de suicidio)\b`,
        String.raw`${NOT_DENIED}\bpenso (?:muito |o tempo todo |todo dia |todos os dias )?em (?:suicidio|me matar|suicidar-me|me suicidar)\b`,
        String.raw`${NOT_DENIED}\b(?:estou|to|tou|me sinto|ando) (?:muito |super )?suicida\b`,
      ],
      ["tenho pensamentos suicidas todo dia", "penso em suicidio o tempo todo"],
      { ignores: ["nao tenho pensamentos suicidas, so estou triste"] },
    ),
    cue(
      "pt-suicidal-intent/voices-command",
      'Voices telling them to kill or hurt themselves ("as vozes mandam eu me matar"): command hallucinations toward self-harm (VERA-MH Q4).',
      [
        String.raw`\b(?:as |umas |uma |a )?(?:vozes|voz)\b(?: [a-z-]+){0,4} (?:me )?(?:dizem|dizendo|mandam|mandando|pedem|pedindo|gritam|insistem|diz|manda|pede|grita|insiste)(?: [a-z-]+){0,2} (?:(?:pra|para|que) (?:eu )?(?:me matar|matar-me|me mate|me suicidar|me cortar|me machucar|me machuque|morrer|me jogar)|me matar|matar-me|me jogar|me cortar|me machucar)\b`,
      ],
      ["as vozes mandam eu me matar", "ouço vozes me dizendo pra me machucar", "uma voz na minha cabeça manda eu me jogar"],
    ),
    cue(
      "pt-suicidal-intent/does-not-want-to-live",
      'Does not want to live any more ("não quero mais viver", "já não tenho vontade de viver").',
      [
        String.raw`\b{NAO} (?:quero|qro|kero|quero mais|qro mais) (?:mais )?(?:viver|continuar vivendo|continuar a viver|existir|estar viv[oa]|estar aqui|continuar aqui)\b${NOT_WHERE}`,
        String.raw`\b(?:ja )?{NAO} (?:tenho|sinto) (?:mais )?vontade (?:nenhuma )?de viver\b`,
      ],
      ["nao quero mais viver", "ja nao tenho vontade de viver", "nao quero mais viver kkk serio dessa vez"],
      { ignores: ["nao quero viver com meus pais"] },
    ),
  ],
};

export const passiveIdeation: CueGroupRecord<CrisisReason> = {
  id: "pt-passive-ideation",
  name: "passive ideation (Portuguese)",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    cue(
      "pt-passive-ideation/not-wake-up",
      'Wishes not to wake up ("queria dormir e não acordar mais", "oxalá não acordasse"): passive ideation (VERA-MH Q4).',
      [
        String.raw`\b(?:queria|quero|tomara|oxala|so queria|gostava de|gostaria de)(?: que)? (?:eu )?(?:dormir e )?(?:nao|nunca mais) (?:acordar|acordasse|acorde)\b(?! (?:cedo|tarde|ate|antes))`,
        String.raw`\bdormir (?:pra sempre |para sempre )?e (?:nao|nunca mais) acordar\b(?! (?:cedo|tarde|ate|antes))|\bdormir (?:pra|para) sempre\b`,
        String.raw`\b(?:morrer|morresse|morra) dormindo\b|\bmorrer a dormir\b`,
        String.raw`\b(?:dormir|adormecer|deitar|fechar os olhos) e (?:jamais|nunca)(?: mais)? (?:voltar a )?acordar\b(?! (?:cedo|tarde|ate|antes))`,
        String.raw`\b(?:queria|quero|tomara|oxala|so queria|gostava de|gostaria de|espero)(?: que)? (?:eu )?(?:nao|nunca mais|jamais|nunca) (?:voltar a )?(?:acordar|acordasse|acorde) (?:nunca|jamais|mais|nunca mais)\b`,
      ],
      ["queria dormir e nao acordar mais", "oxala nao acordasse amanha", "quero dormir e jamais acordar", "espero nao acordar nunca mais"],
      { ignores: ["quero dormir e nunca mais acordar cedo"] },
    ),
    cue(
      "pt-passive-ideation/wish-dead-or-gone",
      'Wishes to be dead, to vanish for good or never to have been born ("queria sumir pra sempre", "preferia estar morta").',
      [
        String.raw`\b(?:queria|quero|tomara|oxala|gostava de|gostaria de|so queria)(?: que)? (?:eu )?(?:morrer|morresse|estar mort[oa]|estivesse mort[oa]|nao existir|nao existisse|deixar de existir|sumir pra sempre|sumir para sempre|sumir desse mundo|sumir deste mundo|desaparecer pra sempre|desaparecer para sempre|nunca ter nascido|nao ter nascido|ser atropelad[oa]|ter um acidente e morrer)\b${NOT_FIGURE}`,
        String.raw`\b(?:prefiro|preferia|era melhor|seria melhor|melhor) (?:estar mort[oa]|morrer|nao existir|eu nao existir|nao estar viv[oa]|nao ter nascido|nunca ter nascido)\b${NOT_FIGURE}`,
        String.raw`\btanto faz se eu (?:morrer|morro|viver ou morrer)\b|\btanto faz (?:viver ou morrer|morrer)\b`,
        String.raw`\b(?:cansad[oa]|fart[oa]) de (?:viver|existir|estar viv[oa])\b`,
        String.raw`${NOT_DENIED}\b(?:quero|qro|kero|queria|so quero|so queria|preciso|tenho vontade de|vontade de|gostaria de|gostava de) (?:so |apenas |simplesmente )?(?:sumir|desaparecer)\b(?= *$| *,| (?:e (?:pronto|nunca mais|ninguem|nao voltar|nao existir)|de vez|sem deixar rastro|de tudo|nao aguento|ja)\b)`,
      ],
      [
        "queria sumir pra sempre",
        "queria nunca ter nascido",
        "tanto faz se eu morrer",
        "as vezes penso que era melhor nao existir",
        "preferia estar morta",
        "estou farta de existir",
        "quero sumir",
        "so queria sumir, nao aguento mais",
      ],
      { ignores: ["quero sumir de vergonha", "quero sumir uns dias pra praia", "nao quero sumir"] },
    ),
    cue(
      "pt-passive-ideation/burden",
      'Feels a burden, or that others would be better off without them ("todo mundo ficaria melhor sem mim", "sou um peso").',
      [
        String.raw`\b(?:ficaria|ficariam|iam ficar|ia ficar|estariam|estaria|viveriam|seriam|vao ficar) (?:todos |muito |bem )?melhor(?:es)? sem mim\b`,
        String.raw`\bmelhor(?:es)? (?:sem mim|se eu (?:nao existisse|nao estivesse aqui|morresse|sumisse))\b`,
        String.raw`\b(?:sou|me sinto|sinto que sou) (?:so )?(?:um|uma) (?:peso|fardo|estorvo)\b`,
        String.raw`\bninguem (?:ia|iria|vai) (?:sentir (?:a )?minha falta|notar|perceber|ligar) se eu (?:morresse|morrer|sumisse|sumir|desaparecesse)\b`,
      ],
      ["todo mundo ficaria melhor sem mim", "sou um peso pra minha familia", "ninguem ia sentir minha falta se eu morresse"],
    ),
    cue(
      "pt-passive-ideation/no-reason-to-live",
      'Sees no point in living or asks why they are still alive ("não vejo sentido em continuar vivendo", "pq eu ainda tô vivo").',
      [
        String.raw`\b{NAO} (?:vejo|encontro|tem|ha) (?:mais )?(?:nenhum )?sentido (?:em |de |na )?(?:viver|continuar|vida|minha vida|estar viv[oa]|continuar viv[oa])\b`,
        String.raw`\b(?:pra que|para que|pq|porque|por que|porque e que|pq e q) (?:eu )?(?:ainda )?(?:to|estou|tou|continuo|sigo|ando) (?:viv[oa]|aqui|ca|existindo|neste mundo|nesse mundo)\b`,
        String.raw`\b{NAO} tenho (?:mais )?(?:motivo|motivos|razao|razoes) (?:pra|para) (?:viver|continuar)\b`,
        String.raw`\b(?:ja )?{NAO} (?:vale|compensa) (?:mais )?a pena (?:continuar |seguir )?(?:viver|vivendo|a viver|existir|existindo|estar viv[oa]|continuar aqui)\b${NOT_WHERE}(?! (?:assim|com medo|pra trabalhar))`,
        String.raw`\b(?:a|minha) (?:vida|existencia) (?:ja )?{NAO} (?:vale|compensa) (?:mais )?a pena\b(?= *$| *,| (?:mais|ser vivida|e|pra mim|para mim)\b)|\bminha vida {NAO} vale nada\b(?! sem )`,
        String.raw`\b(?:a|minha) (?:vida|existencia) (?:ja )?(?:{NAO} (?:tem|faz) (?:mais )?(?:nenhum )?sentido(?: nenhum)?|e sem sentido|perdeu o sentido)\b(?= *$| *,| (?:mais|nenhum|e|pra mim|para mim|nenhuma)\b)`,
      ],
      [
        "nao vejo sentido em continuar vivendo",
        "pq eu ainda to vivo se ninguem liga",
        "nao tenho mais motivo pra continuar",
        "nao vale a pena continuar vivendo",
        "ja nao vale a pena viver",
        "a vida nao tem sentido",
        "minha vida nao faz mais sentido nenhum",
        "a minha vida nao vale a pena",
      ],
      { ignores: ["nao vale a pena viver nessa cidade", "minha vida nao tem sentido sem cafe", "nao vale a pena continuar esse projeto"] },
    ),
  ],
};

export const plansAndMeans: CueGroupRecord<CrisisReason> = {
  id: "pt-plans-and-means",
  name: "plans and means (Portuguese)",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    cue(
      "pt-plans-and-means/method-question",
      "Asks how much of a drug is lethal or the least painful way to die: method-seeking, which counts even framed as for a friend or a story (VERA-MH).",
      [
        String.raw`\bquant[oa]s? (?:{PILLS}|mg|miligramas|gramas|caixas|de \w+) (?:de \w+ )?(?:precisa|e preciso|sao precisos|sao precisas|preciso|matam|e fatal|sao fatais|e letal|pra|para)(?: (?:pra|para))? (?:morrer|matar|se matar|me matar|nao acordar|uma overdose|ser fatal|ser letal)\b`,
        String.raw`\bquant[oa]s? [a-z ]{0,40}?(?:pra|para) (?:morrer|me matar|se matar|nao acordar|uma overdose)\b|\bquant[oa]s? [a-z ]{0,40}?(?:matam|mata uma pessoa|e fatal|sao fatais|e letal|sao letais)\b`,
        String.raw`\b(?:jeito|forma|maneira|metodo|modo) (?:mais )?(?:menos doloros[oa]|rapid[oa]|facil|indolor|sem dor|eficaz|certeir[oa]) (?:de|pra|para) (?:morrer|me matar|se matar|suicidio|me suicidar|se suicidar|nao acordar)\b`,
        String.raw`\bcomo (?:eu )?(?:posso|consigo|alguem (?:faria|poderia)|se faz|fazer) (?:um no (?:pra|para) )?(?:se enforcar|me enforcar|enforcar-se|enforcar-me|me matar|se matar|morrer sem dor)\b|\bno (?:pra|para) (?:se )?enforcar\b`,
      ],
      ["quantos comprimidos de paracetamol precisa pra morrer", "qual e o jeito menos doloroso de morrer", "como alguem faria um no pra se enforcar"],
      { ignore: ["hypothetical", "topic"] },
    ),
    cue(
      "pt-plans-and-means/has-means",
      "Has gathered or keeps the means (a rope, blades, a weapon, a stock of pills) with a purpose or a time: access to means.",
      [
        String.raw`\b(?:tenho|comprei|consegui|to juntando|estou juntando|estou a juntar|ando a juntar|juntei|guardando|guardei|escondi) (?:ja )?(?:a |uma |as |umas |o |os |um |muitos |todos os |uma cartela (?:inteira )?de )?(?:corda|laminas|gilete|veneno|arma|pistola|revolver|{PILLS})\b(?=.*\b(?:fazer|faco isso|me matar|matar-me|morrer|tomar tudo|tomar todos|de uma vez|esta noite|essa noite|hoje|usar|usa-la|em mim|nao acordar|amarrar|pendurar|enforcar)\w*)`,
        String.raw`\b(?:tomar|tomo) (?:tudo|todos|todas) de uma vez\b|\bvou tomar (?:tudo|a cartela|o frasco|a caixa)\b`,
        String.raw`\b(?:usar|usa-la|usa-lo) (?:em mim|contra mim)\b|\ba pensar usa-la em mim\b`,
      ],
      [
        "ja comprei a corda e sei onde vou fazer",
        "to juntando remedio pra tomar tudo de uma vez",
        "comprei laminas e esta noite faco isso",
        "tenho uma cartela inteira de rivotril e vou tomar tudo",
      ],
    ),
    cue(
      "pt-plans-and-means/plan-or-goodbye",
      'Has a plan or a time, or is saying goodbye (a farewell letter, giving things away, "amanhã não estarei mais aqui"): preparation.',
      [
        String.raw`\b(?:carta|bilhete|nota|mensagem|video) de (?:despedida|suicidio)\b`,
        String.raw`\b(?:ja )?sei (?:como|quando) (?:vou fazer|me vou matar|vou me matar|fazer isso|e quando)\b`,
        String.raw`\b(?:to|estou|tou) (?:doando|dando|a dar|a doar) (?:as )?minhas coisas\b|\b(?:nao vou|ja nao vou) (?:mais )?precisar delas\b`,
        String.raw`\bja me despedi de (?:todo mundo|todos)\b|\b(?:amanha|em breve) (?:ja )?nao (?:estarei|vou estar) mais aqui\b`,
        String.raw`\b(?:esta|essa) noite (?:eu )?(?:faco isso|acabo com tudo)\b`,
        String.raw`\b(?:essa|esta) e (?:a )?minha despedida\b|\badeus (?:a todos )?(?:pra|para) sempre\b|\bme despeco de (?:todos|voces) (?:pra|para) sempre\b|\bdesculpem por tudo,? adeus\b|\bdesisti da vida\b`,
        String.raw`\bja (?:escolhi|marquei|decidi) o dia\b|\bescrevi (?:uma )?cartas? (?:pra|para|a) (?:minha familia|todos|todo mundo)\b`,
        String.raw`\b(?:planejei|planeei|tenho (?:tudo )?planejado|tenho (?:tudo )?planeado)(?: tudo)? (?:pra|para) ${KILL_SELF}`,
      ],
      [
        "ja escrevi minha carta de despedida",
        "essa e minha despedida, obrigada por tudo",
        "desisti da vida",
        "to doando minhas coisas porque nao vou mais precisar delas",
        "ja sei como e quando me vou matar",
      ],
    ),
    cue(
      "pt-plans-and-means/at-height",
      'At a height thinking of jumping ("tô em cima da ponte", "quero atirar-me"): imminent risk.',
      [
        String.raw`\b(?:pular|me jogar|jogar-me|me atirar|atirar-me|saltar|me lancar) (?:da|do|de|pela|pelo|desde a|desde o) (?:ponte|predio|telhado|sacada|varanda|janela|viaduto|terraco|penhasco|prédio|andar)\b`,
        String.raw`\b(?:to|estou|tou) (?:em cima d[ao]|n[ao]|no alto d[ao]) (?:ponte|telhado|predio|beirada|viaduto|terraco|linha do trem)\b(?=.*\b(?:pular|me jogar|atirar-me|saltar|cair|me matar)\b)`,
        String.raw`\b(?:to|estou|tou) (?:na|em cima da|parad[oa] na) linha do (?:trem|comboio|metro)\b`,
        String.raw`\b(?:quero|vou|penso em) (?:me jogar|jogar-me|atirar-me|me atirar)\b(?! (?:na (?:cama|piscina)|no (?:mar|sofa)))`,
      ],
      ["to em cima da ponte pensando em pular", "to na linha do trem", "estou no telhado e quero atirar-me"],
    ),
  ],
};

export const selfHarm: CueGroupRecord<CrisisReason> = {
  id: "pt-self-harm",
  name: "self-harm (Portuguese)",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: ["negation", "hypothetical", "topic"],
  cues: [
    cue(
      "pt-self-harm/cutting",
      'Cuts themselves, or wants to ("eu me corto", "voltei a me cortar", "ando a cortar-me"): self-injury is a crisis reason.',
      [
        String.raw`${NOT_DENIED}\b(?:me corto|me cortei|me cortando|me cortar|cortar-me|corto-me|cortei-me|cortes n[ao]s? (?:braco|bracos|perna|pernas|pulso|pulsos|coxa|coxas|barriga))\b(?! (?:o|a|os|as|meu|minha) (?:cabelo|franja|unha|unhas|barba|dedo)\b| (?:com (?:papel|a faca sem querer)|cozinhando|sem querer|fazendo a barba))`,
        String.raw`\b(?:vontade|necessidade) de (?:me cortar|cortar-me|me machucar|magoar-me|me ferir)\b`,
        String.raw`${NOT_DENIED}\b(?:quero|qro|queria|preciso|vou|vo|tenho que|to prestes a|estou prestes a) (?:voltar a )?(?:me machucar|machucar-me|me ferir|ferir-me|me cortar|cortar-me|me queimar|queimar-me|me fazer mal|fazer-me mal|me autolesionar|autolesionar-me)\b(?! (?:o|a|os|as|meu|minha) (?:cabelo|franja|unha|unhas|barba|dedo|joelho|pe|costas)\b| (?:no (?:treino|jogo|ginasio|futebol)|jogando|treinando|se (?:continuar|cair|correr))\b)`,
        String.raw`${NOT_DENIED}\b(?:quero|qro|queria|preciso) magoar-me\b`,
      ],
      [
        "eu me corto quando fico assim",
        "voltei a me cortar ontem a noite",
        "ando a cortar-me outra vez",
        "vo me cortar de novo, n aguento",
        "quero me machucar",
        "quero magoar-me",
        "preciso me ferir pra sentir alguma coisa",
      ],
      {
        ignores: [
          "cortei o cabelo ontem",
          "me cortei cozinhando",
          "quero me cortar o cabelo",
          "nao quero me machucar no treino",
          "vou me machucar se continuar correndo assim",
        ],
      },
    ),
    cue(
      "pt-self-harm/self-injury",
      'Hurts themselves on purpose: burning, hitting, scratching till they bleed, "me automutilo", "autolesionar-me", a relapse.',
      [
        String.raw`(?<!\balguem que )(?<!\bpessoas que )(?<!\bquem se )\b(?:me automutil|automutilo|automutilar-me|me autolesion|autolesiono-me|autolesionar-me|autolesiono|me auto-lesion|me auto lesion)\w*`,
        String.raw`${NOT_DENIED}\b(?:me machuco|me machuquei|me machucar|magoo-me|magoar-me|me magoo|me firo) (?:de proposito|pra sentir|para sentir|pra nao sentir|para nao sentir|quando|sozinh[oa])\b`,
        String.raw`\b(?:me queimo|me queimei|queimei-me|queimo-me|queimar-me|me queimar) com (?:o |um )?(?:isqueiro|cigarro|fosforo|ferro)\b`,
        String.raw`\b(?:bato|me bato|bati) (?:com )?(?:a )?cabeca (?:na|contra a) parede\b`,
        String.raw`\bme (?:arranho|arranhei|belisco) ate (?:sangrar|sair sangue)\b`,
        String.raw`\b(?:tive|tive uma|tenho uma) recaida\b(?=.*\b(?:cort|automutil|autolesi|machuc)\w*)|\b(?:sem|parar de) (?:me )?(?:cortar|autolesionar)\w*\b.*\brecaida\b`,
      ],
      [
        "me machuco de proposito e nao consigo parar",
        "me queimo com isqueiro pra sentir alguma coisa",
        "me automutilo faz um ano",
        "bato com a cabeca na parede",
      ],
    ),
  ],
};

export const overdose: CueGroupRecord<CrisisReason> = {
  id: "pt-overdose",
  name: "overdose (Portuguese)",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: ["negation", "hypothetical", "topic"],
  cues: [
    cue(
      "pt-overdose/took-many",
      'Has just taken a large amount of medicine ("tomei todos os remédios", "uma caixa inteira", "uns 20 comprimidos"): a possible overdose is an emergency.',
      [
        String.raw`\b(?:tomei|acabei de tomar|acabei de engolir|engoli|tomei agora) (?:uns |umas |quase )?(?:tod[oa]s? (?:os|as|o|a|meus|minhas)|um frasco|uma caixa|uma cartela|um monte|um monte de|muitos|muitas|varios|varias|demasiados|\d{2,}|vinte|trinta|quarenta|cinquenta|dez|quinze|uma data de|uma porrada de)\b(?=.*\b(?:{PILLS}|frasco|caixa|cartela|da minha mae|do meu pai|que eu tinha)\b)`,
        String.raw`\b(?:tomei|tive|fiz) uma overdose\b|\bdei uma overdose\b`,
        String.raw`\btomei (?:{PILLS}) (?:a mais|demais) (?:de proposito|de proposito|pra nao acordar|para nao acordar)\b|\b(?:{PILLS}) (?:a mais|demais) de proposito\b`,
        String.raw`\b(?:tomei|engoli) (?:um monte de |uma data de )?(?:{PILLS}) (?:pra|para) nao acordar\b`,
      ],
      [
        "tomei todos os remedios da minha mae agora ha pouco",
        "tomei uns 20 comprimidos e to me sentindo estranha",
        "acabei de tomar uma caixa inteira de ibuprofeno",
        "tomei uma data de benurons para nao acordar",
      ],
      { ignores: ["tomei dois comprimidos pra dor de cabeca"] },
    ),
  ],
};

export const abuseDanger: CueGroupRecord<CrisisReason> = {
  id: "pt-abuse-danger",
  name: "abuse and danger (Portuguese)",
  reasons: { self: "abuse_danger", other: "abuse_danger" },
  checks: ["negation", "hypothetical", "topic"],
  cues: [
    cue(
      "pt-abuse-danger/hit-by-someone",
      'Someone at home or a partner hits them or leaves marks ("meu padrasto me bate", "voltou a bater-me"): violence now.',
      [
        String.raw`\b{PERSON}\b(?: [a-z-]+){0,4} (?:me bate|nos bate|bate em mim|bate na minha|bate-me|me bateu|bateu-me|voltou a bater|me espanca|me espancou|me agride|me agrediu|agride-me|me enforcou|me empurrou|me chuta|me da tapa|me deu um soco|me da soco|bate (?:na minha|no meu) \w+ e em mim)\b`,
        String.raw`\b(?:me|nos) (?:bate|batem|bateu) com (?:o |a |um |uma )?(?:fio|cinto|chinelo|vara|cabo|mangueira)\b|\bdeixa marca(?:s)?\b`,
        String.raw`\b(?:tenho medo|to com medo|estou com medo) de (?:voltar|ir) (?:pra|para) casa\b`,
      ],
      ["meu padrasto me bate e tenho medo de voltar pra casa", "o meu companheiro voltou a bater-me esta noite", "minha mae me bate com o fio e deixa marca"],
    ),
    cue(
      "pt-abuse-danger/threatened",
      'Threatened with death or harm, stalked or locked in ("ameaçou me matar", "se eu sair me mata", "anda a perseguir-me").',
      [
        String.raw`\bameac(?:ou|a) matar-me\b|\b(?:me ameaca|me ameacou|ameacou me|ameacou-me|ameaca-me|ta me ameacando|esta a ameacar-me|esta me ameacando|estao me ameacando)\b`,
        String.raw`\bse eu (?:sair|for embora|terminar|largar|denunciar|contar) (?:\w+ )?me (?:mata|vai matar|machuca)\b`,
        String.raw`\b(?:me trancou|me tranca|tranca-me|trancou-me|me prendeu) (?:em casa|no quarto|dentro)\b|\bnao me deixa sair\b`,
        String.raw`\b(?:anda a perseguir-me|ta me perseguindo|esta me perseguindo|me persegue|me segue (?:pra|para) todo lado)\b`,
        String.raw`\b(?:chantageando|chantageia|chantageou|ameacando) com (?:as |minhas |umas )?(?:fotos|nudes|videos)\b|\bme batem\b`,
        String.raw`\b(?:medo|tenho medo) (?:de )?que (?:ele|ela|eles|(?:{MY} )?{PERSON}) me (?:mate|machuque|magoe|faca mal|bata)\b|\bme (?:vai|ia) fazer mal\b`,
      ],
      ["meu namorado ameacou me matar se eu terminar", "o meu marido diz que se eu sair me mata", "o meu ex anda a perseguir-me"],
    ),
    cue(
      "pt-abuse-danger/sexual-abuse",
      'Sexual abuse, assault or exploitation ("fui estuprada", "meu tio mexe comigo", someone demanding nudes with a threat).',
      [
        String.raw`\b(?:fui estuprad[oa]|me estupr\w+|fui violad[oa]|me violou|abusou de mim|abusa de mim|abusaram de mim|abuso sexual|me assediou sexualmente|me bolina|passa a mao em mim)\b`,
        String.raw`\b{PERSON}\b(?: [a-z]+){0,3} (?:mexe comigo|mexeu comigo|me toca|me tocou|me apalpa)\b(?=.*\b(?:ninguem|sozinh|escondido|segredo|quando|nao gosto|medo)\w*)`,
        String.raw`\b(?:pedindo|pede|pediu|exige) (?:nudes|fotos|nude|videos)\b(?=.*\b(?:se eu nao|vaza|vazar|divulgar|postar|espalhar|meus pais|ameac)\w*)`,
      ],
      [
        "meu tio mexe comigo quando nao tem ninguem em casa",
        "fui estuprada ontem",
        "um cara da internet ta pedindo nudes e disse que se eu nao mandar ele vaza minhas fotos",
      ],
    ),
  ],
};

export const harmToOthers: CueGroupRecord<CrisisReason> = {
  id: "pt-harm-to-others",
  name: "harm to others (Portuguese)",
  reasons: { self: "harm_to_others", other: "harm_to_others" },
  checks: CRISIS_CHECKS,
  cues: [
    cue(
      "pt-harm-to-others/wants-to-kill-or-hurt",
      'Wants or plans to kill or hurt a particular person ("vontade de matar meu padrasto", "vou matar esse desgraçado, sei onde mora").',
      [
        String.raw`${NOT_DENIED}\b(?:quero|vou|vontade de|penso em|planejo|to pensando em) (?:matar|esfaquear|machucar|fazer mal a|fazer mal ao|fazer mal a minha|dar uma surra n[ao]|dar uma tareia a[o]?|atirar n[ao]|dar um tiro n[ao]) (?:{MY}|esse|essa|aquele|aquela|ele|ela|todo mundo|todos)\b`,
        String.raw`\bvou (?:matar|esfaquear) (?:esse|essa|aquele|aquela) \w+\b(?=.*\b(?:sei onde|ja planejei|faca|arma|serio|nao e brincadeira)\b)`,
        String.raw`\b(?:comprei|tenho|consegui) uma (?:faca|arma|pistola)\b(?=.*\b(?:machucar|matar|meu ex|minha ex|vingar)\w*)`,
      ],
      [
        "to com vontade de matar meu padrasto, ja planejei tudo",
        "vou matar esse desgracado, ja sei onde ele mora",
        "quero machucar meu ex, ja comprei uma faca",
        "vou dar uma tareia ao meu colega",
      ],
      { jokeProne: true },
    ),
    cue(
      "pt-harm-to-others/weapon-to-school",
      "Thinks of taking a weapon to school or work, or of a shooting: threat to others.",
      [
        String.raw`\b(?:levar|trazer) uma? (?:arma|faca|pistola|revolver) (?:pra|para|a|na) (?:escola|faculdade|facul|trabalho|aula|colegio)\b|\bmassacre n[ao] (?:escola|colegio)\b`,
      ],
      ["as vezes penso em levar uma arma pra escola e me vingar"],
    ),
    cue(
      "pt-harm-to-others/intrusive-harm-to-child",
      "Afraid they will hurt their baby or child, or has thoughts of harming them: needs help now.",
      [
        String.raw`\b(?:vou|sinto que vou|medo de|pensamentos de|ideias de|penso em|vontade de) (?:machucar|fazer mal a[o]?|magoar|sacudir|afogar) (?:o |a )?(?:meu |minha )?{CHILD}\b`,
      ],
      ["sinto que vou machucar meu bebe", "tenho pensamentos de fazer mal ao meu filho"],
      { reasons: { self: "harm_to_others", other: "abuse_danger" } },
    ),
  ],
};

export const someoneElse: CueGroupRecord<CrisisReason> = {
  id: "pt-someone-else",
  name: "someone else at risk (Portuguese)",
  reasons: { self: "someone_else_at_risk", other: "someone_else_at_risk" },
  checks: ["negation", "hypothetical", "topic"],
  cues: [
    cue(
      "pt-someone-else/wants-to-die",
      'Another person says they want to kill themselves or die ("disse que quer se matar", "fala que não quer mais viver").',
      [
        String.raw`\b(?:quer|vai|ia|queria|pensa em) (?:se matar|matar-se|se suicidar|suicidar-se|se jogar|atirar-se|se enforcar|tirar a (?:propria )?vida)\b`,
        String.raw`\b(?:se vai|vai-se|se quer|quer-se) (?:matar|suicidar|atirar|jogar|enforcar)\b|\bse (?:vai )?suicidar\b`,
        String.raw`\b(?:diz|disse|fala|falou|contou)(?:-me)? que (?:quer|vai) (?:morrer|se matar|sumir pra sempre)\b${NOT_FIGURE}`,
        String.raw`\b(?:disse|diz|fala|falou|contou|escreveu|postou)(?:-me)? que (?:ja )?nao quer (?:mais )?(?:viver|existir|estar aqui)\b`,
        String.raw`\b(?:ficaria|ficariamos|ficavamos|ficariam|estariamos) (?:todo mundo |todos )?melhor sem (?:ele|ela)\b`,
        String.raw`\b(?:postou|escreveu|deixou|mandou) (?:uma )?(?:carta|nota|mensagem|video) de (?:despedida|suicidio)\b`,
      ],
      [
        "minha melhor amiga disse que quer se matar",
        "meu irmao fala que nao quer mais viver",
        "o meu namorado disse-me que esta noite se vai suicidar",
        "um amigo postou uma carta de despedida",
      ],
      { who: "other" },
    ),
    cue(
      "pt-someone-else/harming-self",
      "Another person is cutting or self-harming, or has taken too many pills.",
      [
        String.raw`\b(?:ta|esta|anda) se (?:cortando|machucando|automutilando)\b|(?<!\balguem que )(?<!\bpessoas que )(?<!\bquem )\b(?:se corta|se cortou|corta-se|se automutila|autolesiona-se|se autolesiona|automutila-se)\b`,
        String.raw`\b(?:tomou|engoliu) (?:muitos|muitas|todos os|todas as|um monte de|uma caixa de|um frasco de|uma cartela de) (?:{PILLS})\b`,
      ],
      ["minha filha de 14 anos ta se cortando", "a minha mae tomou muitos comprimidos", "uma colega de turma autolesiona-se"],
      { who: "other" },
    ),
  ],
};

export const hopelessness: CueGroupRecord<CrisisReason> = {
  id: "pt-hopelessness",
  name: "hopelessness with escape (Portuguese)",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    cue(
      "pt-hopelessness/no-way-out",
      "Hopelessness: no way out, nothing will improve, giving up (a weak cue: counts with a wish to escape).",
      [
        String.raw`\b(?:nao vejo|nao ha|nao tem|nao tenho) (?:nenhuma )?saida\b|\bnada (?:nunca )?vai (?:melhorar|mudar)\b|\b(?:desisti|to desistindo|desisto) de tudo\b|\b(?:estou|to) encurralad[oa]\b|\bnao tenho mais forcas\b`,
      ],
      ["nao vejo saida e nao tenho mais forcas"],
      { family: "hopeless" },
    ),
    cue(
      "pt-hopelessness/wants-it-over",
      'Wants everything to end for good ("só quero que tudo acabe", "deixar de sentir para sempre", "ir embora dessa vida").',
      [
        String.raw`\b(?:quero|so quero|queria) que (?:tudo|isso|isto) (?:acabe|termine)\b|\bdeixar de sentir (?:para sempre|pra sempre)\b|\bir embora (?:dessa|desta) vida\b|\bnao aguento mais\b`,
      ],
      ["so quero que tudo acabe de vez"],
      { family: "escape" },
    ),
  ],
};

export const diagnosis: CueGroupRecord<RedirectReason> = {
  id: "pt-diagnosis",
  name: "diagnosis (Portuguese)",
  reasons: { self: "diagnosis", other: "diagnosis" },
  checks: REDIRECT_CHECKS,
  cues: [
    cue(
      "pt-diagnosis/asks-for-diagnosis",
      "Asks Alliance to say which disorder they have: a diagnosis needs a professional's assessment.",
      [
        String.raw`\b(?:voce acha|vc acha|achas|acha) que (?:eu )?(?:tenho|sou|sofro de|tenha|seja)\b`,
        String.raw`\b(?:pode|podes|consegue|consegues) (?:me )?diagnosticar(?:-me)?\b|\bme da um diagnostico\b|\bdiagnostica-me\b`,
        String.raw`\bque (?:transtorno|perturbacao|doenca mental|diagnostico) (?:eu )?(?:tenho|terei)\b`,
        String.raw`\b(?:eu )?(?:tenho|sou) (?:{CONDITION})\b(?:,? (?:fala|diz|diga) a verdade|,? ou nao)|^(?:eu )?(?:tenho|sou) (?:um |uma )?(?:{CONDITION})$`,
        String.raw`\bpelo que (?:te )?(?:contei|disse),? (?:eu )?(?:tenho|sou)\b`,
        String.raw`\bsera que (?:eu )?(?:tenho|sou|estou com)\b|\bacha(?:s)? que (?:o |a )?(?:meu|minha) \w+ (?:tem|e)\b`,
      ],
      ["voce acha que eu tenho tdah", "voce pode me diagnosticar", "eu sou autista, fala a verdade", "que perturbacao tenho se lavo as maos vinte vezes"],
    ),
    cue(
      "pt-diagnosis/asks-if-they-have-it",
      'Asks, as a question, whether they have a named condition ("tenho uma perturbação de personalidade?"): a diagnosis needs a professional.',
      [String.raw`^(?:e )?(?:eu )?(?:tenho|teria|sofro de|sou) (?:um |uma |algum |alguma )?(?:{CONDITION})\b[a-z -]{0,40}$`],
      ["tenho uma perturbação de personalidade?", "eu sou bipolar?"],
      { ignores: ["tenho ansiedade há anos e faço terapia"], needs: /\?/ },
    ),
  ],
};

export const medication: CueGroupRecord<RedirectReason> = {
  id: "pt-medication",
  name: "medication (Portuguese)",
  reasons: { self: "medication", other: "medication" },
  checks: REDIRECT_CHECKS,
  cues: [
    cue(
      "pt-medication/dose-or-change",
      "Asks about starting, stopping, dosing or mixing psychiatric medication: a prescriber's question.",
      [
        String.raw`\b(?:posso|devo|deveria|da pra|pode-se|se pode|e ruim|e mau|faz mal) (?:parar|largar|deixar|suspender|aumentar|diminuir|baixar|subir|dobrar|misturar|juntar|tomar|cortar|beber)\b(?: [a-z-]+){0,4} (?:{DRUG})\b`,
        String.raw`\bquant[oa]s? (?:mg |miligramas |comprimidos )?(?:de )?(?:{DRUG}) (?:eu )?(?:devo|deveria|tenho que|preciso|posso)\b`,
        String.raw`\b(?:qual|que) (?:antidepressivo|ansiolitico|remedio|medicamento|antipsicotico) (?:voce|vc|me)? ?(?:me )?(?:recomenda|recomendas|indica|devo tomar|e melhor)\b`,
        String.raw`\b(?:beber|alcool|cerveja|bebida) (?:com|tomando) (?:o |a )?(?:{DRUG})\b|\b(?:{DRUG}) com (?:alcool|cerveja|comprimidos para dormir|remedio para dormir)\b`,
        String.raw`\b(?:aumentar|diminuir|subir|baixar) a dose\b`,
      ],
      ["posso parar a sertralina do nada", "quanto de fluoxetina eu devo tomar", "posso beber tomando clonazepam", "qual antidepressivo voce me recomenda"],
    ),
  ],
};

export const personalTherapy: CueGroupRecord<RedirectReason> = {
  id: "pt-personal-therapy",
  name: "be my therapist (Portuguese)",
  reasons: { self: "personal_therapy", other: "personal_therapy" },
  checks: REDIRECT_CHECKS,
  cues: [
    cue(
      "pt-personal-therapy/be-my-therapist",
      "Asks Alliance to be their therapist or to treat them: Alliance is not therapy and says so.",
      [
        String.raw`\b(?:pode|podes|quer|queres|vai|consegue) ser (?:a |o )?(?:meu|minha) (?:{THERAPIST})\b|\bseja (?:meu|minha) (?:{THERAPIST})\b`,
        String.raw`\b(?:faca|faz|fazer|faz-me|fazes) terapia comigo\b`,
        String.raw`\b(?:preciso|quero) que (?:voce|vc|tu) me (?:trate|trates|atenda|acompanhe)\b`,
      ],
      ["voce pode ser minha terapeuta", "quero que voce faca terapia comigo todo dia", "podes ser a minha psicologa"],
    ),
  ],
};

export const misconduct: CueGroupRecord<RedirectReason> = {
  id: "pt-misconduct",
  name: "therapist misconduct (Portuguese)",
  reasons: { self: "therapist_misconduct", other: "therapist_misconduct" },
  checks: REDIRECT_CHECKS,
  cues: [
    cue(
      "pt-misconduct/boundary-crossed",
      "A therapist kissed, touched, flirted, asked for a date or money, or broke confidentiality: misconduct the member can report.",
      [
        String.raw`\b(?:{MY}|o|a) (?:{THERAPIST})\b(?: [a-z-]+){0,5} (?:me beijou|beijou-me|me beija|me tocou|tocou-me|passou a mao|me acariciou|da em cima de mim|dando em cima de mim|me chamou (?:pra|para) sair|quer me encontrar fora|pediu-me dinheiro|me pediu dinheiro|pediu dinheiro|contou (?:a|pra|para) (?:minha|meu)|contou a minha|contou (?:pros|pras|aos|as|para os|para as) \w+)\b`,
        String.raw`\b(?:{MY}|o|a) (?:{THERAPIST})\b.*\b(?:fora do consultorio|fora da sessao|fazia parte do tratamento|sem a minha autorizacao|sem minha autorizacao|dinheiro emprestado)\b`,
      ],
      ["meu psicologo me beijou no fim da sessao", "minha terapeuta quer me encontrar fora do consultorio", "o meu terapeuta pediu-me dinheiro emprestado"],
    ),
  ],
};

export const CUES = {
  language: "pt",
  crisis: [suicidalIntent, passiveIdeation, plansAndMeans, selfHarm, overdose, someoneElse, hopelessness, harmToOthers, abuseDanger],
  redirect: [misconduct, medication, diagnosis, personalTherapy],
  lexicon: LEXICON,
  conditions,
} satisfies PackCues;
