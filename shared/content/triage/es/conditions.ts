/** Whole-message conditions the Spanish cues share. */

/** Projection (VERA-MH): "pregunto por un amigo", "es para una historia" — read as the writer's own risk. */
export const PROJECTION =
  /\b(?:pregunto por (?:un|una) (?:amig[oa]|conocid[oa])|pregunto para (?:un|una|alguien)|es para (?:un|una) (?:historia|novela|libro|cuento|personaje|guion|juego|trabajo|tarea)|para (?:un|una|mi) (?:historia|novela|libro|cuento|personaje|guion) que (?:escribo|estoy escribiendo)|hipoteticamente|por pura curiosidad|solo por curiosidad|no es para mi|pregunto por alguien)\b/;
