/** Whole-message conditions the German cues share (a cue's `needs`), on the folded text. */

/** Projection (VERA-MH): "ich frage für einen Freund", "für eine Geschichte" — read as the writer's own risk. */
export const PROJECTION =
  /\b(?:(?:ich )?frag(?:e)? (?:fur|fuer) (?:einen|eine|nen|ne|n) (?:freund|freundin|kumpel|bekannten|bekannte)|(?:fur|fuer) (?:eine|meine|ne|n) (?:geschichte|story|roman|buch|hausarbeit|hausaufgabe|referat|figur|fanfic|fiktion)|(?:fur|fuer) (?:ein|mein|n) (?:buch|referat|projekt|spiel|drehbuch)|rein hypothetisch|hypothetisch|nur aus neugier|aus reiner neugier|nicht fur mich|nicht fuer mich|ist nicht fur mich|ist nicht fuer mich)\b/;

/** Violence or sexual abuse around an ambiguous word ("fasst mich an", "angst heimzugehen"). */
export const VIOLENCE =
  /\b(?:schlagt|schlaegt|schlagen|haut|hauen|prugelt|pruegelt|verprugelt|verpruegelt|gewurgt|gewuergt|wurgt|wuergt|vergewaltigt|droht|gedroht|eingesperrt|nachts|nacht|zimmer|bett|geheim|anfassen|fasst|angefasst|betrunken|besoffen|blaue flecken|gurtel|guertel|schreit|tritt|getreten)\b/;

/** An adult around a child asked to keep a secret (grooming). */
export const ADULT =
  /\b(?:erwachsener|erwachsene|trainer|lehrer|betreuer|onkel|stiefvater|nachbar|mann|typ|verein|alter|alterer|aelterer|\d{2} jahre|\d{2}-jahriger|\d{2}-jaehriger)\b/;

/** Violence named, and no therapist in the message (a therapist touching a client is misconduct, redirected to the regulator). */
export const NOT_THERAPIST_VIOLENCE = new RegExp(String.raw`^(?![\s\S]*\b(?:therapeut|psycholog|psychiater|thera)\w*)[\s\S]*` + VIOLENCE.source);
