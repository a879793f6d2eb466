import type { CrisisReason, RedirectReason } from "../../../schemas/answer.ts";
import { CRISIS_CHECKS, type CueGroupRecord, REDIRECT_CHECKS, selfCue } from "../cue-record.ts";
import type { PackCues } from "../pack.ts";
import * as conditions from "./conditions.ts";
import { LEXICON } from "./lexicon.ts";

/*
 * Spanish triage cues (Mexican, Castilian, Rioplatense, Colombian, Chilean usage). Phrases run on one clause of
 * the folded text: lower case, accents gone ("ojalá" → "ojala"), and Spanish "ya" spelled "you" by the English
 * shorthand table ({YA} takes both). The English negation and tense checks do not read Spanish, so a denial
 * ("no me quiero morir") is kept out by the phrases themselves (NOT_DENIED).
 */

/** Not after a denial: "no", "nunca", "tampoco", "ni". */
const NOT_DENIED = String.raw`(?<!\bno tengo )(?<!\bno tengo ningunas )(?<!\bno )(?<!\bnunca )(?<!\btampoco )(?<!\bni )(?<!\bno me )(?<!\bnunca me )`;
/** "…de la vergüenza", "…de risa": a figure of speech follows; "de verdad", "de una vez" do not make one. */
const NOT_FIGURE = String.raw`(?! *(?:de|del|x|por|con|d) (?!verdad|veras|una vez|{YA}|neta|plano|en serio)[a-z])`;
/** Living where, with whom or how ("no quiero vivir con mis papás") is not whether to live. */
/** "Matarme estudiando", "matarme a trabajar", "…de risa": effort or a figure of speech, not the act. */
const NOT_EFFORT = String.raw`(?! (?:[a-z]+(?:ando|iendo)\b|a (?:estudiar|trabajar|entrenar|correr)\b|en el (?:gym|gimnasio|trabajo)\b|por (?:una|un|el|la|esa|ese)\b|de (?!verdad|veras|una vez|{YA}|neta|plano|en serio)[a-z]))`;
/** "Mi papá está a punto de matarme": someone else's anger, not the writer's act. */
const NOT_THEIRS = String.raw`(?<!\besta )(?<!\bestan )(?<!\bestas )(?<!\bva )(?<!\bvan )`;
const NOT_WHERE = String.raw`(?! (?:con|en|cerca|solo|sola|juntos|alli|ahi|aca|lejos|de alquiler|sin (?:wifi|internet|dinero)))`;

const cue = selfCue;

export const suicidalIntent: CueGroupRecord<CrisisReason> = {
  id: "es-suicidal-intent",
  name: "suicidal intent (Spanish)",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    cue(
      "es-suicidal-intent/wants-to-kill-self",
      'Says they want to, or will, kill themselves ("me quiero matar", "voy a suicidarme"): explicit suicidal intent (VERA-MH: explicit ideation).',
      [
        String.raw`${NOT_DENIED}\bme (?:quiero|kiero|qiero|quisiera|voy a|vo a|pienso|tengo que|dan ganas de) (?:matar|suicidar|quitar la vida)\b`,
        String.raw`${NOT_DENIED}\b{WANT} (?:matarme|suicidarme|quitarme la vida|matarme yo|acabar conmigo|dejar de vivir|dejar de existir)\b`,
        String.raw`\b(?:hoy|esta noche|manana|ahora|{YA}|al rato|luego|esta vez)(?: si)? me (?:mato|suicido)\b(?! (?:estudiando|trabajando|de|a|por|con|corriendo))`,
        String.raw`\bme voy a (?:quitar|arrancar) la vida\b`,
      ],
      ["me quiero matar", "voy a suicidarme esta noche", "nmms ya me quiero matar alv", "hoy me mato, ya no doy mas", "me kiero suicidar"],
      { ignores: ["no me quiero matar, solo estoy cansado", "mi jefe me va a matar si llego tarde"] },
    ),
    cue(
      "es-suicidal-intent/must-or-about-to-kill-self",
      'Has to, must, is about to or is going to kill themselves ("tengo que suicidarme", "estoy a nada de matarme", "yendo a suicidarme", "procedo a quitarme la vida"): intent with its time near (VERA-MH: explicit ideation with intent). "Matarme estudiando", "…de risa" are figures of speech.',
      [
        String.raw`${NOT_DENIED}${NOT_THEIRS}\b(?:tengo que|tengo q|tengo k|tengo de|debo|deberia|necesito|me toca|yendo a|voy a ir a|ire a|estoy por|toy por|estoy a punto de|toy a punto de|a punto de|estoy a nada de|a nada de|a poco de|procedo a|proceder a|es hora de|ya es hora de|llego la hora de|me decidi a|me anime a|estoy list[oa] para|estoy decidid[oa] a)(?: {YA})? (?:matarme|suicidarme|quitarme la vida|ahorcarme|colgarme)\b${NOT_EFFORT}`,
        String.raw`${NOT_DENIED}\bme (?:debo|deberia|toca|estoy por|estoy a punto de|estoy a nada de|necesito) (?:matar|suicidar|quitar la vida|ahorcar|colgar)\b${NOT_EFFORT}`,
      ],
      [
        "tengo que suicidarme",
        "yendo a suicidarme",
        "estoy a nada de matarme",
        "procedo a suicidarme",
        "estoy a punto de quitarme la vida",
        "me debo matar, ya no hay salida",
      ],
      {
        ignores: [
          "tengo que matarme estudiando para el examen",
          "estoy a punto de matarme de risa",
          "no tengo que matarme por eso",
          "mi papa esta a punto de matarme por la nota",
        ],
      },
    ),
    cue(
      "es-suicidal-intent/wants-to-die",
      'Says they want to die ("me quiero morir", "quiero morirme"), without a figure of speech after it ("…de la vergüenza", "…de risa").',
      [
        String.raw`${NOT_DENIED}\b(?:me )?(?:quiero|kiero|qiero|quisiera|deseo|tengo ganas de|ganas de|necesito|me urge) (?:morirme|morir|morirme {YA}|moriri?me)\b${NOT_FIGURE}`,
        String.raw`${NOT_DENIED}\bme (?:quiero|kiero|qiero|quisiera) morir\b${NOT_FIGURE}`,
        String.raw`\bq(?:ue)? ganas de (?:morirme|morir|matarme|desaparecer para siempre)\b${NOT_FIGURE}`,
        String.raw`\b(?:dejar de|sin) querer (?:morir|morirme|matarme|suicidarme)\b`,
      ],
      [
        "ya me quiero morir, no aguanto mas",
        "quiero morirme de verdad",
        "q ganas de morirme tio",
        "que aplicacion descargo para dejar de querer morir",
        "dos dias sin querer morir fueron mucho",
      ],
      { ignores: ["me quiero morir de la verguenza", "no me quiero morir", "me quiero morir de risa"] },
    ),
    cue(
      "es-suicidal-intent/end-own-life",
      'Names ending their own life ("acabar con mi vida", "quitarme la vida", "terminar con todo"): explicit intent.',
      [
        String.raw`${NOT_DENIED}\b(?:acabar|terminar|poner fin|ponerle fin|darle fin|acabo|termino) (?:con|a) (?:mi vida|mi existencia|todo de una vez|todo {YA}|todo para siempre|todo esto de una vez)\b`,
        String.raw`${NOT_DENIED}\b(?:quitarme|quitarse|me quito|me voy a quitar) la vida\b`,
        String.raw`\b(?:{WANT}|he decidido|ya decidi|decidi) (?:acabar|terminar) con todo\b(?! (?:lo (?:que|de)|el trabajo|la tarea|los pendientes|esto del trabajo))`,
        String.raw`\b(?:ya )?fue todo,? me voy\b`,
      ],
      ["quiero acabar con mi vida", "voy a terminar con mi vida este finde", "quiero acabar con todo de una vez", "pienso en quitarme la vida"],
      { ignores: ["quiero acabar con todo lo que tengo pendiente"] },
    ),
    cue(
      "es-suicidal-intent/suicidal-thoughts",
      'Reports suicidal thoughts or feeling suicidal ("pensamientos suicidas", "estoy pensando en suicidarme", "me siento suicida").',
      [
        String.raw`${NOT_DENIED}\b(?:tengo|tener|con|tuve hoy|me vienen|me dan|ando con|estoy con) (?:pensamientos|ideas|ideacion|impulsos|ganas) (?:suicidas|de suicidarme|de matarme|de morirme|de quitarme la vida)\b`,
        String.raw`${NOT_DENIED}\b(?:estoy|me siento|ando|me pongo) (?:muy |super |re |bien )?suicida\b`,
        String.raw`\bpienso (?:mucho |todo el tiempo |a diario |cada dia )?en (?:el )?suicid(?:io|arme)\b`,
      ],
      ["tengo pensamientos suicidas todos los dias", "me siento suicida otra vez", "pienso todo el tiempo en el suicidio"],
      { ignores: ["no tengo pensamientos suicidas, solo estoy triste"] },
    ),
    cue(
      "es-suicidal-intent/voices-command",
      'Voices telling them to kill or hurt themselves ("las voces me dicen que me mate"): command hallucinations toward self-harm (VERA-MH Q4).',
      [
        String.raw`\b(?:las |unas |una |la )?(?:voces|voz)\b(?: [a-z]+){0,4} (?:me )?(?:dicen|piden|ordenan|mandan|gritan|insisten|dice|pide|ordena|manda|grita|insiste)(?: [a-z]+){0,2} (?:que me (?:mate|suicide|corte|haga dano|lastime|tire|muera)|matarme|suicidarme|cortarme|hacerme dano|que me quite la vida)\b`,
      ],
      ["las voces me dicen que me mate", "escucho voces que me piden que me haga daño", "una voz me grita que me mate"],
    ),
    cue(
      "es-suicidal-intent/does-not-want-to-live",
      'Does not want to live any more ("ya no quiero vivir", "no quiero seguir viviendo"): a wish not to be alive, read with intent by VERA-MH.',
      [
        String.raw`\b(?:{YA} )?no (?:quiero|kiero|qiero|tengo ganas de|deseo) (?:ni )?(?:seguir )?(?:vivir|viviendo|existir|existiendo|estar vivo|estar viva|seguir aqui|seguir aki|estar aqui|estar aki|seguir en este mundo)\b${NOT_WHERE}`,
        String.raw`\bno quiero vivir mas\b`,
      ],
      ["ya no quiero vivir, tengo las pastillas aqui", "ya no kiero vivir", "no quiero seguir viviendo asi", "este fin de semana no quiero ni existir"],
      { ignores: ["no quiero vivir con mis papas", "no quiero vivir en esta ciudad"] },
    ),
  ],
};

export const passiveIdeation: CueGroupRecord<CrisisReason> = {
  id: "es-passive-ideation",
  name: "passive ideation (Spanish)",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    cue(
      "es-passive-ideation/not-wake-up",
      'Wishes not to wake up or to die in their sleep ("ojalá no despertara", "dormirme y no despertar"): passive ideation (VERA-MH Q4).',
      [
        String.raw`\b(?:ojala|quisiera|quiero|me gustaria|deseo|espero)(?: que)? (?:me )?(?:no despertar|no despertara|no despierte|no me despertara|no me despierte|no me despertar|nunca despertar|dormirme y no despertar|dormir y no despertar|morir(?:me)? (?:dormid[oa]|mientras duermo)|muera mientras duermo|muriera mientras duermo)\b(?! (?:temprano|tarde|hasta|antes))`,
        String.raw`\b(?:dormirme|dormir|acostarme) y no (?:volver a )?despertar(?: nunca| jamas| mas)?\b(?! (?:temprano|tarde|hasta|antes))`,
        String.raw`\bno (?:me )?quiero (?:volver a )?despertar(?:me)?(?: nunca| mas| manana)?\b(?! (?:temprano|a las|tarde))`,
        String.raw`\b(?:quiero|quisiera|solo quiero) dormir(?:me)? hasta (?:estar muert[oa]|morir(?:me)?)\b`,
        String.raw`\b(?:dormir|dormirme|acostarme|cerrar los ojos) y (?:nunca|jamas)(?: mas| nunca| jamas)? (?:volver a )?despertar(?:me)?\b(?! (?:temprano|a las|tarde|hasta))`,
        String.raw`\b(?:ojala|quisiera|quiero|me gustaria|deseo|espero)(?: que)? (?:me )?(?:nunca|jamas)(?: mas)? (?:volver a )?(?:despertar(?:me)?|despierte|despertara)\b(?! (?:temprano|a las|tarde|hasta))`,
      ],
      [
        "ojala no despertara manana",
        "quisiera dormirme y no despertar nunca",
        "ojala me muera mientras duermo",
        "quiero dormir y nunca más despertar",
        "es normal querer dormir y nunca mas despertar",
        "ojala nunca mas despertar",
        "espero no despertar nunca",
        "me quiero dormir pero no me quiero despertar",
        "solo quiero dormir hasta estar muerto",
      ],
      { ignores: ["quiero dormir y nunca despertar hasta el mediodia", "quiero dormir y no despertar hasta el lunes"] },
    ),
    cue(
      "es-passive-ideation/wish-dead-or-gone",
      'Wishes to be dead, to disappear for good or never to have been born ("ojalá me muriera", "quisiera desaparecer para siempre").',
      [
        String.raw`\b(?:ojala|quisiera|quiero|me gustaria|me encantaria|deseo)(?: que)? (?:me )?(?:muriera|muera|morirme|estar muert[oa]|estuviera muert[oa]|no existir|no existiera|dejar de existir|desaparecer para siempre|desaparecer del mundo|desaparecer de este mundo|no haber nacido|nunca haber nacido|me atropell[ae]\w*|(?:me )?(?:pase|pasara) algo y (?:{YA}|me muera|me muriera))\b`,
        String.raw`\b(?:prefiero|preferiria|seria mejor|mejor) (?:estar muert[oa]|morirme|morir|no existir|no estar viv[oa]|no haber nacido|nunca haber nacido)\b`,
        String.raw`\bsi me muero (?:mejor|da igual|nadie)\b|\bme da igual (?:si me muero|morirme|morir|vivir o morir)\b`,
        String.raw`\b(?:cansad[oa]|hart[oa]) de (?:vivir|existir|estar viv[oa])\b`,
        String.raw`${NOT_DENIED}\b(?:quiero|kiero|qiero|quisiera|deseo|me gustaria|ojala pudiera|tengo ganas de|ganas de) (?:solo |nada mas |simplemente |{YA} )?desaparecer\b(?= *$| *,| (?:y (?:{YA}|no volver|que nadie|nunca|no existir)|{YA}|de una vez|sin dejar rastro|de la faz de la tierra|de todo|no aguanto|no puedo mas|ahora mismo|nomas|neta|de verdad|je|chau|adios|de la (?:tierra|faz|vida de (?:todos|todas|la gente|las personas))|del mundo|de esta vida|de toda esta mierda|de todos(?! por)|estoy (?:muy )?hart[oa])\b)`,
        String.raw`${NOT_DENIED}\blo (?:unico )?que (?:quiero|kiero|deseo|necesito) (?:ahorita |hoy |ahora )?es (?:no existir|desaparecer(?: del mundo| de la tierra| para siempre)?)\b(?= *$| *,| y\b)|\bdesaparecer es lo (?:unico )?que (?:quiero|deseo)\b`,
      ],
      [
        "a veces quisiera desaparecer para siempre",
        "ojala me atropellara un coche y ya",
        "me da igual si me muero",
        "estoy cansada de existir",
        "quiero desaparecer",
        "solo quiero desaparecer, no aguanto mas",
        "quiero desaparecer ahora mismo",
        "quiero desaparecer de la vida de todos",
        "hoy lo único que quiero es desaparecer",
        "aveces lo único que quiero es no existir",
        "desaparecer es lo único que quiero",
      ],
      {
        ignores: [
          "quiero desaparecer de la verguenza",
          "quiero desaparecer unos dias a la playa",
          "no quiero desaparecer",
          "quiero desaparecer de todos por un tiempo",
          "lo que quiero es desaparecer del grupo de whatsapp",
        ],
      },
    ),
    cue(
      "es-passive-ideation/burden",
      'Feels a burden, or that others would be better off without them ("estarían mejor sin mí", "soy una carga"): perceived burdensomeness.',
      [
        String.raw`\b(?:estarian|estaria|estarias|vivirian|vivirias|irian|serian) (?:todos |mucho |mil veces |muchisimo )?mejor sin mi\b`,
        String.raw`\b(?:mejor|mas felices|mas tranquilos) (?:sin mi|si {YA} no estoy|si no estuviera|si yo no estuviera|si me muero)\b`,
        String.raw`\b(?:soy|me siento|siento que soy) (?:solo |nada mas |una )?(?:una )?carga\b`,
        String.raw`\bnadie (?:me )?(?:extranaria|echaria de menos|notaria|lloraria)(?: si| que|$)`,
        String.raw`\bnadie (?:me )?(?:va a )?(?:extranar|echar de menos)(?:me)? (?:si|cuando) (?:me muera|me muero|muero|desaparezca|desaparezco)\b`,
      ],
      ["todos estarian mejor sin mi", "soy una carga para mi familia", "nadie me extranaria si me muero"],
    ),
    cue(
      "es-passive-ideation/no-reason-to-live",
      'Sees no point in living or asks why they are still alive ("no le veo sentido a seguir viviendo", "pa\' qué sigo aquí").',
      [
        String.raw`\bno (?:le )?(?:veo|encuentro|tiene) (?:el |ningun )?sentido (?:a |de |en )?(?:seguir|vivir|la vida|mi vida|estar viv[oa]|seguir viv[oa])\b`,
        String.raw`\b(?:para|pa|pa') ?(?:que|q|k) (?:sigo|seguir) (?:viv[oa]|aqui|aki|existiendo|en este mundo|respirando)\b`,
        String.raw`\b(?:por que|porque|xq|pq|x q) (?:sigo|estoy|sigue) (?:viv[oa]|aqui|existiendo)\b`,
        String.raw`\bno se (?:para que|pa que|xq|por que) (?:sigo|estoy) (?:viv[oa]|aqui)\b`,
        String.raw`\b(?:{YA} )?no tengo (?:ganas|razones|motivos|razon) (?:de|para|pa) (?:vivir|seguir)\b`,
        String.raw`\bsin ganas de vivir\b`,
        String.raw`\b(?:{YA} )?no (?:vale|merece) la pena (?:seguir )?(?:vivir|viviendo|existir|existiendo|estar viv[oa]|seguir aqui|seguir)\b${NOT_WHERE}(?! (?:asi|con miedo|para (?:trabajar|pagar)))`,
        String.raw`\b(?:la|mi) (?:vida|existencia) (?:{YA} )?no (?:vale|merece) la pena\b(?= *$| *,| (?:{YA}|vivirla|seguir|y|para mi)\b)|\bmi vida no vale nada\b(?! sin )`,
        String.raw`\b(?:la|mi) (?:vida|existencia) (?:{YA} )?(?:no tiene|carece de) (?:ningun |ni un |mas )?sentido\b(?= *$| *,| (?:{YA}|alguno|ninguno|y|para mi|asi)\b)`,
      ],
      [
        "no le veo sentido a seguir viviendo",
        "pa q sigo aki si a nadie le importo",
        "ya no tengo ganas de vivir",
        "no vale la pena seguir viviendo",
        "ya no merece la pena vivir",
        "mi vida no vale la pena",
        "la vida no tiene sentido",
        "mi vida ya no tiene ningun sentido, para que sigo",
      ],
      { ignores: ["no vale la pena vivir en esta ciudad", "mi vida no tiene sentido sin cafe por la manana", "no vale la pena seguir con ese proyecto"] },
    ),
  ],
};

export const plansAndMeans: CueGroupRecord<CrisisReason> = {
  id: "es-plans-and-means",
  name: "plans and means (Spanish)",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    cue(
      "es-plans-and-means/method-question",
      "Asks how much of a drug is lethal or the least painful way to die: method-seeking, which counts even framed as for a friend or a story (VERA-MH).",
      [
        String.raw`\bcuant[oa]s? (?:{PILLS}|mg|miligramos|gramos|cajas|tabletas|de \w+) (?:de \w+ )?(?:se necesitan|hacen falta|necesito|necesita alguien|hay que tomar|tendria que tomar|son mortales|es mortal|matan|para)(?: para)? (?:morir|matarse|matarme|no despertar|una sobredosis|que sea mortal|ser mortal)\b`,
        String.raw`\b(?:forma|manera|metodo|modo) (?:mas )?(?:menos dolorosa|rapida|rapido|facil|indolora|segura|efectiva|sin dolor) (?:de|para) (?:morir|matarme|matarse|suicidarme|suicidarse|quitarse la vida|no despertar)\b`,
        String.raw`\bcomo (?:me puedo|puedo|se puede|se haria alguien|hacer) (?:un nudo para )?(?:ahorcar|ahorcarme|ahorcarse|matarme|suicidarme|suicidarse|morir sin dolor)\b`,
        String.raw`\bnudo para ahorcar(?:se|me)?\b`,
        String.raw`\bcuant[oa]s? [a-z ]{0,40}?(?:para|pa) (?:morir|matarme|matarse|no despertar|una sobredosis|suicidarme)\b|\bcuant[oa]s? [a-z ]{0,40}?(?:son|es|serian|seria) (?:mortales|mortal|letales|letal)\b`,
      ],
      [
        "cuantas pastillas de paracetamol se necesitan para morir",
        "cuantas pastillas de clonazepam son mortales",
        "cuanto paracetamol hace falta para morir",
        "cual es la forma menos dolorosa de morir",
        "como se haria alguien un nudo para ahorcarse",
      ],
      { ignore: ["hypothetical", "topic"] },
    ),
    cue(
      "es-plans-and-means/has-means",
      'Has gathered or is keeping the means (a rope, blades, a weapon, a stock of pills) with a purpose or "tonight": access to means.',
      [
        String.raw`\b(?:tengo|compre|consegui|he comprado|he conseguido|estoy juntando|junto|juntando|guardando|ahorrando|acumulando|escondo|escondi) (?:{YA} )?(?:la |una |las |unas |el |un |muchas |todas las )?(?:cuerda|soga|cuchillas|navajas|hojas de afeitar|veneno|arma|pistola|{PILLS})\b(?=.*\b(?:hacerlo|lo hago|matarme|morir|tomarmelas|tomarme|todas juntas|de una vez|esta noche|donde hacerlo|conmigo|no despertar|usarla|usarlo|tomarmelo|tomarmela|colgarla|colgarme|ahorcarme)\b)`,
        String.raw`\b(?:tomarmelas|tomarmelos) todas?\b|\btomarme (?:todas las|todo el|el frasco|la caja|el bote)\b|\bme lo voy a tomar enter[oa]\b`,
        String.raw`\b(?:usarla|usarlo|dispararme) (?:conmigo|en mi|en la cabeza)\b|\bpensando en usarla conmigo\b`,
      ],
      [
        "ya tengo la cuerda y se donde hacerlo",
        "estoy juntando pastillas para tomarmelas todas juntas",
        "tengo un frasco de clonazepam y me lo voy a tomar entero",
      ],
    ),
    cue(
      "es-plans-and-means/plan-or-goodbye",
      'Has a plan, a time, or is saying goodbye (a farewell letter, giving things away, "mañana ya no estaré"): preparation (VERA-MH: plan, preparatory acts).',
      [
        String.raw`\b(?:carta|nota|mensaje|video) de (?:despedida|suicidio)\b`,
        String.raw`\b(?:{YA} )?(?:tengo|lo tengo) (?:todo )?(?:pensado|planeado|decidido) (?:como|cuando|el dia|la fecha|todo para|para)\b(?=.*\b(?:matarme|hacerlo|morir|suicidarme|me voy|lo hago)\b)`,
        String.raw`\b{YA} se (?:como|cuando) (?:lo voy a hacer|matarme|hacerlo|me voy a matar|suicidarme)\b`,
        String.raw`\b(?:estoy regalando|regale|regalando) (?:mis|todas mis) cosas\b`,
        String.raw`\b{YA} no (?:las|los|lo|la) voy a necesitar\b`,
        String.raw`\b(?:{YA} )?me despedi de todos\b|\b(?:manana|pronto|el lunes) {YA} no (?:estare|voy a estar)\b`,
        String.raw`\besta noche lo hago\b`,
        String.raw`\b(?:esta es mi despedida|me despido de (?:todos|ustedes|vosotros) para siempre|adios (?:a todos )?para siempre|perdonen por todo,? adios|gracias por todo y adios)\b`,
        String.raw`\b(?:quiero|quisiera|ojala pudiera) dormir para siempre\b|\b(?:{YA} )?me rendi con la vida\b|\bme voy a ir para siempre\b(?!.*\b(?:pais|ciudad|trabajo|casa|vacaciones|extranjero)\b)`,
        String.raw`\b{YA} tengo (?:la fecha|el dia|fecha|dia),? (?:para|pa|va a ser|sera)|\bescribi cartas (?:para|a) (?:mi familia|todos)\b`,
      ],
      [
        "ya escribi mi carta de despedida",
        "esta es mi despedida, gracias por todo",
        "quiero dormir para siempre",
        "estoy regalando mis cosas porque ya no las voy a necesitar",
        "ya me despedi de todos, manana ya no estare",
        "ya tengo pensado como y cuando me voy a matar",
      ],
    ),
    cue(
      "es-plans-and-means/at-height",
      'At a height or a track thinking of jumping ("estoy en el puente", "quiero tirarme"): imminent risk.',
      [
        String.raw`\b(?:saltar|tirarme|aventarme|lanzarme|botarme|arrojarme|tirarme) (?:del|de la|desde|al|a las|a la|por la|por el) (?:puente|azotea|edificio|techo|balcon|vias|tren|metro|ventana|terraza|precipicio|barranco|piso \d+)\b`,
        String.raw`\bestoy (?:en|arriba|encima|en lo alto|parad[oa] en|sentad[oa] en)(?: de)? (?:el |la |un |una |las |los |del )?(?:puente|azotea|techo|borde|cornisa|terraza)\b(?=.*\b(?:saltar|tirarme|aventarme|lanzarme|caer|matarme|esperando)\b)`,
        String.raw`\bestoy (?:en|parad[oa] en|sentad[oa] en|arriba de) (?:las |la )?vias? del (?:tren|metro)\b`,
        String.raw`\b(?:quiero|voy a|pienso) (?:tirarme|aventarme|lanzarme)\b(?! (?:a la (?:piscina|alberca|cama)|al (?:mar|agua|suelo a jugar)))`,
      ],
      ["estoy en el puente y estoy pensando en saltar", "estoy en la azotea y quiero tirarme"],
    ),
  ],
};

export const selfHarm: CueGroupRecord<CrisisReason> = {
  id: "es-self-harm",
  name: "self-harm (Spanish)",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: ["negation", "hypothetical", "topic"],
  cues: [
    cue(
      "es-self-harm/cutting",
      'Cuts themselves, or wants to ("me corto", "volví a cortarme", "cortes en las piernas"): non-suicidal self-injury is a crisis reason.',
      [
        String.raw`${NOT_DENIED}\b(?:me corto|me corte|me he cortado|me estoy cortando|me sigo cortando|cortarme|me hago cortes|me hice cortes|me cortaba otra vez|me vuelvo a cortar|cortandome|me he vuelto a cortar|me volvi a cortar)\b(?! (?:el|la|las|los|un|una|mi|mis) (?:pelo|cabello|flequillo|unas|barba|fleco|dedo|mano)\b| (?:con (?:un|una|el|la) (?:papel|hoja de papel|lata|vidrio sin querer))| (?:cocinando|sin querer|afeitandome|rasurandome|pelando))`,
        String.raw`\bcortes en (?:los|las|mis) (?:brazos|piernas|munecas|muslos|panza)\b`,
        String.raw`\b(?:ganas|ansias|necesidad) de (?:cortarme|hacerme dano|lastimarme|autolesionarme)\b`,
        String.raw`${NOT_DENIED}\bme (?:encanta|gusta|mama|alivia) (?:cortarme|hacerme dano|lastimarme|autolesionarme)\b`,
        String.raw`${NOT_DENIED}\b(?:quiero|kiero|qiero|quisiera|necesito|voy a|tengo que|me dan ganas de|estoy a punto de|debo) (?:volver a )?(?:hacerme dano|lastimarme|herirme|autolesionarme|cortarme|quemarme|golpearme)\b(?! (?:el|la|las|los|mi|mis|un|una) (?:pelo|cabello|flequillo|fleco|unas|barba|puntas|rodilla|espalda|tobillo|pie|dedo|mano)| (?:en el (?:gym|gimnasio|partido)|jugando|entrenando|haciendo|si (?:sigo|me caigo)|con (?:las pesas|el balon)))`,
        String.raw`${NOT_DENIED}\bme (?:quiero|kiero|qiero|voy a|vuelvo a|volvi a) (?:cortar|lastimar|hacer dano)\b(?! (?:el|la|las|los|mi) (?:pelo|cabello|flequillo|unas|fleco|barba))`,
      ],
      [
        "me corto los brazos cuando me siento asi",
        "volvi a cortarme anoche",
        "me kiero cortar otra vez",
        "quiero hacerme daño",
        "quiero hacerme daño a mi misma",
        "me encanta hacerme daño a mi mismo",
      ],
      {
        ignores: [
          "me corte el pelo ayer",
          "me corte cocinando",
          "quiero cortarme el pelo",
          "no quiero hacerme dano en el gym",
          "voy a lastimarme la rodilla si sigo corriendo",
        ],
      },
    ),
    cue(
      "es-self-harm/self-injury",
      'Hurts themselves on purpose: burning, hitting, scratching till they bleed, "autolesionarme", or a relapse in self-harm.',
      [
        String.raw`\b(?:me autolesiono|autolesiono|me autolesione|autolesionarme|autolesionandome|me he autolesionado|me autolesionaba otra vez|mis autolesiones)\b`,
        String.raw`${NOT_DENIED}\b(?:me hago dano|me hice dano|hacerme dano|me estoy haciendo dano|me lastimo|me lastime|lastimarme) (?:a proposito|apropos\w*|para|cuando|sola?|yo mism[oa]|otra vez|de nuevo)\b`,
        String.raw`\b(?:volvi a|vuelvo a|he vuelto a) (?:lastimarme|hacerme dano|cortarme|autolesionarme|quemarme)\b|\bme estoy haciendo dano\b`,
        String.raw`\bme (?:pego|golpeo|doy golpes|doy cachetadas) (?:en la cara|en la cabeza|a mi mism[oa])\b`,
        String.raw`\b(?:me quemo|me queme|quemarme|me he quemado) con (?:el |un |una |los )?(?:encendedor|cigarros?|cigarrillos?|cerillos|fosforos|mechero|plancha)\b`,
        String.raw`\b(?:me golpeo|me pego|golpearme|me doy golpes) (?:la cabeza )?(?:contra|en) (?:la pared|el muro|la puerta|el suelo)\b`,
        String.raw`\bme (?:rasguno|rasguño|arano|araño|rasco|pellizco) hasta (?:sangrar|hacerme sangre|que sangra)\b`,
        String.raw`\b(?:he|he vuelto a|volvi a) reca(?:ido|er)\b(?=.*\b(?:cortar|autolesi|hacerme dano|lesion)\w*)`,
        String.raw`\b(?:sin )?(?:autolesionarme|cortarme)\b.*\b(?:he recaido|recai|volvi)\b`,
      ],
      [
        "me hago dano a proposito y no puedo parar",
        "me quemo con el encendedor para sentir algo",
        "me autolesiono hace un ano",
        "me golpeo la cabeza contra la pared",
      ],
    ),
  ],
};

export const overdose: CueGroupRecord<CrisisReason> = {
  id: "es-overdose",
  name: "overdose (Spanish)",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: ["negation", "hypothetical", "topic"],
  cues: [
    cue(
      "es-overdose/took-many",
      'Has just taken a large amount of medicine ("me tomé todas las pastillas", "una caja entera", "como 20 pastillas"): a possible overdose is an emergency.',
      [
        String.raw`\b(?:me tome|me he tomado|acabo de tomar(?:me)?|acabo de tragar(?:me)?|me acabo de tomar|tome|me trague|me meti|me he metido|me bebi) (?:como |unas |unos |casi )?(?:todas? (?:las|los|mis|el|la)|todo el|un bote|un frasco|una caja|un blister|una tira|un monton|un chingo|un buen de|un blister|muchas|muchisimas|demasiadas|\d{2,}|veinte|treinta|cuarenta|cincuenta|diez|quince)\b(?=.*\b(?:{PILLS}|frasco|bote|caja|blister|entero|de mi mama|de mi papa|que tenia)\b)`,
        String.raw`\b(?:me tome|me he tomado|hice|tuve|me meti) una sobredosis\b`,
        String.raw`\bme (?:he pasado|pase) con (?:las|los) (?:{PILLS})\b(?=.*\b(?:a proposito|aposta|queriendo|para no despertar|adrede)\b)|\bme (?:he pasado|pase) con (?:las|los) (?:{PILLS}) (?:a proposito|aposta|adrede)\b`,
        String.raw`\b(?:tome|tomado|trague) (?:un monton de )?(?:{PILLS}) para no despertar\b`,
      ],
      [
        "me tome todas las pastillas de mi mama hace rato",
        "me tome como 20 pastillas y me siento rara",
        "acabo de tomarme una caja entera de ibuprofeno",
        "me he tomado un bote de pastillas para dormir",
      ],
      { ignores: ["me tome dos pastillas para el dolor de cabeza"] },
    ),
  ],
};

export const abuseDanger: CueGroupRecord<CrisisReason> = {
  id: "es-abuse-danger",
  name: "abuse and danger (Spanish)",
  reasons: { self: "abuse_danger", other: "abuse_danger" },
  checks: ["negation", "hypothetical", "topic"],
  cues: [
    cue(
      "es-abuse-danger/hit-by-someone",
      'Someone at home or a partner hits them or leaves marks ("mi padrastro me pega", "me ha vuelto a pegar"): violence now.',
      [
        String.raw`\b(?:{MY} )?{PERSON}\b(?: [a-z]+){0,4} (?:me|nos) (?:pega|pegan|pego|golpea|golpean|golpeo|ha pegado|ha vuelto a pegar|volvio a pegar|maltrata|maltrato|ha golpeado|da palizas|dio una paliza|ahorca|ahorco|empuja|empujo|patea|pateo|cachetea|da cachetadas|pegaba y|quema|quemo|faja|fajo|cago a palos|caga a palos)\b`,
        String.raw`\b(?:me pegan|nos pegan|me siguen pegando)\b`,
        String.raw`\b(?:me|nos) (?:pega|pegan|golpea|golpean) con (?:el|la|un|una) (?:cable|cinturon|cinto|palo|chancla|manguera|correa|fierro)\b`,
        String.raw`\b(?:me|le) (?:ha vuelto|volvio) a pegar\b|\bme deja (?:marcas|moretones|morados)\b`,
        String.raw`\b(?:tengo miedo de|me da miedo) (?:volver|regresar|llegar) a (?:casa|mi casa)\b`,
      ],
      ["mi padrastro me pega y tengo miedo de volver a casa", "mi padre llega borracho y nos pega a mi madre y a mi", "mi mama me pega con el cable"],
      { ignores: ["el sol me pega en la cara"] },
    ),
    cue(
      "es-abuse-danger/threatened",
      'Threatened with death or harm, stalked or locked in by someone ("me amenazó con matarme", "si me voy me mata", "me está siguiendo").',
      [
        String.raw`\bme (?:amenaza|amenazo|ha amenazado|esta amenazando|amenazan)\b(?! (?:con (?:dejarme|quitarme el (?:celular|movil)|castigarme)))`,
        String.raw`\bsi (?:me voy|lo dejo|la dejo|me separo|le dejo|lo denuncio|hablo|digo algo) me (?:mata|matara|va a matar|hace dano|hara dano)\b`,
        String.raw`\b(?:me|nos) (?:encerro|encierra|encierran|encerraron|tiene encerrad[oa]|ha encerrado)\b|\bno me deja salir(?: de casa)?\b`,
        String.raw`\b(?:me esta siguiendo|me sigue a todos lados|me anda siguiendo|me persigue|me esta acosando|me acosa)\b|\bme sigue (?:a|hasta) (?:mi )?casa\b`,
        String.raw`\b(?:chantajeando|chantajea|chantajeo|extorsiona|extorsionando|amenaza) con (?:mis |unas |las )?(?:fotos|videos|packs|nudes)\b`,
        String.raw`\b(?:tengo miedo|miedo) (?:de )?que (?:{MY} )?(?:{PERSON} )?me (?:mate|lastime|haga dano|pegue|viole|haga algo)\b`,
        String.raw`\bme (?:va|vamos) a hacer mierda\b|\bme dijo que me (?:va a|iba a) (?:matar|hacer dano|lastimar)\b`,
      ],
      ["mi novio me amenazo con matarme si lo dejo", "mi marido me ha dicho que si me voy me mata", "mi pareja me encerro y no me deja salir"],
    ),
    cue(
      "es-abuse-danger/sexual-abuse",
      'Sexual abuse, assault or exploitation ("me violaron", "mi tío me toca", a stranger demanding photos with a threat).',
      [
        String.raw`\b(?:me violaron|me violo|me ha violado|fui violad[oa]|me abusaron|abusaron de mi|abusa de mi|abuso de mi|me abusa|me agredio sexualmente|me agredieron sexualmente|abuso sexual|me manosea|me manoseo|me manosean)\b`,
        String.raw`\b{PERSON}\b(?: [a-z]+){0,3} me (?:toca|toco|tocaba|mete mano)\b(?! (?:la guitarra|el piano|canciones|el hombro para))`,
        String.raw`\bme (?:obliga|obligo|obligan) a (?:tener sexo|tener relaciones|hacerle cosas|tocarle|chupar|mandar fotos)\b`,
        String.raw`\b(?:pide|pidiendo|exige|pidio) (?:fotos|nudes|packs|videos)\b(?=.*\b(?:si no|publica|subir|difundir|manda a|filtrar|mis papas|amenaza)\w*)`,
      ],
      [
        "mi tio me toca cuando no hay nadie en casa",
        "me violaron ayer y no se que hacer",
        "un senor de internet me pide fotos y me dice que si no se las mando las publica",
      ],
    ),
  ],
};

export const harmToOthers: CueGroupRecord<CrisisReason> = {
  id: "es-harm-to-others",
  name: "harm to others (Spanish)",
  reasons: { self: "harm_to_others", other: "harm_to_others" },
  checks: CRISIS_CHECKS,
  cues: [
    cue(
      "es-harm-to-others/wants-to-kill-or-hurt",
      'Wants or plans to kill or hurt a particular person ("tengo ganas de matar a mi padrastro", "lo voy a matar, ya sé dónde vive").',
      [
        String.raw`${NOT_DENIED}\b(?:quiero|kiero|tengo ganas de|ganas de|voy a|pienso en|planeo|estoy pensando en) (?:matar|asesinar|apunalar|acuchillar|dispararle|matarlo|matarla|matarlos|lastimar|hacerle dano|hacerles dano|darle una paliza|darles una paliza) (?:a )?(?:{MY}|ese|esa|este|esta|al|a la|los|las|todos)\b`,
        String.raw`\b(?:lo|la|los|las) voy a (?:matar|apunalar|acuchillar|reventar|matar a golpes)\b(?=.*\b(?:se donde vive|ya lo tengo|planeado|cuchillo|arma|pistola|en serio|no es broma|hijo de puta|desgraciad[oa]|cabron)\b)`,
        String.raw`\ble voy a dar una paliza\b(?=.*\b(?:no me voy a contener|en serio|esta vez)\b)`,
        String.raw`\b(?:compre|tengo|consegui) un (?:cuchillo|arma|pistola|navaja)\b(?=.*\b(?:hacerle dano|matarlo|matarla|mi ex|vengarme)\b)`,
      ],
      [
        "tengo ganas de matar a mi padrastro, ya lo tengo planeado",
        "lo voy a matar a ese hijo de puta, ya se donde vive",
        "quiero hacerle dano a mi ex, ya compre un cuchillo",
      ],
      { jokeProne: true },
    ),
    cue(
      "es-harm-to-others/weapon-to-school",
      "Thinks of taking a weapon to school or work, or of a shooting: threat to others.",
      [
        String.raw`\b(?:llevar|meter) (?:un arma|una pistola|un cuchillo|armas) a (?:la escuela|la prepa|la secu|la uni|el colegio|el instituto|el trabajo|clase)\b`,
        String.raw`\b(?:hacer|hare) un tiroteo\b|\bmatar a todos en (?:la escuela|el colegio|clase|el trabajo)\b`,
      ],
      ["a veces pienso en llevar un arma a la escuela y vengarme"],
    ),
    cue(
      "es-harm-to-others/intrusive-harm-to-child",
      "Afraid they will hurt their baby or child, or has thoughts of harming them: needs help now (perinatal and intrusive thoughts included).",
      [
        String.raw`\b(?:voy a|siento que voy a|tengo miedo de|pensamientos de|pienso en|ganas de) (?:lastimar|hacerle dano|hacer dano|pegarle|ahogar|sacudir) (?:a )?(?:mi |a mi )?{CHILD}\b`,
        String.raw`\b(?:lastimar|hacerle dano|hacer dano) (?:a )?mi {CHILD}\b`,
      ],
      ["siento que voy a lastimar a mi bebe", "tengo pensamientos de hacerle dano a mi hijo"],
      { reasons: { self: "harm_to_others", other: "abuse_danger" } },
    ),
  ],
};

export const someoneElse: CueGroupRecord<CrisisReason> = {
  id: "es-someone-else",
  name: "someone else at risk (Spanish)",
  reasons: { self: "someone_else_at_risk", other: "someone_else_at_risk" },
  checks: ["negation", "hypothetical", "topic"],
  cues: [
    cue(
      "es-someone-else/wants-to-die",
      'Another person says they want to kill themselves or die ("se quiere matar", "dice que ya no quiere vivir"): someone else at risk.',
      [
        String.raw`${NOT_DENIED}\bse (?:quiere|va a|piensa|iba a|queria) (?:matar|suicidar|quitar la vida|tirar|aventar|colgar|ahorcar)\b(?! (?:de risa|a la (?:piscina|alberca)))`,
        String.raw`${NOT_DENIED}\bse (?:quiere|va a|piensa|iba a|queria) morir\b${NOT_FIGURE}`,
        String.raw`\b(?:quiere|va a|piensa) (?:matarse|suicidarse|quitarse la vida|morirse|tirarse|aventarse|ahorcarse)\b`,
        String.raw`\b(?:dice|dijo|ha dicho|me dijo|me conto|comenta|escribio|publico) que (?:{YA} )?no quiere (?:vivir|seguir viviendo|estar aqui|existir)\b`,
        String.raw`\b(?:estariamos|estarian|estarias|estaria) (?:todos )?mejor sin (?:el|ella)\b`,
        String.raw`\b(?:publico|escribio|dejo|mando|subio) (?:una )?(?:carta|nota|mensaje|video) de (?:despedida|suicidio)\b`,
      ],
      [
        "mi mejor amiga me dijo que se quiere matar",
        "mi hermano dice que ya no quiere vivir",
        "mi novio me ha dicho que esta noche se va a suicidar",
        "un amigo publico una carta de despedida",
      ],
      { who: "other" },
    ),
    cue(
      "es-someone-else/harming-self",
      "Another person is cutting themselves, self-harming or has taken too many pills.",
      [
        String.raw`(?<!\balguien que )(?<!\bpersonas que )(?<!\bgente que )(?<!\bchicos que )\bse (?:esta cortando|corta|corto|ha cortado|autolesiona|lastima a proposito|hace dano|hace cortes|quema)\b(?! (?:el|la|las|los) (?:pelo|cabello|unas|flequillo|barba))`,
        String.raw`\bse (?:tomo|ha tomado|trago|acaba de tomar) (?:muchas|todas las|un monton de|un bote de|una caja de|un frasco de|demasiadas) (?:{PILLS})\b`,
      ],
      ["mi hija de 14 anos se esta cortando los brazos", "mi madre se ha tomado muchas pastillas", "una companera de clase se autolesiona"],
      { who: "other" },
    ),
  ],
};

export const hopelessness: CueGroupRecord<CrisisReason> = {
  id: "es-hopelessness",
  name: "hopelessness with escape (Spanish)",
  reasons: { self: "suicide_self_harm", other: "someone_else_at_risk" },
  checks: CRISIS_CHECKS,
  cues: [
    cue(
      "es-hopelessness/no-way-out",
      "Hopelessness: no way out, nothing will get better, giving up (a weak cue: counts with a wish to escape).",
      [
        String.raw`\bno (?:veo|hay|tengo|encuentro) (?:ninguna )?salida\b|\bnada (?:va a|nunca va a|va nunca a) (?:mejorar|cambiar)\b|\b(?:me rindo|me doy por vencid[oa]|ya me rendi)\b|\bestoy atrapad[oa]\b|\bno tengo (?:mas )?fuerzas\b`,
      ],
      ["no veo salida y ya no tengo fuerzas"],
      { family: "hopeless" },
    ),
    cue(
      "es-hopelessness/wants-it-over",
      'Wants everything to stop for good or to "leave" ("quiero que se acabe todo", "dejar de sentir para siempre", "me quiero ir"): a wish to escape.',
      [
        String.raw`\b(?:quiero|solo quiero|quisiera|ojala) que (?:se acabe|termine|acabe) (?:todo|esto)\b|\bdejar de sentir (?:para siempre|todo)\b|\bme quiero ir\b(?! (?:a |de (?:aqui|viaje|vacaciones)|al|temprano|ya a))|\b{YA} no (?:puedo|aguanto) mas\b`,
      ],
      ["ya quiero que se acabe todo"],
      { family: "escape" },
    ),
  ],
};

export const diagnosis: CueGroupRecord<RedirectReason> = {
  id: "es-diagnosis",
  name: "diagnosis (Spanish)",
  reasons: { self: "diagnosis", other: "diagnosis" },
  checks: REDIRECT_CHECKS,
  cues: [
    cue(
      "es-diagnosis/asks-for-diagnosis",
      "Asks Alliance to say which disorder they (or someone) have: a diagnosis needs an assessment by a professional.",
      [
        String.raw`\b(?:crees|piensas|cree|opinas|dirias) (?:tu |vos |usted )?que (?:tengo|soy|sufro de|padezco|tenga|sea|mi \w+ tiene|mi \w+ es)\b`,
        String.raw`\b(?:me )?(?:puedes|podes|podrias|puede) diagnosticar\w*\b|\bdiagnosticame\b|\bdame un diagnostico\b`,
        String.raw`\bque (?:trastorno|enfermedad mental|diagnostico) (?:tengo|tendre|tiene mi|me das)\b`,
        String.raw`\b(?:sera que|seguro que|dime si|dime la verdad,? ) ?(?:tengo|soy) (?:{CONDITION})\b|\b(?:tengo|soy) (?:{CONDITION})(?: \w+)?,? (?:dime|o no|verdad|si o no)\b|^(?:entonces )?(?:tengo|soy) (?:un |una )?(?:{CONDITION})$`,
        String.raw`\bsegun lo que te (?:conte|dije),? (?:tengo|soy)\b`,
        String.raw`\b(?:me )?(?:puedes|podes|podrias) decir(?:me)? si (?:tengo|soy|mi \w+ (?:tiene|es))\b|\b(?:tengo|soy) (?:{CONDITION}) o (?:que|no)$`,
      ],
      ["crees que tengo tdah", "me puedes diagnosticar", "que trastorno tengo si me lavo las manos veinte veces", "soy autista, dime la verdad"],
    ),
    cue(
      "es-diagnosis/asks-if-they-have-it",
      'Asks, as a question, whether they have a named condition ("¿tengo un trastorno de la personalidad?"): a diagnosis needs a professional.',
      [String.raw`^¿? ?(?:y )?(?:yo )?(?:tengo|tendre|tendria|sufro de|padezco|soy) (?:un |una |algun |alguna )?(?:{CONDITION})\b[a-z ]{0,40}$`],
      ["¿tengo un trastorno de la personalidad?", "soy bipolar?"],
      { ignores: ["tengo ansiedad desde hace años y voy a terapia"], needs: /\?/ },
    ),
  ],
};

export const medication: CueGroupRecord<RedirectReason> = {
  id: "es-medication",
  name: "medication (Spanish)",
  reasons: { self: "medication", other: "medication" },
  checks: REDIRECT_CHECKS,
  cues: [
    cue(
      "es-medication/dose-or-change",
      "Asks about starting, stopping, dosing or mixing psychiatric medication: a prescriber's question.",
      [
        String.raw`\b(?:puedo|podria|debo|deberia|se puede|es malo|esta bien|me conviene|tengo que) (?:dejar|parar|suspender|quitar|subir|bajar|aumentar|reducir|doblar|mezclar|combinar|tomar|cortar|dejar de tomar)\b(?: [a-z]+){0,4} (?:{DRUG})\b`,
        String.raw`\bcuant[oa]s? (?:mg |miligramos |pastillas )?(?:de )?(?:{DRUG}) (?:debo|deberia|tengo que|hay que|me tomo|tomo|puedo)\b`,
        String.raw`\bque (?:antidepresivo|ansiolitico|medicamento|pastilla|medicacion|antipsicotico) (?:me recomiendas|me recomendas|tomo|deberia tomar|es mejor|me sirve|me va mejor|me conviene)\b`,
        String.raw`\b(?:alcohol|alcol|chupe|cerveza|vino|pisto|weed|marihuana|mota) con (?:el |la |los |las )?(?:{DRUG})\b|\b(?:{DRUG}) con (?:alcohol|cerveza|pastillas para dormir)\b`,
        String.raw`\b(?:me subo|me bajo|subirme|bajarme|me cambio) la dosis\b`,
      ],
      ["puedo dejar la sertralina de golpe", "cuanta fluoxetina deberia tomar", "puedo tomar alcohol con el clonazepam", "que antidepresivo me recomiendas"],
    ),
  ],
};

export const personalTherapy: CueGroupRecord<RedirectReason> = {
  id: "es-personal-therapy",
  name: "be my therapist (Spanish)",
  reasons: { self: "personal_therapy", other: "personal_therapy" },
  checks: REDIRECT_CHECKS,
  cues: [
    cue(
      "es-personal-therapy/be-my-therapist",
      "Asks Alliance to be their therapist or to treat them: Alliance is not therapy and says so.",
      [
        String.raw`\b(?:puedes|podes|podrias|quieres|queres|vas a|serias|seras|se) (?:ser )?(?:mi|la mia) (?:{THERAPIST})\b|\bse mi (?:{THERAPIST})\b|\bque seas (?:mi|la mia) (?:{THERAPIST})\b`,
        String.raw`\b(?:hazme|hagas|me hagas|me haces|hacerme) (?:terapia|una sesion|sesiones)\b`,
        String.raw`\b(?:me trates|tratame|me atiendas|atiendeme) (?:tu|vos|usted)\b|\bque me (?:trates|atiendas) (?:tu|vos)\b|\bnecesito que me (?:trates|atiendas)\b`,
      ],
      ["puedes ser mi terapeuta", "quiero que me hagas terapia todos los dias", "necesito que me trates vos"],
    ),
  ],
};

export const misconduct: CueGroupRecord<RedirectReason> = {
  id: "es-misconduct",
  name: "therapist misconduct (Spanish)",
  reasons: { self: "therapist_misconduct", other: "therapist_misconduct" },
  checks: REDIRECT_CHECKS,
  cues: [
    cue(
      "es-misconduct/boundary-crossed",
      "A therapist kissed, touched, flirted, asked for a date or money, or broke confidentiality: misconduct the member can report.",
      [
        String.raw`\b(?:mi|el|la) (?:{THERAPIST})\b(?: [a-z]+){0,5} (?:me )?(?:beso|besa|ha besado|toco|toca|ha tocado|acaricio|manosea|manoseo|coquetea|me tira los perros|tira la onda|me tira onda|manda mensajes (?:coquetos|raros|subidos)|me escribe cosas|invito a salir|pide que nos veamos fuera|pidio que nos veamos fuera|quiere que nos veamos fuera|pide (?:que salgamos|dinero|plata|prestado)|pidio (?:dinero|plata|prestado)|ha pedido dinero|conto a|le conto a|le ha contado|le dijo a mi)\b`,
        String.raw`\b(?:mi|el|la) (?:{THERAPIST})\b.*\b(?:fuera de (?:consulta|la consulta|sesion|la sesion)|parte del tratamiento|sin mi permiso|dinero prestado|mensajes coquetos)\b`,
      ],
      [
        "mi psicologo me beso al final de la sesion",
        "mi terapeuta me pide que nos veamos fuera de consulta",
        "mi psicologa le ha contado a mi madre lo que le dije sin mi permiso",
      ],
    ),
  ],
};

export const CUES = {
  language: "es",
  crisis: [suicidalIntent, passiveIdeation, plansAndMeans, selfHarm, overdose, someoneElse, hopelessness, harmToOthers, abuseDanger],
  redirect: [misconduct, medication, diagnosis, personalTherapy],
  lexicon: LEXICON,
  conditions,
} satisfies PackCues;
