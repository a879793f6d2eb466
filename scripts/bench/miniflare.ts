import { createRequire } from "node:module";

/** The part of Miniflare's API the benchmark uses. */
export interface MiniflareInstance {
  ready: Promise<URL>;
  unsafeGetDirectURL(): Promise<URL>;
  getInspectorURL(): Promise<URL>;
  getD1Database(binding: string): Promise<D1Like>;
  dispatchFetch(
    url: string,
    init?: { method?: string; headers?: Record<string, string>; body?: string },
  ): Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
  dispose(): Promise<void>;
}

export interface D1Like {
  prepare(query: string): { run(): Promise<unknown> };
}

/** Miniflare 4-style options (scriptPath, bindings, d1Databases…), converted for the Miniflare wrangler ships. */
export type MiniflareOptions = Record<string, unknown>;

interface MiniflareModule {
  Miniflare: new (options: unknown) => MiniflareInstance;
  convertV4MiniflareOptions(options: MiniflareOptions): unknown;
}

/** The versions of wrangler, and of the Miniflare and workerd it runs Workers with. */
export function runtimeVersions(): { wrangler: string; miniflare: string; workerd: string } {
  const fromProject = createRequire(import.meta.url);
  const fromWrangler = createRequire(fromProject.resolve("wrangler/package.json"));
  const fromMiniflare = createRequire(fromWrangler.resolve("miniflare/package.json"));
  const version = (require: NodeRequire, name: string) => (require(`${name}/package.json`) as { version: string }).version;
  return { wrangler: version(fromProject, "wrangler"), miniflare: version(fromWrangler, "miniflare"), workerd: version(fromMiniflare, "workerd") };
}

/**
 * The Miniflare (and so the workerd) that wrangler itself depends on, so the bundle runs on the same
 * runtime as `wrangler dev` and `wrangler check startup`, without a dependency of our own to keep in step.
 */
export async function startMiniflare(options: MiniflareOptions): Promise<MiniflareInstance> {
  const fromWrangler = createRequire(import.meta.resolve("wrangler/package.json"));
  const { Miniflare, convertV4MiniflareOptions } = (await import(fromWrangler.resolve("miniflare"))) as MiniflareModule;
  const instance = new Miniflare(convertV4MiniflareOptions(options));
  await instance.ready;
  return instance;
}
