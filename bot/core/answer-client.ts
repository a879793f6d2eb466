import { type Language, languageOfLocale } from "../../shared/content/languages.ts";
import { fallbackAnswer } from "../../shared/fallback.ts";
import { rateLimitedAnswer } from "../../shared/rate-limited.ts";
import { type Answer, type AnswerRequest, AnswerSchema } from "../../shared/schemas/answer.ts";

export interface AnswerClientOptions {
  apiUrl: string;
  apiKey: string;
  /** A reply slower than this is abandoned for the fallback (Discord and Slack users should not wait). */
  timeoutMs?: number;
  /** Retries for transient failures only (connection errors, 502/503/504). */
  retries?: number;
  backoffMs?: number;
  fetch?: typeof fetch;
  log?: (event: string, detail: Record<string, unknown>) => void;
}

export type AnswerOutcome =
  | { source: "worker"; answer: Answer }
  | { source: "rate_limited"; answer: Answer; retryAfterSeconds: number }
  | { source: "fallback"; answer: Answer; fault: string };

/** Where the adapter's own notes are for: the region's lines, in the member's language (else the community's). */
type FallbackRegion = { locale?: string | undefined; region?: string | undefined; language?: Language | undefined };

const TRANSIENT_STATUS = new Set([502, 503, 504]);

/** Asks the Worker; every failure ends in a reply (the shared fallback with crisis resources), never a throw. */
export function createAnswerClient(options: AnswerClientOptions) {
  const { apiUrl, apiKey, timeoutMs = 5_000, retries = 2, backoffMs = 250, log = defaultLog } = options;
  const doFetch = options.fetch ?? fetch;
  const endpoint = new URL("/v1/answer", apiUrl).toString();

  async function attempt(request: AnswerRequest, where: FallbackRegion): Promise<AnswerOutcome | { retry: string }> {
    let response: Response;
    try {
      response = await doFetch(endpoint, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${apiKey}` },
        body: JSON.stringify(request),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const name = error instanceof Error ? error.name : "Error";
      if (name === "TimeoutError" || name === "AbortError") return fallback("timeout", where);
      return { retry: `network:${name}` };
    }
    if (response.status === 429) {
      const retryAfterSeconds = Math.max(1, Number(response.headers.get("retry-after")) || 30);
      await response.body?.cancel();
      return { source: "rate_limited", answer: rateLimitedAnswer(retryAfterSeconds, where.language), retryAfterSeconds };
    }
    if (TRANSIENT_STATUS.has(response.status)) {
      await response.body?.cancel();
      return { retry: `http:${response.status}` };
    }
    if (!response.ok) {
      await response.body?.cancel();
      return fallback(`http:${response.status}`, where);
    }
    try {
      const parsed = AnswerSchema.safeParse(await response.json());
      return parsed.success ? { source: "worker", answer: parsed.data } : fallback("invalid_answer", where);
    } catch {
      return fallback("invalid_json", where);
    }
  }

  /** The fallback names the line for the community's region, else the member's locale's. */
  function fallback(fault: string, where: FallbackRegion): AnswerOutcome {
    log("answer.fallback", { fault });
    return { source: "fallback", answer: fallbackAnswer(where), fault };
  }

  return async function ask(
    request: AnswerRequest,
    community: { region?: string | undefined; defaultLanguage?: Language | undefined } = {},
  ): Promise<AnswerOutcome> {
    const language = languageOfLocale(request.locale) ?? community.defaultLanguage;
    const where: FallbackRegion = { locale: request.locale, region: community.region, ...(language ? { language } : {}) };
    let lastFault = "unknown";
    for (let attemptNumber = 0; attemptNumber <= retries; attemptNumber += 1) {
      if (attemptNumber > 0) await sleep(backoffMs * 2 ** (attemptNumber - 1));
      const outcome = await attempt(request, where);
      if (!("retry" in outcome)) return outcome;
      lastFault = outcome.retry;
      log("answer.retry", { fault: lastFault, attempt: attemptNumber + 1 });
    }
    return fallback(lastFault, where);
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Adapters log faults and counts, never message text. */
function defaultLog(event: string, detail: Record<string, unknown>): void {
  console.error(JSON.stringify({ event, ...detail }));
}
