/**
 * Fixed windows roll over on the wall clock (every `period` seconds): a test that counts to a limit
 * first waits for a fresh window when less than `marginSeconds` of this one remain. Plain timers only,
 * so the Node tests (the adapters against wrangler's dev server) use it too.
 */
export async function freshRateLimitWindow(periodSeconds = 60, marginSeconds = 10): Promise<void> {
  const remaining = periodSeconds * 1_000 - (Date.now() % (periodSeconds * 1_000));
  if (remaining < marginSeconds * 1_000) await new Promise((resolve) => setTimeout(resolve, remaining + 50));
}
