import type { Language } from "./languages.ts";

/**
 * Words that mark one of the five languages and no other of them, above all the short chat forms a
 * general detector has never seen ("q onda", "vc ta bem", "jsp", "digga"). Lower case, accents as written
 * and without them. A word shared by two of the languages ("que", "de", "mais", "me") is left out: it
 * tells nothing between them (nor are "was", "am", "im", German's too; "vale", "ni", "ou", "à").
 */
const WORDS: Record<Language, string> = {
  en: `i i'm ive i've you you're your ur u the and is are it it's its this that my mine what how why who
    want wanna gonna dont don't cant can't didn't doesn't just really feel feeling like with have has be been of
    for about anymore everyone anyone nobody someone myself idk tbh ngl pls thanks thx hey hi yes
    yeah nope fine okay sorry help please therapist anything nothing everything tired kill life again
    which better does should would could when where there their they them we our get got know think therapy sessions vs`,
  es: `jaja jajaja jajajaja jeje xq tqm wey güey guey neta tío tía hola gracias estoy estás
    quiero quieres soy eres muy pero y el los las del al mi mis tengo tienes hay nadie qué cómo más aquí ya
    ahora también hacer vivir morir morirme puedo mucho bueno buenas noches pues oye hoy pastillas ayuda
    contigo conmigo siento harto harta suicidarme matarme
    lo su sus cuando cual cuál quien quién donde dónde después entonces hasta eso esto cosas veces mejor peor llorar buscar dejar deja dejo
    alguien sirve che chale mola tenés tenes sí cuánto cuánta cuántas cuántos cuantas cuantos necesito sesión sesiones decirle contarle decir
    voy adiós adios perdón perdon auxilio ayúdenme ayudenme ayúdame ayudame ganas tmb chido nel órale orale dale listo guay cachai weon huevón boludo
    pelotudo parcero chamba curro currar laburo laburar bajón bajon chungo mogollón depresión depresion ansiedad cortarme`,
  pt: `kkk kkkk kkkkk kkkkkk kkkkkkk vc vcs você voce não nao tô tá né eu meu minha meus sou estou muito obrigado
    obrigada oi valeu pra pro tudo ninguém ninguem também tb quero posso fazer isso um uma em ele ela tenho
    morrer viver sei lá agora hoje ajuda comprimidos remédios remedios mim comigo
    galera mano tmj sumir novo bem ficar bom dia noite
    é são ao aos na nas pelo pela pelos pelas com sem então quando qual quem já até onde coisa isto minhas dele dela vou vai foi pior melhor mds morri morta saudade meio procurar mulher fala
    sessão sessões sessao sessoes telemóvel telemovel desmarcou outra outro trabalhar percebo vergonha olhando olhar chorar depois
    aguento aguentar vlw sla pfv ngm tou bué`,
  fr: `je j'ai j'en jsp tkt mdr ptdr chui jsuis jveux jpp c'est cest pas suis est des une avec pour mon ma
    moi toi veux peux oui merci salut bonjour ça rien quoi pk wesh bisous nan ouais et qui plus envie marre
    vraiment trop aussi jamais tout bonne nuit psy médocs medocs vie mourir tuer aider aide fatigué fatiguee fatiguée
    il elle ils elles nous vous sont dans au aux fait être avoir
    chu tanné tannée brailler pis pu c'tu c'est-tu y'a icitte clsc séance séances thérapie thérapeute psychologue rendez
    septante nonante tantôt mutuelle t'es m'a qu'il qu'elle qu'on n'est n'ai j'sais d'un d'une
    askip wsh bof`,
  de: `ich nicht und der die das ist bin mein meine mir mich kein keine auch aber wie mehr leben sterben danke
    hallo tschüss tschuss digga bock gehts geht schon noch jetzt ein eine einfach halt echt weiß weiss nix nichts
    sehr heute hab habe bitte niemand immer wieder tabletten therapeut therapeutin hilfe müde muede umbringen
    keinen lust alles gut voll guten gute nacht morgen
    nimma nimmer leiwand oida ned nöd isch wott hob mog
    eigentlich passiert einer einem einen eines zu zum zur vom beim von wenn dass weil oder sich wir uns euch ihr wieso weshalb
    warum soll sollte kann könnte koennte muss darf würde wuerde wird werden sind gibt macht sagt meinem meinen meiner unser
    unsere dieser diese dieses jemand etwas ganz nur nach über ueber ohne gegen seit zwischen manchmal gerade trotzdem
    sinnvoll erfahrung findet stunde sitzung wechseln ansprechen schweigepflicht krankenkasse erstgespräch erstgespraech
    paartherapeut paartherapeutin paartherapie verhaltenstherapie psychotherapie psychotherapeut psychotherapeutin psychologin
    schematherapie traumatherapie partei ergreift für
    heast wos stund fertig trau bissl bisserl gehn gesundheitskasse
    gits krankekasse vilmal hilf mini chan eifach morn erschti sitzig goht het gsait söll meh nüm vertrou verzellt wiiter
    egal läuft laeuft scheisse gaht`,
};

export const CHAT_WORDS: ReadonlyMap<string, Language> = new Map(
  (Object.entries(WORDS) as [Language, string][]).flatMap(([language, words]) =>
    words
      .split(/\s+/)
      .filter(Boolean)
      .map((word) => [word, language] as const),
  ),
);

/**
 * Words another of the five owns as a marker that a regional variant of a language also writes: Bavarian and
 * Austrian German "i" (ich), "mi" (mich), "di" (dich), "is" (ist), "des" (das), "um" in "i bring mi um". With a locale
 * of that language they count for it; without one they keep their marker language ("i" stays English).
 */
const REGIONAL: Partial<Record<Language, string>> = {
  de: "i mi di is des um",
};

export const REGIONAL_WORDS: ReadonlyMap<Language, ReadonlySet<string>> = new Map(
  (Object.entries(REGIONAL) as [Language, string][]).map(([language, words]) => [language, new Set(words.split(/\s+/).filter(Boolean))]),
);

/**
 * Marker words that are also English words ("die", "bin", "hay", "soy", "est", "pour"): they mark their language
 * against the other four, but alone they do not show that an English message is code-switching into it
 * ("i just want to die tonight" from a de-DE member is English).
 */
export const ALSO_ENGLISH: ReadonlySet<string> = new Set(
  `die bin gut halt mini meh hob hay soy ya lo mi el dale um em pro sou mano fala oi est des pas plus pour et au envie nan`.split(" "),
);
