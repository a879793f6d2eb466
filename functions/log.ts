/**
 * Logs a fault without its message: errors raised while handling a member's message can quote
 * it (JSON.parse, SQLite and zod all do), and no member's words may reach the logs.
 */
export function logFault(scope: string, error: unknown): void {
  const name = error instanceof Error ? error.name : typeof error;
  const frames = error instanceof Error && error.stack ? error.stack.split("\n").slice(1, 6).map((l) => l.trim()) : [];
  console.error(JSON.stringify({ level: "error", scope, error: name, frames }));
}
