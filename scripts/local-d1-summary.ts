/** "Local D1: 6 migrations applied (0001_usage_daily … 0006_language_daily)" or "Local D1: up to date". */
export function localD1Summary(output: string): string {
  const applied = [...new Set(output.match(/\d{4}_[a-z0-9_]+(?=\.sql)/g) ?? [])];
  if (applied.length === 0) return "Local D1: up to date (.wrangler/state).";
  const range = applied.length === 1 ? applied[0] : `${applied[0]} … ${applied.at(-1)}`;
  return `Local D1: ${applied.length} migration${applied.length === 1 ? "" : "s"} applied (${range}), in .wrangler/state.`;
}
