// Clean-up shared by every source: no links or handles, plain whitespace, at most 4,000 characters cut at a
// sentence boundary; and the deterministic split, so a text always lands in the same split.
import { createHash } from "node:crypto";

export const MAX_CHARS = 4000;
export const MIN_WORDS = 3;

const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
const HANDLE = /(^|[^\w@])@\w{1,30}/g;
const REDDIT_USER = /(^|[^\w/])\/?u\/[\w-]{2,30}/gi;
const MARKDOWN_LINK = /\[([^\]]*)\]\((?:[^)]*)\)/g;
const BOM_ESCAPES = /\\x[0-9a-f]{2}/gi;

export function cleanText(raw: string): string {
  return raw
    .replace(MARKDOWN_LINK, "$1")
    .replace(URL, " ")
    .replace(HANDLE, "$1")
    .replace(REDDIT_USER, "$1")
    .replace(BOM_ESCAPES, "")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&#x200B;|\u200b|\ufeff/g, "")
    .replace(/[ \t\f\v\u00a0]+/g, " ")
    .replace(/ *\n[\n ]*/g, "\n")
    .trim();
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Cuts at the last sentence end within the limit; at a space if a sentence end is too early. */
export function truncate(text: string, max = MAX_CHARS): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max);
  const sentenceEnd = Math.max(...[". ", "! ", "? ", ".\n", "!\n", "?\n", "\n"].map((s) => head.lastIndexOf(s)));
  if (sentenceEnd >= max / 2) return head.slice(0, sentenceEnd + 1).trim();
  const space = head.lastIndexOf(" ");
  return (space > 0 ? head.slice(0, space) : head).trim();
}

/** Key for de-duplication: case, punctuation and spacing do not make a text new. */
export function dedupeKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** How many first words make two texts the same post for `nearDuplicatesOfEarlierSources`. */
export const NEAR_DUPLICATE_WORDS = 12;

/** Key for near-duplicates: the first words of the de-duplication key. */
export function nearDuplicateKey(text: string): string {
  return dedupeKey(text).split(" ").slice(0, NEAR_DUPLICATE_WORDS).join(" ");
}

export function unitHash(...parts: string[]): number {
  return createHash("sha256").update(parts.join("\u0000")).digest().readUInt32BE(0) / 2 ** 32;
}

export type Split = "train" | "calibration" | "sealed";

/** sealed 20 %, calibration 15 %, train 65 %, from a hash of (source id, text). */
export function splitOf(sourceId: string, text: string): Split {
  const u = unitHash(sourceId, text);
  if (u < 0.2) return "sealed";
  if (u < 0.35) return "calibration";
  return "train";
}
