import type { Answer } from "../../shared/schemas/answer.ts";

/** At most one write per this many milliseconds per isolate: a busy isolate adds up its counts in between. */
export const USAGE_WRITE_INTERVAL_MS = 100;

interface UsageCount {
  day: string;
  community: string;
  kind: string;
  label: string;
  count: number;
}

/** This isolate's counts not written yet, by day, community, kind and label. */
const pending = new Map<string, UsageCount>();
/** And by day, community and the language the message was in. */
const pendingLanguages = new Map<string, { day: string; community: string; language: string; count: number }>();
let lastWriteAt = Number.NEGATIVE_INFINITY;
/** When a call started waiting to write what is pending (later calls leave their counts to it), or null. */
let writeDueSince: number | null = null;
/** A wait this long means its request was cut short: the next call writes instead. */
const ABANDONED_AFTER_MS = 5_000;

/**
 * Adds one to today's count for the answer's kind and topic (or reason), and for the language the
 * message was in (en, es, pt, fr, de or other). Aggregates only.
 * An idle isolate writes at once; a busy one adds its counts up and writes them at most every
 * 100 ms, so at 1,000 answers a second D1 sees 10 batches, not 1,000 statements. The call that
 * finds no write due returns the next write, to pass to `waitUntil` (its request keeps the isolate
 * alive until it is done); the others return undefined, their counts left to that write.
 */
export function recordUsage(db: D1Database, community: string, answer: Answer, now = new Date(), language?: string): Promise<void> | undefined {
  const day = now.toISOString().slice(0, 10);
  const label = answer.topic ?? answer.reason ?? "";
  // Ids and labels never hold a NUL.
  const key = `${day}\0${community}\0${answer.kind}\0${label}`;
  const known = pending.get(key);
  if (known) known.count++;
  else pending.set(key, { day, community, kind: answer.kind, label, count: 1 });
  if (language) {
    const languageKey = `${day}\0${community}\0${language}`;
    const knownLanguage = pendingLanguages.get(languageKey);
    if (knownLanguage) knownLanguage.count++;
    else pendingLanguages.set(languageKey, { day, community, language, count: 1 });
  }
  if (writeDueSince !== null && Date.now() - writeDueSince < ABANDONED_AFTER_MS) return undefined;
  writeDueSince = Date.now();
  return writePending(db);
}

async function writePending(db: D1Database): Promise<void> {
  const wait = lastWriteAt + USAGE_WRITE_INTERVAL_MS - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const counts = [...pending.values()];
  const languages = [...pendingLanguages.values()];
  pending.clear();
  pendingLanguages.clear();
  writeDueSince = null;
  lastWriteAt = Date.now();
  await db.batch([
    ...counts.map(({ day, community, kind, label, count }) =>
      db
        .prepare(
          `INSERT INTO usage_daily (day, community, kind, label, count) VALUES (?1, ?2, ?3, ?4, ?5)
           ON CONFLICT (day, community, kind, label) DO UPDATE SET count = count + excluded.count`,
        )
        .bind(day, community, kind, label, count),
    ),
    ...languages.map(({ day, community, language, count }) =>
      db
        .prepare(
          `INSERT INTO language_daily (day, community, language, count) VALUES (?1, ?2, ?3, ?4)
           ON CONFLICT (day, community, language) DO UPDATE SET count = count + excluded.count`,
        )
        .bind(day, community, language, count),
    ),
  ]);
}
