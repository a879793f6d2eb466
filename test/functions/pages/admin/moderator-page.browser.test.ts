import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Answer, AnswerSchema } from "../../../../shared/schemas/index.ts";
import { TEST_SECRETS } from "../../../../vitest.config.ts";
import { CHROMIUM_MISSING, launchChromium } from "../../../support/chromium.ts";
import { type RunningWorker, startWorker } from "../../../support/start-worker.ts";

const COMMUNITY_ID = "998877665544332211";
const CRISIS_TEXT = "i don't want to be alive anymore, i'm going to kill myself tonight";

describe.skipIf(CHROMIUM_MISSING)("the moderator page in headless Chromium", () => {
  let worker: RunningWorker;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let token: string;
  const problems: string[] = [];

  async function ask(text: string): Promise<Answer> {
    const response = await fetch(`${worker.url}/v1/answer`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TEST_SECRETS.ANSWER_API_KEY}` },
      body: JSON.stringify({ text, platform: "discord", communityId: COMMUNITY_ID, userId: "member-1" }),
    });
    expect(response.status).toBe(200);
    return AnswerSchema.parse(await response.json());
  }

  async function preview(question: string) {
    await page.getByLabel("Question", { exact: true }).fill(question);
    await page.getByRole("button", { name: "Preview", exact: true }).click();
    await page.getByTestId("preview-kind").waitFor();
    return {
      kind: await page.getByTestId("preview-kind").getAttribute("data-kind"),
      discord: await page.getByTestId("discord-preview").innerText(),
      slack: await page.getByTestId("slack-preview").innerText(),
    };
  }

  beforeAll(async () => {
    [worker, browser] = await Promise.all([startWorker(TEST_SECRETS), launchChromium()]);
    const created = await fetch(`${worker.url}/v1/communities`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${TEST_SECRETS.ADMIN_TOKEN}` },
      body: JSON.stringify({ platform: "discord", communityId: COMMUNITY_ID, name: "Harbour Peer Support" }),
    });
    expect(created.status).toBe(201);
    ({ moderatorToken: token } = (await created.json()) as { moderatorToken: string });
    for (const text of ["hello", "what's the weather like", "hi there"]) await ask(text);

    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(5_000);
    page = await context.newPage();
    // A CSP violation, a script error, a missing resource or a server fault means the page is broken.
    // (400 and 401 pages are expected: a rejected form and a wrong token.)
    page.on("console", (message) => {
      if (message.type() === "error" && !message.text().startsWith("Failed to load resource")) problems.push(`console: ${message.text()}`);
    });
    page.on("response", (response) => {
      if (response.status() === 404 || response.status() >= 500) problems.push(`${response.status()} ${response.url()}`);
    });
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
  });

  it("signs in with the moderator token into a Secure, HttpOnly, SameSite=Strict session cookie", async () => {
    await page.goto(`${worker.url}/admin`);
    await page.getByLabel("Platform").selectOption("discord");
    await page.getByLabel("Community id").fill(COMMUNITY_ID);
    await page.getByLabel("Moderator token").fill("not-the-token");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").innerText()).resolves.toContain("do not match");
    expect(await page.getByLabel("Community id").inputValue()).toBe(COMMUNITY_ID);

    await page.getByLabel("Moderator token").fill(token);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1 }).innerText()).resolves.toBe("Harbour Peer Support");

    const cookies = await context.cookies();
    expect(cookies).toHaveLength(1);
    expect(cookies[0]).toMatchObject({ name: "__Host-alliance-session", httpOnly: true, secure: true, sameSite: "Strict", path: "/" });
    expect(cookies[0]!.value).not.toContain(token);
    // The stylesheet loaded under the CSP: Discord's preview colours are the page's own.
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe("rgb(245, 246, 248)");
  });

  it("keeps a rejected value next to its message, then saves the region, a resource and a custom answer", async () => {
    const before = await preview(CRISIS_TEXT);
    expect(await page.getByLabel("Region").getAttribute("placeholder")).toBeNull();
    expect(await page.getByLabel("Region").inputValue()).toBe("");
    await expect(page.getByTestId("region-status").innerText()).resolves.toMatch(
      /^No region is set\. Crisis replies then follow each member's language setting/,
    );

    await page.getByLabel("Region").fill("gb");
    const resource = page.getByRole("group", { name: "Resource 1 (optional)" });
    await resource.getByLabel("Name").fill("Harbour peer line");
    await resource.getByLabel("Phone").fill("+44 20 7946 0000");
    await resource.getByLabel("Link").fill("http://harbour.example.org");
    const custom = page.getByRole("group", { name: "Custom answer 1 (optional)" });
    await custom.getByLabel("Id").fill("weekly-call");
    await custom.getByLabel("Title").fill("Our weekly support call");
    await custom.getByLabel("Answer", { exact: true }).fill("Our peer support call is every **Thursday at 19:00** in #voice-support.");
    await custom.getByLabel("Sample questions (one per line)").fill("where is our weekly support call\nwhen is the peer call");
    await page.getByRole("button", { name: "Save settings" }).click();

    const link = page.locator("#f-extraResources-0-url");
    expect(await link.getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#f-extraResources-0-url-error").innerText()).toContain("must be an https:// link");
    expect(await link.inputValue()).toBe("http://harbour.example.org");
    expect(await page.getByLabel("Region").inputValue()).toBe("gb");
    expect(await page.locator(".error-summary").innerText()).toContain("Resource 1: url");

    await page.getByRole("group", { name: "Resource 1" }).getByLabel("Link").fill("https://harbour.example.org/peer-line");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByTestId("saved").innerText()).resolves.toContain("Settings saved");
    expect(await page.getByLabel("Region").inputValue()).toBe("GB");
    expect(await page.getByRole("group", { name: "Resource 1" }).getByLabel("Name").inputValue()).toBe("Harbour peer line");
    await expect(page.getByTestId("audit").innerText()).resolves.toMatch(/moderator\s+[0-9a-f]{12}\s+Settings changed: region unset → GB/);

    const after = await preview(CRISIS_TEXT);
    expect(after.kind).toBe("crisis");
    expect(after.discord).not.toBe(before.discord);
  });

  it("previews a question as Discord and Slack would show it, with the saved custom answer", async () => {
    const result = await preview("Where's the weekly support call?");
    expect(result.kind).toBe("answer");
    for (const pane of [result.discord, result.slack]) {
      expect(pane).toContain("Our peer support call is every Thursday at 19:00 in #voice-support.");
    }
    for (const pane of ["discord-preview", "slack-preview"]) {
      expect(await page.getByTestId(pane).locator("strong", { hasText: "Thursday at 19:00" }).count()).toBe(1);
    }
    expect(await page.getByTestId("discord-preview").evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(49, 51, 56)");

    // Follow-up buttons preview their question, in both panes.
    const intro = await preview("hello");
    expect(intro.kind).toBe("out_of_scope");
    const followUp = page.getByTestId("slack-preview").getByRole("button").first();
    const question = await followUp.innerText();
    expect(await page.getByTestId("discord-preview").getByRole("button", { name: question }).count()).toBe(1);
    await followUp.click();
    await page.getByTestId("preview-kind").waitFor();
    expect(await page.getByLabel("Question", { exact: true }).inputValue()).toBe(question);
  });

  it("a topic override and a disabled topic change the preview of a built-in answer", async () => {
    const question = "why does my therapist keep saying we";
    const before = await preview(question);
    expect(before.kind).toBe("answer");
    const topic = await page.getByTestId("preview-kind").innerText();
    expect(topic).toContain("we-in-therapy");

    const override = page.getByRole("group", { name: "Topic override 1 (optional)" });
    await override.getByLabel("Topic").selectOption("we-in-therapy");
    await override.getByLabel("Text").fill("Our #therapy-talk channel has a pinned thread about this.");
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByTestId("saved").waitFor();
    const overridden = await preview(question);
    // The short answer stays the lead; the appended note follows the whole answer, which "Tell me more" shows.
    for (const pane of [overridden.discord, overridden.slack]) expect(pane).not.toContain("Our #therapy-talk channel");
    for (const id of ["discord-more-preview", "slack-more-preview"]) {
      expect(await page.getByTestId(id).innerText(), id).toContain("Our #therapy-talk channel has a pinned thread about this.");
    }
    expect(await page.getByTestId("discord-preview").getByRole("link", { name: "Tell me more" }).getAttribute("href")).toBe("#preview-more");

    await page
      .getByRole("group", { name: "Topics Alliance should not answer here" })
      .getByLabel(/^Why therapists say/)
      .check();
    await page.getByRole("button", { name: "Save settings" }).click();
    await page.getByTestId("saved").waitFor();
    await preview(question);
    expect(await page.getByTestId("preview-kind").innerText()).not.toContain("we-in-therapy");
  });

  it("refuses a code that is no country, naming the field, and warns when a country has no built-in lines", async () => {
    await page.getByLabel("Region").fill("XX");
    await page.getByRole("button", { name: "Save settings" }).click();
    expect(await page.locator("#f-region-error").innerText()).toContain("must be an assigned ISO 3166-1 alpha-2 country code");
    expect(await page.locator(".error-summary").innerText()).toContain("Region");

    await page.getByLabel("Region").fill("AQ");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByTestId("saved").innerText()).resolves.toContain("Settings saved");
    const status = page.getByTestId("region-status");
    expect(await status.getAttribute("class")).toBe("notice warning");
    await expect(status.innerText()).resolves.toMatch(/Alliance has no built-in lines for AQ/);

    await page.getByLabel("Region").fill("GB");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByTestId("region-status").innerText()).resolves.toMatch(/Crisis replies in the UK give Samaritans/);
  });

  it("the crisis preview shows the region's lines first and the community's resource after them", async () => {
    const expected = await ask(CRISIS_TEXT);
    const result = await preview(CRISIS_TEXT);
    expect(result.kind).toBe("crisis");
    for (const pane of [result.discord, result.slack]) {
      for (const resource of expected.resources) expect(pane).toContain(resource.name);
      expect(pane).toContain("Harbour peer line");
      expect(pane.indexOf(expected.resources[0]!.name)).toBeLessThan(pane.indexOf("Harbour peer line"));
    }
  });

  it("charts the community's questions by kind and lists its top topics", async () => {
    await ask("when is the peer call?");
    await ask("where is our weekly support call");
    // Counts are written after each reply is sent (a busy isolate adds them up for 100 ms); give them a moment.
    await page.goto(`${worker.url}/admin#insights`);
    for (let attempt = 0; attempt < 20; attempt++) {
      if ((await page.getByTestId("total-answer").innerText()) === "2") break;
      await page.waitForTimeout(250);
      // A goto to the same URL and #fragment would not load the page again.
      await page.reload();
    }
    expect(await page.getByTestId("total-answer").innerText()).toBe("2");
    // The three questions asked before signing in; the previews were not counted.
    expect(await page.getByTestId("total-out_of_scope").innerText()).toBe("3");
    const chart = page.getByTestId("insights-chart");
    expect(await chart.getAttribute("role")).toBe("img");
    expect(await chart.locator("rect.kind-answer").count()).toBe(1);
    expect(await chart.locator("rect.kind-out_of_scope").count()).toBe(1);
    const box = await chart.boundingBox();
    expect(box!.width).toBeGreaterThan(400);
    expect(box!.height).toBeGreaterThan(100);
    await expect(page.getByTestId("top-topics").innerText()).resolves.toMatch(/your answer “weekly-call”\s+2/);
  });

  it("sets the community's default language from a list of the five, and shows the languages members wrote in", async () => {
    await page.goto(`${worker.url}/admin`);
    const select = page.getByLabel("Default language");
    expect(await select.inputValue()).toBe("");
    expect(await select.locator("option").allInnerTexts()).toEqual([
      "None: English when unsure (default)",
      "English (en)",
      "Español (es)",
      "Português (pt)",
      "Français (fr)",
      "Deutsch (de)",
    ]);
    await select.selectOption("de");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByTestId("saved").innerText()).resolves.toContain("Settings saved");
    expect(await page.getByLabel("Default language").inputValue()).toBe("de");
    await expect(page.getByTestId("audit").innerText()).resolves.toMatch(/defaultLanguage unset → de/);
    // Every question asked in this community so far was English: counts only, never the words.
    const languages = await page.getByTestId("languages").innerText();
    expect(languages).toMatch(/^English \(en\): \d+$/);
    expect(languages).not.toContain("weather");
  });

  it("fits a phone's width without sideways scrolling", async () => {
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${worker.url}/admin`);
    await phone.getByTestId("insights-chart").waitFor();
    const { scrollWidth, clientWidth } = await phone.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await phone.close();
  });

  it("signs out, and the old session no longer opens the page", async () => {
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("status").innerText()).resolves.toContain("You are signed out");
    expect(await context.cookies()).toEqual([]);
    await page.goto(`${worker.url}/admin`);
    expect(await page.getByLabel("Moderator token").count()).toBe(1);
    expect(problems).toEqual([]);
  });
});
