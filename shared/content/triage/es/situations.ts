import type { SituationWords } from "../situation-cue.ts";

/** Spanish (Spain, Mexico, Argentina and beyond), folded: "años" reads "anos", "él" reads "el". */
export const SPANISH_SITUATIONS: SituationWords = {
  overdose: [
    {
      id: "overdose-took-a-quantity-es",
      rationale: "Spanish: swallowing a counted or excessive amount of medicine is an overdose, whatever the person feels now.",
      pattern:
        /\b(?:tome|trague|he tomado|me he tomado|tomado)\s+(?:como |unas |unos |mas de )?(?:\d{1,3}|todas? (?:las|los|mis)|un monton de|una caja (?:entera )?de|un bote de|un frasco de|muchas)\b[^.!?]{0,30}?\b(?:pastillas|pildoras|comprimidos|paracetamol|ibuprofeno|medicamentos|medicinas|capsulas)\b/,
      examples: ["me tomé todas las pastillas hace una hora", "me tomé 20 pastillas de paracetamol"],
    },
  ],
  wound: [
    {
      id: "wound-bleeding-will-not-stop-es",
      rationale: "Spanish: bleeding that does not stop needs an ambulance or the emergency department.",
      pattern:
        /\bno (?:para|paro|deja|dejo|esta parando) de sangrar\b|\bno (?:puedo|consigo|logro) (?:parar|detener|cortar) (?:la sangre|el sangrado|la hemorragia)\b|\bsigue sangrando (?:mucho|sin parar|un monton)\b/,
      examples: ["me corté y no para de sangrar", "no puedo parar la sangre", "sigue sangrando sin parar"],
    },
    {
      id: "wound-cut-too-deep-es",
      rationale: "Spanish: a cut described as deep is a wound that may need closing.",
      pattern:
        /\bme (?:corte|he cortado|raje|abri)\b[^.!?]{0,25}?\b(?:muy |demasiado |bien |super )?(?:profundo|hondo)\b|\bcorte (?:muy |demasiado |super )?(?:profundo|hondo)\b/,
      examples: ["me corté demasiado profundo", "me he cortado el brazo muy hondo", "tengo un corte muy profundo en la muñeca"],
    },
    {
      id: "wound-much-blood-es",
      rationale: "Spanish: a lot of blood is a medical emergency before it is anything else.",
      pattern:
        /\b(?:muchisima|mucha|tanta) sangre\b|\bsangre por todas partes\b|\b(?:estoy|esta) sangrando (?:mucho|muchisimo|un monton|un chingo)\b|\bpuntos de sutura\b|\b(?:necesito|necesita|me van a tener que dar) puntos\b(?! (?:para|en|extra|de la))/,
      examples: ["hay sangre por todas partes", "estoy sangrando mucho", "creo que necesito puntos"],
    },
  ],
  goodbye: [
    {
      id: "goodbye-message-es",
      rationale: "Spanish: a goodbye or a note sent to someone who is then silent is a warning sign that needs the emergency services.",
      pattern:
        /\b(?:mensaje|carta|nota|audio|video) de despedida\b|\b(?:nota|carta) de suicidio\b|\bse (?:despidio|ha despedido) de (?:mi|nosotros|todos|todo el mundo)\b|\b(?:me|nos) (?:dijo|escribio|mando|puso) adios\b/,
      examples: ["mi mejor amiga me mandó un mensaje de despedida", "se despidió de todos en el grupo"],
    },
  ],
  unreachable: [
    {
      id: "unreachable-no-answer-es",
      rationale: "Spanish: the person cannot be reached now, so someone has to go to them.",
      pattern:
        /\bno (?:me )?(?:contesta|responde|coge|agarra|atiende|lee)\b|\bno (?:puedo|consigo|logro) (?:localizarl[oa]|contactarl[oa]|hablar con (?:el|ella)|comunicarme con (?:el|ella))\b|\b(?:telefono|movil|celular|cel) (?:esta )?apagado\b|\bsalta (?:el|directo al) buzon\b/,
      examples: ["ahora no contesta el teléfono", "no consigo localizarla", "su celular está apagado"],
    },
  ],
  youngPerson: [
    {
      id: "young-age-stated-es",
      rationale: "Spanish: an age under 18, said about oneself.",
      pattern:
        /\b(?:tengo|acabo de cumplir|cumpli) (?:solo |apenas |recien )?(?:1[0-7]|[89]) (?:anos|anitos)\b(?! (?:de (?:experiencia|casad|trabaj|carrera)|trabajando|con|en (?:terapia|esto)))/,
      examples: ["tengo 15 años y mis padres no pueden saberlo", "solo tengo 14 años"],
    },
    {
      id: "young-school-es",
      rationale: "Spanish: school life in the present (Spain's ESO and insti, Mexico's secu and prepa, Argentina's cole).",
      pattern:
        /\b(?:en el (?:cole|colegio|insti|instituto|liceo)|en la (?:secu|secundaria|prepa|escuela)|(?:mis|mi) (?:profes?|profesora|maestr[ao]|companer[oa]s de clase)|(?:[1-4]o|primero|segundo|tercero|cuarto) de (?:la )?(?:eso|secundaria|bachillerato|bachi|prepa))\b/,
      examples: ["en el insti todos se burlan de mí", "voy en segundo de secundaria", "mis compañeros de clase me odian"],
    },
    {
      id: "young-parents-in-charge-es",
      rationale: "Spanish: parents who decide for the writer: grounding, phones taken away, finding out.",
      pattern:
        /\bmis (?:padres|papas|viejos) (?:no (?:pueden|deben) (?:saber(?:lo)?|enterarse)|se van a enterar|me (?:castigaron|quitaron el (?:movil|celular|telefono)))\b|\b(?:estoy|me dejaron) castigad[oa]\b/,
      examples: ["mis padres no pueden saberlo", "estoy castigada sin móvil"],
    },
  ],
  thirdPerson:
    /\b(?:amig[oa]s?|mejor amig[oa]|herman[oa]|prim[oa]|novi[oa]|pareja|espos[oa]|marido|hij[oa]|mama|papa|madre|padre|companer[oa]|ella|ellos|ellas)\b/,
  notYoung:
    /\b(?:mi (?:hij[oa]|alumn[oa]|nieto|nieta)|mis (?:hij[oa]s|alumn[oa]s|nietos)|soy (?:profe|profesora?|maestr[ao]|docente)|cuando (?:era|estaba en el) (?:joven|nin[oa]|adolescente|colegio|instituto|cole|secundaria|prepa))\b/,
  longAgo:
    /\b(?:hace (?:anos|mucho tiempo|\d+ anos)|el ano pasado|cuando era (?:mas )?(?:joven|pequen[oa]|nin[oa]|adolescente)|cicatrices (?:viejas|antiguas)|solia)\b/,
};
