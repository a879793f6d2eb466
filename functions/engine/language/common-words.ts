import { COMMON_WORDS } from "./generated/common-words.ts";

let table: Map<string, Uint8Array> | undefined;

/** Word → its share (0–100) of the five languages' use, in en, es, pt, fr, de: read from the generated table on first use. */
export function commonWordShares(): ReadonlyMap<string, Uint8Array> {
  if (!table) {
    table = new Map();
    for (const line of COMMON_WORDS.split("\n")) {
      const tab = line.indexOf("\t");
      const row = new Uint8Array(5);
      for (let k = 0; k < 5; k++) row[k] = parseInt(line.slice(tab + 1 + 2 * k, tab + 3 + 2 * k), 36);
      table.set(line.slice(0, tab), row);
    }
  }
  return table;
}
