/**
 * Logs a fault without its message: errors raised while handling a member's message can quote
 * it (JSON.parse, SQLite and zod all do), and no member's words may reach the logs.
 */
export function logFault(scope: string, error: unknown): void {
  const name = error instanceof Error ? error.name : typeof error;
  const frames = error instanceof Error ? stackFrames(error) : [];
  console.error(JSON.stringify({ level: "error", scope, error: name, frames }));
}

/**
 * The first frames of the stack, after its "Name: message" header: a message can span several lines
 * (even lines that look like frames), so the header is cut off whole, and a stack that does not begin
 * with it gives no frames at all.
 */
function stackFrames(error: Error): string[] {
  const header = error.message ? `${error.name}: ${error.message}` : error.name;
  if (!error.stack?.startsWith(header)) return [];
  return error.stack
    .slice(header.length)
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.startsWith("at "))
    .slice(0, 5);
}
