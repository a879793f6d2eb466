/** Whole-message conditions the French cues share (a cue's `needs`), on the folded text. */

/** Projection (VERA-MH): "c'est pour une histoire", "je demande pour un ami" — read as the writer's own risk. */
export const PROJECTION =
  /\b(?:je demande pour (?:un|une) (?:ami|amie|pote|copine|copain)|c'est pour (?:un|une) (?:ami|amie|pote|histoire|roman|livre|expose|projet|devoir|jeu|scenario|perso|personnage)|pour (?:un|une|mon|ma) (?:histoire|roman|nouvelle|fiction|scenario|personnage|fanfic|expose|devoir|memoire)|hypothetiquement|juste par curiosite|par pure curiosite|c'est pas pour moi|pas pour moi hein|pour un ami)\b/;

/** Violence or sexual abuse around an ambiguous word ("me touche", "peur de rentrer"). */
export const VIOLENCE =
  /\b(?:frappe|frapper|bat|battre|cogne|gifle|tabasse|etrangle|viol|violee?|menace|enferme|touche|attouche|nuit|chambre|secret|sexe|force|bourre|saoul|ivre|bu|crie|hurle|coups?|bleus?|ceinture)\b/;

/** An adult around a child asked to keep a secret (grooming). */
export const ADULT =
  /\b(?:adulte|entraineur|coach|prof|animateur|moniteur|oncle|beau-pere|voisin|cousin|pretre|mec de \d{2}|homme|monsieur|club|vieux|plus age|\d{2} ans)\b/;
