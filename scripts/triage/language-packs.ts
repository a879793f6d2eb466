// The languages whose triage pack is built from its cues (shared/content/triage/<code>/cues.ts exporting CUES):
// the build reads the cues alone, so a new pack's generated tables can be made before its index.ts exists.
import { existsSync, readdirSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { PackCues } from "../../shared/content/triage/pack.ts";

export const TRIAGE_CONTENT = "shared/content/triage";

/** Every language with a pack's cues, English first. */
export function packLanguages(): string[] {
  return readdirSync(TRIAGE_CONTENT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(`${TRIAGE_CONTENT}/${entry.name}/cues.ts`))
    .map((entry) => entry.name)
    .sort((a, b) => (a === "en" ? -1 : b === "en" ? 1 : a.localeCompare(b)));
}

/** `--lang es` (or `--lang=es`): the languages a build or evaluation is asked for, else all of `all`. */
export function requestedLanguages(all: readonly string[], argv: readonly string[] = process.argv): string[] {
  const at = argv.findIndex((arg) => arg === "--lang" || arg.startsWith("--lang="));
  if (at < 0) return [...all];
  const value = argv[at]!.includes("=") ? argv[at]!.split("=")[1]! : argv[at + 1];
  const wanted = (value ?? "").split(",").filter(Boolean);
  const unknown = wanted.filter((code) => !all.includes(code));
  if (wanted.length === 0 || unknown.length > 0) throw new Error(`--lang ${value ?? ""}: known languages are ${all.join(", ")}`);
  return wanted;
}

export async function loadPackCues(language: string): Promise<PackCues> {
  const module = (await import(pathToFileURL(`${TRIAGE_CONTENT}/${language}/cues.ts`).href)) as { CUES?: PackCues };
  if (!module.CUES || module.CUES.language !== language) throw new Error(`${TRIAGE_CONTENT}/${language}/cues.ts must export CUES with language "${language}"`);
  return module.CUES;
}

/** A language's check-in cues (shared/content/triage/<code>/ask-cues.ts exporting ASK_CUES), or null when it has none. */
export async function loadAskCues(language: string): Promise<PackCues | null> {
  const path = `${TRIAGE_CONTENT}/${language}/ask-cues.ts`;
  if (!existsSync(path)) return null;
  const module = (await import(pathToFileURL(path).href)) as { ASK_CUES?: PackCues };
  if (!module.ASK_CUES || module.ASK_CUES.language !== language) throw new Error(`${path} must export ASK_CUES with language "${language}"`);
  return module.ASK_CUES;
}
