/** A message prepared for judging: the text folded to a canonical, lower-case form. */
export interface NormalisedMessage {
  text: string;
}

export function normalise(raw: string): NormalisedMessage {
  return { text: raw.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim() };
}
