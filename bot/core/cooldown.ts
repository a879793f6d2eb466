/** Per-user cooldown: at most one answer per `seconds` for each key (user id). */
export function createCooldown(now: () => number = Date.now) {
  const lastAnswered = new Map<string, number>();
  return {
    /** True (and the clock starts) when the user may be answered now. */
    take(key: string, seconds: number): boolean {
      const time = now();
      const last = lastAnswered.get(key);
      if (seconds > 0 && last !== undefined && time - last < seconds * 1_000) return false;
      lastAnswered.set(key, time);
      if (lastAnswered.size > 10_000) prune(time, seconds);
      return true;
    },
  };

  function prune(time: number, seconds: number) {
    for (const [key, last] of lastAnswered) if (time - last >= Math.max(seconds, 3_600) * 1_000) lastAnswered.delete(key);
  }
}
