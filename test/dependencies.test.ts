import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Dependencies point one way. Only value imports count: `import type` is erased at build time and
 * cannot create a runtime cycle or drag one layer's code into another.
 */

const ROOT = resolve(import.meta.dirname, "..");
const TREES = ["functions", "shared", "bot"];
const SOURCE = /\.(ts|tsx)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return SOURCE.test(name) && !name.endsWith(".d.ts") ? [path] : [];
  });
}

/** Strips comments so an import inside a doc comment is not read as one. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

/** The specifiers of a file's value imports and re-exports (static, side-effect and dynamic). */
function valueImports(text: string): string[] {
  const code = withoutComments(text);
  const found: string[] = [];
  const statement = /(?:^|[;\n])\s*(import|export)\s+([^;]*?)\s*from\s*["']([^"']+)["']/g;
  for (const [, keyword = "", clause = "", specifier = ""] of code.matchAll(statement)) {
    if (keyword === "export" && !/^(\*|\{|type\s*\{|\*\s+as)/.test(clause.trim())) continue;
    if (/^type[\s{]/.test(clause.trim())) continue;
    const braces = clause.match(/\{([^}]*)\}/);
    const hasDefault = /^[A-Za-z_$][\w$]*\s*(,|$)/.test(clause.trim()) || /^\*/.test(clause.trim());
    const names = braces?.[1]
      ? braces[1]
          .split(",")
          .map((name) => name.trim())
          .filter(Boolean)
      : [];
    if (braces && !hasDefault && names.every((name) => name.startsWith("type "))) continue;
    found.push(specifier);
  }
  for (const [, specifier = ""] of code.matchAll(/(?:^|[;\n])\s*import\s*["']([^"']+)["']/g)) found.push(specifier);
  for (const [, specifier = ""] of code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) found.push(specifier);
  return found;
}

function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith(".")) return undefined;
  const base = resolve(dirname(from), specifier);
  const candidates = [base, base.replace(/\.js$/, ".ts"), base.replace(/\.js$/, ".tsx"), `${base}.ts`, `${base}.tsx`, join(base, "index.ts")];
  return candidates.find((path) => SOURCE.test(path) && exists(path)) ?? (exists(base) ? base : undefined);
}

function exists(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

const files = TREES.flatMap((tree) => sourceFiles(join(ROOT, tree)));
const graph = new Map(
  files.map((file) => {
    const targets = valueImports(readFileSync(file, "utf8"))
      .map((specifier) => resolveImport(file, specifier))
      .filter((path): path is string => path !== undefined && SOURCE.test(path))
      .map((path) => relative(ROOT, path));
    return [relative(ROOT, file), [...new Set(targets)]] as const;
  }),
);

/** The tests and the scripts, with every import that names a file and the packages and built-ins they import. */
const testFiles = ["test", "scripts"].flatMap((tree) => sourceFiles(join(ROOT, tree)));
const testGraph = new Map(
  testFiles.map((file) => {
    const specifiers = valueImports(readFileSync(file, "utf8"));
    const targets = specifiers.map((specifier) => resolveImport(file, specifier)).filter((path): path is string => path !== undefined);
    return [
      relative(ROOT, file),
      { files: [...new Set(targets.map((path) => relative(ROOT, path)))], packages: specifiers.filter((s) => !s.startsWith(".")) },
    ] as const;
  }),
);

/** What scripts may take from test/: shared support (a fake gateway, the dev server), the evaluation, corpora and fixtures. */
const SHARED_TEST_FOLDERS = /^test\/(support|eval|corpus|fixtures)\//;
const WORKER_ONLY = /^test\/support\/worker\/|\.worker\.test\.ts$/;
/** Node's built-ins and the packages that start processes: what workerd cannot load. */
const NODE_ONLY_PACKAGE = /^(node:|wrangler$|playwright-core$|ws$)/;

function testEdgesWhere(test: (from: string, to: string) => boolean): string[] {
  return [...testGraph].flatMap(([from, { files }]) => files.filter((to) => test(from, to)).map((to) => `${from} → ${to}`));
}

/** Every strongly connected component with more than one member (or a self-edge), as sorted lists. */
function cycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (edges.get(node) ?? []).includes(node)) found.push(component.sort());
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return found;
}

/**
 * `functions/engine/retrieve/x.ts` → `functions/engine/retrieve`; `functions/routes/x.ts` → `functions/routes`.
 * A file directly in `functions/` or `functions/engine/` (the entry point, the log, the pipeline) is its own area.
 */
function area(file: string): string {
  const parts = file.split("/");
  if (parts[0] !== "functions") return parts[0] ?? file;
  if (parts[1] === "engine") return parts.length >= 4 ? parts.slice(0, 3).join("/") : file;
  return parts.length >= 3 ? parts.slice(0, 2).join("/") : file;
}

function edgesWhere(test: (from: string, to: string) => boolean): string[] {
  return [...graph].flatMap(([from, targets]) => targets.filter((to) => test(from, to)).map((to) => `${from} → ${to}`));
}

describe("the import parser", () => {
  it("counts value imports and skips type-only ones", () => {
    const text = [
      'import { a } from "./a.ts";',
      'import type { B } from "./b.ts";',
      'import { type C, type D } from "./c.ts";',
      'import { type E, f } from "./e.ts";',
      'export { g } from "./g.ts";',
      'export type { H } from "./h.ts";',
      'import "./side.ts";',
      'const lazy = await import("./lazy.ts");',
      '// import { no } from "./comment.ts";',
      'import def from "./def.ts";',
      "import {\n  multi,\n  line,\n} from './multi.ts';",
    ].join("\n");
    expect(valueImports(text).sort()).toEqual(["./a.ts", "./e.ts", "./g.ts", "./side.ts", "./lazy.ts", "./def.ts", "./multi.ts"].sort());
  });

  it("finds the files and their imports", () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get("functions/index.ts")).toContain("functions/app.ts");
  });
});

describe("dependencies point one way", () => {
  it("has no import cycle between files", () => {
    expect(cycles(graph)).toEqual([]);
  });

  it("has no cycle between functions/ areas (each engine/* folder its own area)", () => {
    const areaEdges = new Map<string, Set<string>>();
    for (const [from, targets] of graph) {
      for (const to of targets) {
        if (area(from) === area(to)) continue;
        if (!areaEdges.has(area(from))) areaEdges.set(area(from), new Set());
        areaEdges.get(area(from))!.add(area(to));
      }
    }
    const asLists = new Map([...areaEdges].map(([from, targets]) => [from, [...targets]]));
    const tangled = cycles(asLists).map((component) => ({
      areas: component,
      edges: edgesWhere((from, to) => area(from) !== area(to) && component.includes(area(from)) && component.includes(area(to))),
    }));
    expect(tangled).toEqual([]);
  });

  it("keeps functions/service/ free of HTTP: it never imports functions/http/ or functions/routes/", () => {
    expect(edgesWhere((from, to) => from.startsWith("functions/service/") && /^functions\/(http|routes)\//.test(to))).toEqual([]);
  });

  it("keeps pages from importing routes", () => {
    expect(edgesWhere((from, to) => from.startsWith("functions/pages/") && to.startsWith("functions/routes/"))).toEqual([]);
  });

  it("keeps shared/ free of functions/ and bot/", () => {
    expect(edgesWhere((from, to) => from.startsWith("shared/") && /^(functions|bot)\//.test(to))).toEqual([]);
  });

  it("keeps bot/ free of functions/", () => {
    expect(edgesWhere((from, to) => from.startsWith("bot/") && to.startsWith("functions/"))).toEqual([]);
  });
});

describe("tests keep to their runtime (the suffix picks it: .worker.test.ts, .browser.test.ts, else Node)", () => {
  it("finds the tests and the scripts", () => {
    expect(testGraph.get("test/functions/routes/contract.worker.test.ts")?.files).toContain("test/support/worker/fetch-worker.ts");
  });

  it("imports workerd-only support (test/support/worker/) only from worker tests", () => {
    expect(testEdgesWhere((from, to) => WORKER_ONLY.test(to) && !WORKER_ONLY.test(from))).toEqual([]);
  });

  it("gives worker tests no support that needs Node (a built-in, wrangler, Chromium, a socket server)", () => {
    const needsNode = new Set([...testGraph].filter(([, { packages }]) => packages.some((p) => NODE_ONLY_PACKAGE.test(p))).map(([file]) => file));
    expect(testEdgesWhere((from, to) => WORKER_ONLY.test(from) && needsNode.has(to))).toEqual([]);
  });

  it("never imports one test file from another, and scripts/ takes from test/ only shared support, the evaluation, corpora and fixtures", () => {
    expect(testEdgesWhere((_from, to) => to.endsWith(".test.ts"))).toEqual([]);
    expect(testEdgesWhere((from, to) => from.startsWith("scripts/") && to.startsWith("test/") && !SHARED_TEST_FOLDERS.test(to))).toEqual([]);
  });
});
