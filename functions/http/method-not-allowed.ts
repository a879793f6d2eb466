import type { Context, MiddlewareHandler } from "hono";
import { PatternRouter } from "hono/router/pattern-router";

/**
 * A 405 with `Allow` when the path is a route but the method is not one of its methods. Hono's own
 * middleware does this with its TrieRouter, which would bring a second router into the bundle; this
 * one uses the PatternRouter hono/tiny already ships. The app is mounted at "/" (no base path).
 */
export function methodNotAllowed(
  app: { routes: readonly Route[] },
  respond: (c: Context, methods: string[]) => Response | Promise<Response>,
): MiddlewareHandler {
  let methodsByRoute: PatternRouter<string[]> | undefined;
  return async (c, next) => {
    await next();
    if (c.res.status !== 404 || c.error) return;
    methodsByRoute ??= routeMethods(app.routes);
    const allowed = new Set(methodsByRoute.match("ALL", c.req.path)[0].flatMap(([methods]) => methods));
    if (allowed.size === 0 || allowed.has(c.req.method)) return;
    c.res = await respond(c, [...allowed]);
  };
}

interface Route {
  method: string;
  path: string;
}

function routeMethods(routes: readonly Route[]): PatternRouter<string[]> {
  const byPath = new Map<string, Set<string>>();
  for (const { method, path } of routes) {
    if (method === "ALL" || method === "HEAD") continue;
    const methods = byPath.get(path) ?? new Set<string>();
    methods.add(method);
    if (method === "GET") methods.add("HEAD");
    byPath.set(path, methods);
  }
  const router = new PatternRouter<string[]>();
  for (const [path, methods] of byPath) router.add("ALL", path, [...methods]);
  return router;
}
