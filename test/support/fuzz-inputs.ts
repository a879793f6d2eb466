import fc from "fast-check";

/** Every property in the fuzz suites is seeded, so a failure replays exactly; the counts are reported in docs/reliability.md. */
export const FUZZ_SEED = 20_261_117;
/** A property's runs are bounded work, not a timing check: room for a machine busy with other jobs. */
export const PROPERTY_TIMEOUT_MS = 60_000;

/** Characters that break naive code: lone surrogates, NUL and controls, bidi overrides, zero-width, BOM, separators. */
const NASTY = [
  "\ud800",
  "\udfff",
  "\udbff\udfff",
  "\u0000",
  "\u0001",
  "\u001b",
  "\u007f",
  "\u202e",
  "\u202d",
  "\u2066",
  "\u200b",
  "\u200d",
  "\ufeff",
  "\ufffe",
  "\uffff",
  "\u2028",
  "\u2029",
  "\u0301\u0301\u0301",
  "\u{1f480}",
  "\u{1f602}",
  "\u{e0001}",
  "𝕜𝕚𝕝𝕝",
  "ｋｉｌｌ",
  "\\",
  '"',
  "'",
  "<",
  ">",
  "&",
  "%00",
  "${",
  "{{",
  "]]>",
  "\r\n",
  "\t",
];

/** Text mixing anything Unicode can hold with the characters above. */
export const garbageText = (maxLength = 60) =>
  fc.string({
    unit: fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: "binary", minLength: 1, maxLength: 1 }), fc.string({ minLength: 1, maxLength: 1 })),
    maxLength,
  });

/** Header values a Request accepts (printable ASCII), including the misleading ones. */
export const headerText = fc.oneof(fc.string({ unit: "grapheme-ascii", maxLength: 80 }), fc.constantFrom("", " ", "a, b", "Bearer", "Bearer ", "null"));

/** Object keys that attack prototypes, among ordinary ones. */
export const nastyKey = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "__defineGetter__", "text", "platform", ""),
  garbageText(12),
);

/** JSON values of any shape, with hostile keys and strings. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constantFrom(null, true, false, 0, -0, 1e308, -1, 0.5, Number.MAX_SAFE_INTEGER + 2),
    garbageText(),
    fc.array(tie("value"), { maxLength: 5 }),
    fc.dictionary(nastyKey, tie("value"), { maxKeys: 5 }),
  ),
})).value;

/** `JSON.stringify` that keeps a `__proto__` key as a real key (an object literal would set the prototype instead). */
export function withProtoKey(json: string, value: unknown): string {
  const inner = json.trim();
  if (!inner.startsWith("{")) return json;
  const rest = inner.slice(1).trim();
  return `{"__proto__":${JSON.stringify(value)}${rest === "}" ? "" : ","}${rest}`;
}

/** Deep nesting, in arrays or objects, up to `depth` levels. */
export const deeplyNested = (maxDepth: number) =>
  fc
    .tuple(fc.integer({ min: 1, max: maxDepth }), fc.boolean())
    .map(([depth, objects]) => (objects ? `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}` : `${"[".repeat(depth)}${"]".repeat(depth)}`));

/** A JSON body bigger than `minBytes`, in a field the route reads. */
export const hugeBody = (minBytes: number, maxBytes: number) =>
  fc.integer({ min: minBytes, max: maxBytes }).map((size) => `{"text":"${"a".repeat(size)}","platform":"api"}`);

/** Bodies of every kind: JSON, near-miss JSON, form fields, binary that is not UTF-8, prototype attacks, depth, size. */
export const anyBody = (maxDepth = 5_000) =>
  fc.oneof(
    hostileJson.map((value) => JSON.stringify(value) ?? ""),
    garbageText(200),
    fc.uint8Array({ maxLength: 300 }),
    fc.dictionary(garbageText(10), garbageText(40), { maxKeys: 6 }).map((fields) => new URLSearchParams(fields).toString()),
    fc.tuple(hostileJson, fc.jsonValue()).map(([value, proto]) => withProtoKey(JSON.stringify({ text: "hi", platform: "api", value }), proto)),
    fc.constantFrom(
      '{"constructor":{"prototype":{"polluted":true}},"text":"hi","platform":"api"}',
      "{",
      "[",
      '{"text":',
      "nul",
      "\u0000",
      "1e999",
      '"\\ud800"',
    ),
    deeplyNested(maxDepth),
    hugeBody(32 * 1024, 96 * 1024),
  );

export const contentTypes = fc.constantFrom(
  undefined,
  "application/json",
  "application/json; charset=utf-8",
  "APPLICATION/JSON",
  "application/vnd.api+json",
  "application/json-patch",
  "text/plain",
  "text/html",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/octet-stream",
  "",
);
