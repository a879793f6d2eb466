import { Hono } from "hono/tiny";
import type { AppEnv } from "../env.ts";
import { chatPage, chatPageCsp } from "../pages/chat-page.ts";

/** `GET /`: the chat box. A fresh nonce per response keeps the Content-Security-Policy strict. */
export const chatPageRoutes = new Hono<AppEnv>().get("/", (c) => {
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  c.header("Content-Security-Policy", chatPageCsp(nonce));
  c.header("Cache-Control", "no-store");
  return c.html(chatPage(nonce));
});
