// The labelled messages the risk model learns from and is measured on: the project's corpora and the
// external sources prepared by scripts/data/prepare-external.ts (test/corpus/external/*.jsonl, rebuilt from
// pinned public snapshots; not committed). Every source is split the same way, by a hash of its text.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import type { CrisisReason } from "../../shared/schemas/answer.ts";

export type Split = "train" | "calibration" | "sealed";

export interface Example {
  text: string;
  crisis: boolean;
  reason?: CrisisReason;
  category: string;
  source: string;
  split: Split;
}

/** Sealed 20%, calibration 15%, train 65%: the same rule as scripts/data/prepare-external.ts. */
export function splitOf(source: string, text: string): Split {
  const bucket = createHash("sha256").update(`${source}\n${text}`).digest().readUInt32BE(0) % 100;
  return bucket < 20 ? "sealed" : bucket < 35 ? "calibration" : "train";
}

interface ProjectRow {
  text: string;
  expect?: "crisis" | "redirect" | "benign";
  reason?: CrisisReason;
  category?: string;
  topic?: string;
}

export const PROJECT_SOURCES: Record<string, string> = {
  "project-triage": "test/corpus/triage.json",
  "project-triage-holdout": "test/corpus/triage-holdout.json",
  "project-questions": "test/corpus/questions.json",
  "project-questions-holdout": "test/corpus/questions-holdout.json",
  "project-chat": "test/corpus/scorer-chat.json",
  "project-posts": "test/corpus/scorer-posts.json",
};
export const EXTERNAL_DIR = "test/corpus/external";

function projectExamples(): Example[] {
  return Object.entries(PROJECT_SOURCES)
    .filter(([, path]) => existsSync(path))
    .flatMap(([source, path]) =>
      (JSON.parse(readFileSync(path, "utf8")) as ProjectRow[]).map((row) => ({
        text: row.text,
        crisis: row.expect === "crisis",
        ...(row.expect === "crisis" && row.reason ? { reason: row.reason } : {}),
        category: row.category ?? row.expect ?? "question",
        source,
        split: splitOf(source, row.text),
      })),
    );
}

interface ExternalRow {
  text: string;
  expect: "crisis" | "benign";
  reason?: CrisisReason;
  category: string;
  source: string;
  split: Split;
}

/** Every prepared external source with its language (sources.json's `language`; English when it names none). */
export function externalSourceLanguages(dir = EXTERNAL_DIR): { source: string; language: string }[] {
  if (!existsSync(dir)) return [];
  const manifest = `${dir}/sources.json`;
  const entries = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, "utf8")) as SourceManifestEntry[]) : [];
  const languageOf = new Map(entries.map((entry) => [entry.id, entry.language ?? "en"]));
  return readdirSync(dir)
    .filter((file) => file.endsWith(".jsonl"))
    .map((file) => file.slice(0, -".jsonl".length))
    .sort()
    .map((source) => ({ source, language: languageOf.get(source) ?? "en" }));
}

/** The English external sources: the only ones the English scorer learns from and is measured on. */
export function externalSources(dir = EXTERNAL_DIR): string[] {
  return externalSourceLanguages(dir)
    .filter(({ language }) => language === "en")
    .map(({ source }) => source);
}

function externalExamples(): Example[] {
  return externalSources().flatMap((source) =>
    readFileSync(`${EXTERNAL_DIR}/${source}.jsonl`, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as ExternalRow)
      .map((row) => ({
        text: row.text,
        crisis: row.expect === "crisis",
        ...(row.expect === "crisis" ? { reason: row.reason ?? "suicide_self_harm" } : {}),
        category: row.category,
        source: row.source ?? source,
        split: row.split,
      })),
  );
}

export function allExamples(): Example[] {
  return [...projectExamples(), ...externalExamples()];
}

interface SourceManifestEntry {
  id: string;
  language?: string;
  licence: { status: "open" | "research-only" | "none-stated" };
}

/**
 * Sources the model may learn from: the project's own corpora, and external sources whose licence is open
 * (test/corpus/external/sources.json). Research-only and unlicensed sources are only measured.
 */
export function trainableSources(): Set<string> {
  const manifest = `${EXTERNAL_DIR}/sources.json`;
  const external = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, "utf8")) as SourceManifestEntry[]) : [];
  const english = external.filter((source) => (source.language ?? "en") === "en");
  return new Set([...Object.keys(PROJECT_SOURCES), ...english.filter((source) => source.licence.status === "open").map((source) => source.id)]);
}
