import type { RiskModelData, WordVectorsData } from "./scorer-data.ts";

/**
 * A generated data module: a `.txt` file the Worker imports as a string (wrangler's default `Text` rule), so V8 has no
 * JavaScript to parse at start-up; Node reads the same file (`#english-scorer-text` in package.json). It is UTF-8 text:
 * a first line of JSON (`about`, what made it; `fields`, the value's small fields, the long ones null; `lines`, the
 * names of its long string fields), then each of those strings on a line of its own, in that order.
 */
interface Header {
  about: string;
  fields: Record<string, unknown>;
  lines: string[];
}

/** The text of a data module holding `value`, its `lines` fields (strings without a line break) each on a line. */
export function dataModuleText(about: string, value: object, lines: readonly string[]): string {
  const fields: Record<string, unknown> = { ...value };
  const strings = lines.map((name) => {
    const text = fields[name];
    if (typeof text !== "string" || text.includes("\n")) throw new Error(`A data module's line ${name} must be a string without a line break.`);
    fields[name] = null; // its place among the fields, so the value read back has the same order of keys
    return text;
  });
  const header: Header = { about, fields, lines: [...lines] };
  return `${[JSON.stringify(header), ...strings].join("\n")}\n`;
}

/** The value a data module holds; a module that cannot be read is an error naming it, never an empty value. */
export function readDataModule(text: string, name: string): Record<string, unknown> {
  const fail = (problem: string): never => {
    throw new Error(`The data module ${name} cannot be read: ${problem}. Run \`npm run build\`.`);
  };
  let end = text.indexOf("\n");
  if (end < 0) fail("it has no header line");
  let header: Partial<Header> = {};
  try {
    header = JSON.parse(text.slice(0, end)) as Partial<Header>;
  } catch {
    fail("its header line is not JSON");
  }
  const { fields, lines } = header;
  if (typeof fields !== "object" || fields === null || !Array.isArray(lines)) fail("its header names no fields or lines");
  const value: Record<string, unknown> = { ...fields };
  for (const line of lines!) {
    const start = end + 1;
    end = text.indexOf("\n", start);
    if (end < 0) fail(`it ends before its line ${String(line)}`);
    value[String(line)] = text.slice(start, end);
  }
  if (end !== text.length - 1) fail("it holds more than its header names");
  return value;
}

function missing(value: Record<string, unknown>, types: Record<string, string>): string | undefined {
  return Object.entries(types)
    .filter(([name, type]) => (type === "array" ? !Array.isArray(value[name]) : typeof value[name] !== type))
    .map(([name, type]) => `${name} (${type})`)
    .join(", ");
}

/** Word vectors from their data module (scripts/triage/build-word-vectors.ts writes it). */
export function wordVectorsFrom(text: string, name: string): WordVectorsData {
  const value = readDataModule(text, name);
  const problem = missing(value, { dimensions: "number", levelCount: "number", scales: "array", words: "string", levels: "string" });
  if (problem) throw new Error(`The data module ${name} cannot be read: it lacks ${problem}. Run \`npm run build\`.`);
  return value as unknown as WordVectorsData;
}

/** A risk model from its data module (scripts/triage/train-risk-model.ts writes it). */
export function riskModelFrom(text: string, name: string): RiskModelData {
  const value = readDataModule(text, name);
  const problem = missing(value, {
    buckets: "number",
    dense: "array",
    sparse: "string",
    sparseScale: "number",
    bias: "number",
    calibration: "object",
    thresholds: "object",
    reasons: "object",
  });
  if (problem) throw new Error(`The data module ${name} cannot be read: it lacks ${problem}. Run \`npm run build\`.`);
  return value as unknown as RiskModelData;
}
