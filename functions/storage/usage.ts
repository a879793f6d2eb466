import type { Answer } from "../../shared/schemas/answer.ts";

/** Adds one to today's count for the answer's kind and topic (or reason). Aggregates only. */
export async function recordUsage(db: D1Database, community: string, answer: Answer, now = new Date()): Promise<void> {
  const day = now.toISOString().slice(0, 10);
  const label = answer.topic ?? answer.reason ?? "";
  await db
    .prepare(
      `INSERT INTO usage_daily (day, community, kind, label, count) VALUES (?1, ?2, ?3, ?4, 1)
       ON CONFLICT (day, community, kind, label) DO UPDATE SET count = count + 1`,
    )
    .bind(day, community, answer.kind, label)
    .run();
}
