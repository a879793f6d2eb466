import type { Context } from "hono";
import type * as z from "zod/mini";
import { MAX_BODY_BYTES } from "../../shared/schemas/answer.ts";
import { describeIssue } from "../../shared/schemas/describe-issue.ts";
import { ApiError } from "./api-error.ts";

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** Reads the raw body, stopping at `maxBytes` (413) whatever Content-Length claims. */
export async function readBodyBytes(c: Context, maxBytes = MAX_BODY_BYTES): Promise<Uint8Array> {
  const length = c.req.header("content-length");
  const declared = Number(length);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const body = c.req.raw.body;
  if (!body) return new Uint8Array(0);
  // A body with a Content-Length within the limit is read in one go (reading it chunk by chunk costs an
  // adapter's request more CPU than parsing it); it is still checked, in case the length was false.
  if (length !== undefined && Number.isSafeInteger(declared) && declared >= 0) {
    const bytes = new Uint8Array(await c.req.raw.arrayBuffer());
    if (bytes.byteLength > maxBytes) throw tooLarge(maxBytes);
    return bytes;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) throw tooLarge(maxBytes);
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Reads the raw body as UTF-8 text, stopping at `maxBytes` (413) whatever Content-Length claims. */
export async function readBodyText(c: Context, maxBytes = MAX_BODY_BYTES): Promise<string> {
  return decodeUtf8(await readBodyBytes(c, maxBytes));
}

// A decoder is reusable: each decode() without { stream: true } starts afresh.
const DROPPING_BOM = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
const KEEPING_BOM = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Strict UTF-8; `keepBom` keeps a leading byte-order mark, so the text encodes back to exactly these bytes. */
export function decodeUtf8(bytes: Uint8Array, { keepBom = false }: { keepBom?: boolean } = {}): string {
  try {
    return (keepBom ? KEEPING_BOM : DROPPING_BOM).decode(bytes);
  } catch {
    throw new ApiError(400, "bad_json", "The body is not valid UTF-8.");
  }
}

/** Content type, size, JSON syntax, then the schema: each failure is its own typed error. */
export async function readJson<S extends z.ZodMiniType>(c: Context, schema: S, maxBytes = MAX_BODY_BYTES): Promise<z.infer<S>> {
  if (!JSON_TYPE.test(c.req.header("content-type") ?? "")) {
    throw new ApiError(415, "unsupported_media_type", "Send the body as JSON with Content-Type: application/json.");
  }
  return parseJson(await readBodyText(c, maxBytes), schema);
}

/** JSON syntax, then the schema: each failure is its own typed error, and neither echoes the input. */
export function parseJson<S extends z.ZodMiniType>(text: string, schema: S): z.infer<S> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // The parser's own message quotes the input, which may be a member's words: never echo or log it.
    throw new ApiError(400, "bad_json", "The body is not valid JSON.");
  }
  // reportInput tells a missing field from a wrong one; issues are described, never echoed.
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  if (issue.code === "too_big" && issue.origin === "string" && issue.path.join(".") === "text") {
    throw new ApiError(413, "payload_too_large", `Field "text": ${describeIssue(issue)}.`);
  }
  throw new ApiError(400, "invalid_request", describeIssueWithField(issue));
}

export function describeIssueWithField(issue: z.core.$ZodIssue): string {
  const field = issue.path.map(String).join(".");
  return field ? `Field "${field}": ${describeIssue(issue)}.` : `Body: ${describeIssue(issue)}.`;
}

function tooLarge(maxBytes: number): ApiError {
  return new ApiError(413, "payload_too_large", `The body must be at most ${maxBytes / 1024} KiB.`);
}
