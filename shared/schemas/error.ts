import * as z from "zod/mini";

export const ERROR_CODES = [
  "bad_json",
  "invalid_request",
  "payload_too_large",
  "unsupported_media_type",
  "unauthorized",
  "forbidden",
  "not_found",
  "method_not_allowed",
  "conflict",
  "rate_limited",
  "misconfigured",
  "unavailable",
  "internal_error",
] as const;

/** Every error any Alliance endpoint returns has this shape. */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBodySchema>;
export type ErrorCode = (typeof ERROR_CODES)[number];
