import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SECURE_HEADERS } from "../../functions/http/secure-headers.ts";
import { TEST_SECRETS } from "../../vitest.config.ts";
import { CHROMIUM_MISSING, launchChromium } from "../support/chromium.ts";
import { type RunningWorker, startWorker } from "../support/start-worker.ts";

/** The chat page at / is a static asset (public/): served as deployed, next to the Worker, under wrangler's dev server. */
describe.skipIf(CHROMIUM_MISSING)("the chat page in headless Chromium", () => {
  let worker: RunningWorker;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    [worker, browser] = await Promise.all([startWorker(TEST_SECRETS), launchChromium()]);
    page = await (await browser.newContext({ locale: "en-GB" })).newPage();
    page.setDefaultTimeout(5_000);
    // A CSP violation, a script error, a missing file or a server fault means the page is broken.
    page.on("console", (message) => void (message.type() === "error" && problems.push(`console: ${message.text()}`)));
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("response", (response) => void (response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`)));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
  });

  it("serves the page and its files with the Worker's secure headers and a CSP that allows no inline code", async () => {
    const response = await fetch(`${worker.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    for (const [name, value] of SECURE_HEADERS) expect(response.headers.get(name), name).toBe(value);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    for (const [path, type] of [
      ["/chat.js", "javascript"],
      ["/chat.css", "text/css"],
      ["/admin/admin.css", "text/css"],
    ] as const) {
      const file = await fetch(`${worker.url}${path}`);
      expect(file.status, path).toBe(200);
      expect(file.headers.get("content-type"), path).toContain(type);
      expect(file.headers.get("x-content-type-options"), path).toBe("nosniff");
    }
    // The Worker's own routes still answer beside the files.
    expect((await fetch(`${worker.url}/health`)).status).toBe(200);
    expect((await fetch(`${worker.url}/nowhere`)).status).toBe(404);
  });

  it("answers a question shortly, shows the whole answer on Tell me more, then a crisis message with its lines, and offers follow-ups that ask again", async () => {
    await page.goto(`${worker.url}/`);
    await page.getByLabel("Your question").fill("why does my therapist say we");
    await page.getByRole("button", { name: "Ask" }).click();
    const replies = page.locator(".message.alliance");
    const short = await replies.first().innerText();
    expect(short).toContain('When your therapist says "we"');
    expect(short).not.toContain("Why therapists say");
    await replies.first().getByRole("button", { name: "Tell me more" }).click();
    await expect(replies.first().innerText()).resolves.toContain("Why therapists say");
    expect(await replies.first().getByRole("button", { name: "Tell me more" }).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe("answer-text");
    const followUp = page.locator(".follow-up").first();
    const question = await followUp.innerText();
    await followUp.click();
    await expect(page.locator(".message.you").nth(1).innerText()).resolves.toContain(question);
    await replies.nth(1).waitFor();

    await page.getByLabel("Your question").fill("i want to kill myself tonight");
    await page.getByRole("button", { name: "Ask" }).click();
    const crisis = replies.nth(2);
    await crisis.waitFor();
    // Each number is shown once, in the reply's words, and can be tapped there; the list adds only what they lack.
    const shown = await crisis.innerText();
    for (const number of ["116 123", "SHOUT to 85258"]) expect(shown.split(number).length - 1, number).toBe(1);
    expect(await crisis.locator('a[href="tel:116123"]').innerText()).toBe("116 123");
    expect(await crisis.locator('a[href="sms:85258"]').innerText()).toBe("SHOUT to 85258");
    const listed = await crisis.locator(".resources li").allInnerTexts();
    for (const item of listed) expect(item).not.toMatch(/116 123|85258/);
    expect(problems).toEqual([]);
  });
});
