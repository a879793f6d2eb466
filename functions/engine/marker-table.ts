/** Markers are found by their first three characters: a marker must be at least this long. */
export const MIN_MARKER_LENGTH = 3;

const KEY_BITS = 15;
const KEY_MASK = (1 << KEY_BITS) - 1;
/** Three characters' low five bits: a key shared by a few character triples, told apart by `startsWith`. */
const tripleKey = (text: string, at: number) =>
  ((text.charCodeAt(at) & 0x1f) << 10) | ((text.charCodeAt(at + 1) & 0x1f) << 5) | (text.charCodeAt(at + 2) & 0x1f);

interface MarkerEntry {
  marker: string;
  rules: number[];
}

/**
 * Which of a list of rules a text holds a marker of (a string every match of the rule contains), in one pass over the
 * text instead of one search per marker: a marker is compared only where the text holds a triple of characters keyed
 * like its first three.
 */
export class MarkerTable {
  private readonly entriesByKey = new Map<number, MarkerEntry[]>();
  private readonly keyHasMarker = new Uint8Array(1 << KEY_BITS);
  private readonly rules: number;

  /** `markersOf[rule]`: the rule's markers (none: the rule is never marked). */
  constructor(markersOf: readonly (readonly string[])[]) {
    this.rules = markersOf.length;
    markersOf.forEach((markers, rule) => {
      for (const marker of markers) {
        if (marker.length < MIN_MARKER_LENGTH) throw new Error(`A marker must be at least ${MIN_MARKER_LENGTH} characters: "${marker}"`);
        const key = tripleKey(marker, 0);
        const entries = this.entriesByKey.get(key) ?? [];
        const entry = entries.find((known) => known.marker === marker);
        if (entry) entry.rules.push(rule);
        else entries.push({ marker, rules: [rule] });
        this.entriesByKey.set(key, entries);
        this.keyHasMarker[key] = 1;
      }
    });
  }

  /** Per rule, 1 when the text holds one of its markers (what `text.includes(marker)` finds for each). */
  marked(text: string): Uint8Array {
    const marked = new Uint8Array(this.rules);
    if (text.length < MIN_MARKER_LENGTH) return marked;
    const { keyHasMarker } = this;
    let key = tripleKey(text, 0);
    for (let at = 0; ; ) {
      if (keyHasMarker[key] === 1) {
        for (const { marker, rules } of this.entriesByKey.get(key)!) {
          if (text.startsWith(marker, at)) for (const rule of rules) marked[rule] = 1;
        }
      }
      if (++at + 2 >= text.length) return marked;
      key = ((key << 5) | (text.charCodeAt(at + 2) & 0x1f)) & KEY_MASK;
    }
  }
}
