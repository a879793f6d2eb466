// Real text in Spanish, Portuguese, French and German that nobody on the project wrote (test/corpus/external, the
// sources that name a language; rebuilt by scripts/data/prepare-external.ts, never committed): the whole engine as
// a member meets it, with no locale (a tweet carries none). The sealed split is the headline; the open splits are
// printed apart. No scorer learns from these sources (none has an open licence). Node only (reads the files).
import { existsSync, readFileSync } from "node:fs";
import { EXTERNAL_DIR, externalSourceLanguages } from "./labelled-data.ts";
import type { TriageRow } from "./language-corpora.ts";
import { measureTriage } from "./language-evaluation.ts";
import { type EvaluationReport, percent, table } from "./report.ts";

type Split = "train" | "calibration" | "sealed";

interface RealRow {
  text: string;
  expect: "crisis" | "benign";
  category: string;
  source: string;
  split: Split;
}

/** Every row of the sources in `language`, with the source and split each came in. */
export function realLanguageRows(language: string, dir = EXTERNAL_DIR): RealRow[] {
  return externalSourceLanguages(dir)
    .filter((entry) => entry.language === language)
    .flatMap(({ source }) => {
      const path = `${dir}/${source}.jsonl`;
      if (!existsSync(path)) return [];
      return readFileSync(path, "utf8")
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as RealRow)
        .map((row) => ({ text: row.text, expect: row.expect, category: row.category, source: row.source ?? source, split: row.split }));
    });
}

const share = (part: number, whole: number) => (whole === 0 ? "—" : `${percent(part / whole)} (${part}/${whole})`);

/** One table row per source and category, then one per source over all its non-crisis categories. */
function figureRows(language: string, rows: readonly RealRow[]): string[][] {
  const groups = new Map<string, RealRow[]>();
  for (const row of rows) {
    const key = `${row.source} · ${row.category}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const bySource = new Map<string, RealRow[]>();
  for (const row of rows) if (row.expect === "benign") bySource.set(row.source, [...(bySource.get(row.source) ?? []), row]);
  const line = (label: string, group: readonly RealRow[]) => {
    const rows = (locale?: string) =>
      group.map((row): TriageRow => ({ text: row.text, expect: row.expect, category: row.category, ...(locale ? { locale } : {}) }));
    const f = measureTriage(language, rows());
    // A member on Discord or Slack has a locale: the same texts with the language's own, the detector's tie-breaker.
    const withLocale = measureTriage(language, rows(language));
    return [
      label,
      share(f.crisisReply, f.crises),
      share(f.crisisOrCheckIn, f.crises),
      share(f.benignCrisis, f.benign),
      share(f.benignFlagged, f.benign),
      share(f.languageRight, f.rows),
      f.crises > 0 ? share(withLocale.crisisOrCheckIn, withLocale.crises) : share(withLocale.benignFlagged, withLocale.benign),
    ];
  };
  return [
    ...[...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([key, group]) => line(key, group)),
    ...[...bySource.entries()]
      .filter(([source]) => new Set(rows.filter((row) => row.source === source && row.expect === "benign").map((row) => row.category)).size > 1)
      .map(([source, group]) => line(`${source} · all non-crises`, group)),
  ];
}

const HEADER = [
  "source · category",
  "crises: crisis reply",
  "crisis or check-in",
  "others: crisis reply",
  "others: crisis or check-in",
  "reply language",
  "flagged with the language's locale",
];

export function realLanguageEvaluation(languages: readonly string[], { openOnly = false, dir = EXTERNAL_DIR } = {}): EvaluationReport {
  const title = "Other languages on real text (test/corpus/external, sources with a language)";
  const wanted = languages.filter((language) => language !== "en");
  const withData = wanted.filter((language) => realLanguageRows(language, dir).length > 0);
  if (withData.length === 0) {
    return {
      title,
      lines: [
        "No real text in other languages here: fetch github:kvvaldez/spanish_suicide and github:cardiffnlp/xlm-t, then",
        "`npx node scripts/data/prepare-external.ts` rebuilds it (see test/corpus/external/SOURCES.md).",
      ],
      failures: [],
    };
  }
  const lines = [
    'Real tweets nobody on the project wrote, read with no locale; never trained or tuned on. "others" are texts labelled',
    "benign: for spanish-suicide · no-intent the annotators saw no suicidal intent, but many speak of wanting to die",
    "(no false-alarm target); the UMSAB tweets were rated for sentiment, and crisis-words are tweets with words of death.",
    "The last column reads the same texts with the language's locale (a member's tie-breaker): crisis or check-in.",
    "",
  ];
  for (const language of withData) {
    const rows = realLanguageRows(language, dir);
    const sealed = rows.filter((row) => row.split === "sealed");
    const open = rows.filter((row) => row.split !== "sealed");
    lines.push(`### ${language}`, "");
    if (!openOnly) lines.push("Sealed split (the headline):", "", ...table(HEADER, figureRows(language, sealed)), "");
    lines.push("Open splits (train + calibration; not the headline):", "", ...table(HEADER, figureRows(language, open)), "");
  }
  const missing = wanted.filter((language) => !withData.includes(language));
  if (missing.length > 0) lines.push(`No real text found for: ${missing.join(", ")}.`);
  return { title, lines, failures: [] };
}
