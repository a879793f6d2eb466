// One source from its pinned snapshot to labelled, cleaned, de-duplicated, capped and split rows.
import type { RawRow, Source } from "./source.ts";
import { cleanText, dedupeKey, MIN_WORDS, nearDuplicateKey, type Split, splitOf, truncate, unitHash, wordCount } from "./text.ts";

export interface PreparedRow extends RawRow {
  source: string;
  split: Split;
  /** Only for a source in another language than English. */
  language?: string;
}

export interface Dropped {
  tooShort: number;
  duplicate: number;
  conflictingLabels: number;
  seenInEarlierSource: number;
  /** Only for a source with nearDuplicatesOfEarlierSources: starts like a text of an earlier source. */
  nearDuplicateOfEarlierSource?: number;
  overCap: number;
}

/** Keeps every category smaller than its fair share whole and samples the rest by a fixed hash. */
export function capByCategory<T extends { text: string; category: string }>(rows: T[], cap: number, salt: string): T[] {
  if (rows.length <= cap) return rows;
  const byCategory = new Map<string, T[]>();
  for (const row of rows) byCategory.set(row.category, [...(byCategory.get(row.category) ?? []), row]);
  const groups = [...byCategory.values()].sort((a, b) => a.length - b.length);
  const kept: T[] = [];
  let room = cap;
  groups.forEach((group, i) => {
    const share = Math.floor(room / (groups.length - i));
    const chosen = group
      .map((row) => ({ row, order: unitHash("cap", salt, row.text) }))
      .sort((a, b) => a.order - b.order)
      .slice(0, share)
      .map(({ row }) => row);
    kept.push(...chosen);
    room -= chosen.length;
  });
  return kept;
}

export function prepareSource(
  source: Source,
  readFile: (path: string) => string,
  seenBefore: Set<string>,
  /** The first words of every text the earlier sources gave (nearDuplicateKey); this source's are added. */
  startsBefore: Set<string> = new Set(),
): { rows: PreparedRow[]; excluded: Record<string, number>; dropped: Dropped } {
  const { rows: raw, excluded } = source.read(readFile);
  const near = source.nearDuplicatesOfEarlierSources === true;
  const dropped: Dropped = {
    tooShort: 0,
    duplicate: 0,
    conflictingLabels: 0,
    seenInEarlierSource: 0,
    ...(near ? { nearDuplicateOfEarlierSource: 0 } : {}),
    overCap: 0,
  };
  const byKey = new Map<string, RawRow | null>();
  /** Every text's first words, also those left out here as duplicates or for disagreeing labels. */
  const startsHere = new Set<string>();
  for (const row of raw) {
    const text = truncate(cleanText(row.text));
    if (wordCount(text) < MIN_WORDS) {
      dropped.tooShort += 1;
      continue;
    }
    const key = dedupeKey(text);
    startsHere.add(nearDuplicateKey(text));
    if (seenBefore.has(key)) {
      dropped.seenInEarlierSource += 1;
      continue;
    }
    if (near && startsBefore.has(nearDuplicateKey(text))) {
      dropped.nearDuplicateOfEarlierSource = (dropped.nearDuplicateOfEarlierSource ?? 0) + 1;
      continue;
    }
    const earlier = byKey.get(key);
    if (earlier === undefined) {
      byKey.set(key, { ...row, text });
    } else {
      dropped.duplicate += 1;
      if (earlier !== null && earlier.expect !== row.expect) {
        byKey.set(key, null);
        dropped.conflictingLabels += 2;
        dropped.duplicate -= 1;
      }
    }
  }
  const unique = [...byKey.values()].filter((row): row is RawRow => row !== null);
  const capped = capByCategory(unique, source.cap, source.id);
  dropped.overCap = unique.length - capped.length;
  for (const key of byKey.keys()) seenBefore.add(key);
  for (const start of startsHere) startsBefore.add(start);
  const rows = capped
    .map((row) => ({ ...row, source: source.id, ...(source.language ? { language: source.language } : {}), split: splitOf(source.id, row.text) }))
    .sort((a, b) => unitHash("order", a.text) - unitHash("order", b.text));
  return { rows, excluded, dropped };
}

export function countRows(rows: PreparedRow[]) {
  const tally = (key: (row: PreparedRow) => string) => {
    const counts: Record<string, number> = {};
    for (const row of rows) counts[key(row)] = (counts[key(row)] ?? 0) + 1;
    return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
  };
  const expectByCategory: Record<string, string> = {};
  for (const row of rows) {
    const seen = expectByCategory[row.category];
    expectByCategory[row.category] = seen && seen !== row.expect ? "mixed" : row.expect;
  }
  return {
    total: rows.length,
    expectByCategory,
    bySplitAndExpect: tally((r) => `${r.split}/${r.expect}`),
    byCategoryAndSplit: tally((r) => `${r.category}/${r.split}`),
  };
}
