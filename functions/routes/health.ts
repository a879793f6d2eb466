import { Hono } from "hono/tiny";
import type { AppEnv } from "../env.ts";
import { VERSION } from "../version.ts";

export const healthRoutes = new Hono<AppEnv>().get("/health", (c) => c.json({ status: "ok", version: VERSION }));
