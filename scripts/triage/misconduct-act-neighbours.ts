// `npx node scripts/triage/misconduct-act-neighbours.ts [count]`: the nearest neighbours, in the shared English word
// vectors (shared/content/triage/en/generated/word-vectors.txt), of the seed words of each kind of misconduct act
// (docs/triage.md, "Misconduct stories, round 3 ninth session"). The act lexicons in
// shared/content/triage/en/cues/misconduct-acts.ts were written from this list by hand: every neighbour was read and
// kept only when a clinician would read it as that act in a client's story; nothing is generated into the cues.
import { WordVectors } from "../../functions/engine/scorer/word-vectors.ts";
import { WORD_VECTORS } from "../../shared/content/triage/en/scorer-data.ts";

/** Seeds for each act family, the words the earlier cues and the development stories used. */
export const SEEDS: Record<string, readonly string[]> = {
  "money given or lent": ["lent", "loaned", "borrowed", "money", "cash", "dollars", "loan", "owe", "repay", "check"],
  "friendship and social ties": ["friends", "friendship", "wedding", "bridesmaid", "party", "invited", "hang", "weekend"],
  "messages outside sessions": ["texting", "snapchat", "instagram", "facebook", "whatsapp", "messaging", "dm", "tiktok"],
  "romance or sex": ["kissed", "slept", "sex", "lover", "romantic", "affair", "flirting", "bikini", "naked", "seduced"],
  "drugs or alcohol": ["bourbon", "wine", "weed", "pills", "drugs", "drunk", "alcohol", "vodka", "cocaine", "drugged"],
  "court, records and lies": ["court", "custody", "lawyer", "judge", "lied", "falsified", "lies", "records", "testified"],
  "business and sales": ["business", "supplements", "investment", "partner", "commission", "remodel", "sell", "products"],
  gifts: ["gifts", "gift", "perfume", "jewelry", "laptop", "presents"],
  threats: ["threatened", "threatening", "blackmail", "immigration", "deport", "intimidate"],
};

function unit(vectors: WordVectors, word: string): Float32Array | undefined {
  const sum = new Float32Array(vectors.dimensions);
  if (!vectors.addTo(sum, word)) return undefined;
  const norm = Math.hypot(...sum);
  return norm === 0 ? undefined : sum.map((value) => value / norm);
}

if (import.meta.main) {
  const count = Number(process.argv[2] ?? 12);
  const vectors = new WordVectors(WORD_VECTORS);
  const words = WORD_VECTORS.words.split(" ");
  const rows = words.map((word) => unit(vectors, word));
  for (const [family, seeds] of Object.entries(SEEDS)) {
    console.log(`\n## ${family}`);
    for (const seed of seeds) {
      const target = unit(vectors, seed);
      if (!target) {
        console.log(`${seed}: (no vector)`);
        continue;
      }
      const nearest = rows
        .map((row, i) => ({ word: words[i]!, cosine: row ? row.reduce((sum, value, d) => sum + value * target[d]!, 0) : -1 }))
        .filter(({ word }) => word !== seed)
        .sort((a, b) => b.cosine - a.cosine)
        .slice(0, count);
      console.log(`${seed}: ${nearest.map(({ word, cosine }) => `${word} ${cosine.toFixed(2)}`).join(", ")}`);
    }
  }
}
