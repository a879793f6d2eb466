// `npx node scripts/data/prepare-external.ts [--mirror-root /work/.mirror] [--only id,id]`
// Rebuilds test/corpus/external/<source>.jsonl (git-ignored) from public snapshots pinned by repo, commit and
// path, and rewrites the committed manifest sources.json with each source's licence, label mapping and counts.
// The text itself is never committed: a fresh clone runs the `fetch` of each repo, then this script.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { snapshotReader } from "./external/mirror.ts";
import { countRows, prepareSource } from "./external/prepare.ts";
import { SOURCES } from "./external/sources/index.ts";

const RESERVED = [/counsel-?chat/i, /suicide_detection/i, /twitter_suicidal_tendency/i, /500_reddit/i, /dsaa2012/i, /chatgpt-textmining-workshop/i];

const { values } = parseArgs({
  options: {
    "mirror-root": { type: "string", default: "/work/.mirror" },
    out: { type: "string", default: join(import.meta.dirname, "../../test/corpus/external") },
    only: { type: "string" },
  },
});
const mirrorRoot = values["mirror-root"];
const outDir = values.out;
const only = values.only?.split(",");

for (const source of SOURCES) {
  const names = [source.snapshot.repo, ...source.snapshot.paths].join(" ");
  if (RESERVED.some((r) => r.test(names))) throw new Error(`${source.id} points at a source reserved for evaluation`);
}

mkdirSync(outDir, { recursive: true });
const manifestPath = join(outDir, "sources.json");
type ManifestEntry = { id: string; [field: string]: unknown };
const previous: ManifestEntry[] = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, "utf8")) : [];
const manifest = new Map<string, ManifestEntry>(previous.map((entry) => [entry.id, entry]));

// Sources run in a fixed order and a text seen in an earlier one is not repeated in a later one, so the same
// words cannot sit in one source's train split and another's sealed split.
// With --only, the sources before the last one asked for are still read (not written) so the same texts are
// left out as in a full run; the ones after it are not read at all.
const lastWanted = only ? Math.max(...only.map((id) => SOURCES.findIndex((s) => s.id === id))) : SOURCES.length - 1;
if (only?.some((id) => !SOURCES.some((s) => s.id === id))) {
  throw new Error(`--only names an unknown source; known: ${SOURCES.map((s) => s.id).join(", ")}`);
}
const seen = new Set<string>();
const starts = new Set<string>();
for (const source of SOURCES.slice(0, lastWanted + 1)) {
  const readFile = snapshotReader(mirrorRoot, source.snapshot);
  const { rows, excluded, dropped } = prepareSource(source, readFile, seen, starts);
  if (only && !only.includes(source.id)) continue;
  writeFileSync(join(outDir, `${source.id}.jsonl`), `${rows.map((row) => JSON.stringify(row)).join("\n")}\n`);
  const { read: _read, ...meta } = source;
  const counts = countRows(rows);
  manifest.set(source.id, { ...meta, counts, excludedByLabelRule: excluded, dropped });
}

const ordered = SOURCES.map((s) => manifest.get(s.id)).filter((entry) => entry !== undefined);
writeFileSync(manifestPath, `${JSON.stringify(ordered, null, 2)}\n`);

console.log("| source | licence | category | expect | train | calibration | sealed |\n|---|---|---|---|---:|---:|---:|");
for (const entry of ordered as { id: string; licence: { status: string }; counts: ReturnType<typeof countRows> }[]) {
  const byCategory = new Map<string, Record<string, number>>();
  for (const [key, n] of Object.entries(entry.counts.byCategoryAndSplit)) {
    const [category = "", split = ""] = key.split("/");
    byCategory.set(category, { ...byCategory.get(category), [split]: n });
  }
  for (const [category, n] of byCategory) {
    const expect = entry.counts.expectByCategory[category];
    console.log(`| ${entry.id} | ${entry.licence.status} | ${category} | ${expect} | ${n.train ?? 0} | ${n.calibration ?? 0} | ${n.sealed ?? 0} |`);
  }
}
console.log(`\nwrote ${ordered.length} sources to ${outDir}`);
