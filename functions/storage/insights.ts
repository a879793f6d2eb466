import { ANSWER_KINDS, type AnswerKind } from "../../shared/schemas/answer.ts";

export const INSIGHT_DAYS = 30;

export interface DayCounts {
  day: string;
  counts: Record<AnswerKind, number>;
}

export interface Insights {
  /** Oldest first, one entry per UTC day, zeros included. */
  days: DayCounts[];
  totals: Record<AnswerKind, number>;
  /** Knowledge-base topics answered most, at most `topTopics` of them. */
  topTopics: { topic: string; count: number }[];
  /** The languages members wrote in (en, es, pt, fr, de, other), most first; counts only. */
  languages: { language: string; count: number }[];
}

/** A community's aggregate counts over the last 30 days (today included); counts only, never text. */
export async function loadInsights(db: D1Database, community: string, now = new Date(), topTopics = 8): Promise<Insights> {
  const dayList = lastDays(now, INSIGHT_DAYS);
  const since = dayList[0]!;
  const [byKind, byTopic, byLanguage] = await db.batch<{ day?: string; kind?: AnswerKind; label?: string; language?: string; total: number }>([
    db.prepare("SELECT day, kind, SUM(count) AS total FROM usage_daily WHERE community = ?1 AND day >= ?2 GROUP BY day, kind").bind(community, since),
    db
      .prepare(
        `SELECT label, SUM(count) AS total FROM usage_daily WHERE community = ?1 AND day >= ?2 AND kind = 'answer' AND label != ''
         GROUP BY label ORDER BY total DESC, label LIMIT ?3`,
      )
      .bind(community, since, topTopics),
    db
      .prepare(
        `SELECT language, SUM(count) AS total FROM language_daily WHERE community = ?1 AND day >= ?2
         GROUP BY language ORDER BY total DESC, language`,
      )
      .bind(community, since),
  ]);
  const days = new Map(dayList.map((day) => [day, { day, counts: zeroCounts() }]));
  const totals = zeroCounts();
  for (const row of byKind!.results) {
    const entry = days.get(row.day!);
    if (!entry || !(ANSWER_KINDS as readonly string[]).includes(row.kind!)) continue;
    entry.counts[row.kind!] += row.total;
    totals[row.kind!] += row.total;
  }
  return {
    days: [...days.values()],
    totals,
    topTopics: byTopic!.results.map((row) => ({ topic: row.label!, count: row.total })),
    languages: byLanguage!.results.map((row) => ({ language: row.language!, count: row.total })),
  };
}

function lastDays(now: Date, count: number): string[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Array.from({ length: count }, (_, i) => new Date(today - (count - 1 - i) * 86_400_000).toISOString().slice(0, 10));
}

function zeroCounts(): Record<AnswerKind, number> {
  return { answer: 0, redirect: 0, crisis: 0, check_in: 0, out_of_scope: 0 };
}
