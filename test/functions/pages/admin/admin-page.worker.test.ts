import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { postForm, signIn } from "../../../support/worker/admin-session.ts";
import { ADMIN, bearer, configPath, createCommunity, getConfig, putConfig, uniqueId } from "../../../support/worker/communities-support.ts";
import { fetchWorker, postJson } from "../../../support/worker/fetch-worker.ts";

async function signedInCommunity(platform: "discord" | "slack" = "discord") {
  const id = uniqueId("guild");
  const token = await createCommunity(platform, id, "Harbour Peer Support");
  return { id, token, ...(await signIn(platform, id, token)) };
}

describe("signing in to /admin", () => {
  it("shows the sign-in form under a strict CSP, with no script at all", async () => {
    const response = await fetchWorker("/admin");
    expect(response.status).toBe(200);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("unsafe-inline");
    const page = await response.text();
    expect(page.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(page).not.toMatch(/<script|\sstyle=|\son\w+=/i);
    expect(page).toMatch(/<label for="token">Moderator token<\/label>/);
    expect(page).toContain(`<link rel="stylesheet" href="/admin/admin.css"/>`);
  });

  it("keeps the session in a __Host- cookie: HttpOnly, Secure, SameSite=Strict, a random id (not the token), hashed in D1", async () => {
    const { token, setCookie, cookie, page } = await signedInCommunity();
    expect(setCookie).toMatch(/^__Host-alliance-session=/);
    expect(setCookie).toMatch(/; HttpOnly/i);
    expect(setCookie).toMatch(/; Secure/i);
    expect(setCookie).toMatch(/; SameSite=Strict/i);
    expect(setCookie).toMatch(/; Path=\//);
    const sessionId = cookie.split("=")[1]!;
    expect(sessionId).not.toContain(token);
    const stored = await env.DB.prepare("SELECT id_hash FROM moderator_sessions").all<{ id_hash: string }>();
    expect(stored.results.map((row) => row.id_hash)).not.toContain(sessionId);
    expect(page).toContain("<h1>Harbour Peer Support</h1>");
  });

  it("refuses a wrong token or another community's token with the values kept, never echoing the token", async () => {
    const id = uniqueId("guild");
    await createCommunity("discord", id);
    const otherToken = await createCommunity("discord", uniqueId("guild"));
    for (const token of ["wrong-token-value", otherToken, ""]) {
      const response = await postForm("/admin/sign-in", { platform: "discord", communityId: id, token });
      expect(response.status).toBe(401);
      expect(response.headers.get("set-cookie")).toBeNull();
      const page = await response.text();
      expect(page).toContain("do not match");
      expect(page).toContain(`value="${id}"`);
      if (token) expect(page).not.toContain(token);
    }
  });

  it("signing out ends the session, and rotating the token ends every session", async () => {
    const { id, token, cookie, csrf } = await signedInCommunity();
    const out = await postForm("/admin/sign-out", { csrf }, { cookie });
    expect(out.status).toBe(303);
    expect(out.headers.get("set-cookie")).toMatch(/__Host-alliance-session=;.*Max-Age=0/);
    expect(await (await fetchWorker("/admin", { headers: { cookie } })).text()).toContain("Moderator token");

    const again = await signIn("discord", id, token);
    await postJson(configPath("discord", id, "token"), {}, ADMIN);
    const page = await (await fetchWorker("/admin", { headers: { cookie: again.cookie } })).text();
    expect(page).toContain('action="/admin/sign-in"');
  });
});

describe("the settings form", () => {
  it("saves every setting, redirecting to the page, and the audit log names the moderator", async () => {
    const { id, token, cookie, csrf } = await signedInCommunity();
    const response = await postForm(
      "/admin/settings",
      {
        csrf,
        region: "ie",
        "extraResources.0.name": "Harbour peer line",
        "extraResources.0.description": "Volunteers, 6pm to midnight",
        "extraResources.0.phone": "+353 1 555 0100",
        "extraResources.0.url": "",
        "extraResources.1.name": "",
        "extraResources.1.description": "",
        "extraResources.1.phone": "",
        "extraResources.1.url": "",
        "customAnswers.0.id": "weekly-call",
        "customAnswers.0.title": "Weekly call",
        "customAnswers.0.answer": "Thursdays at 19:00 in #voice.",
        "customAnswers.0.sampleQuestions": "where is the weekly call\r\nwhen do we meet",
        "topicOverrides.0.topic": "boundaries",
        "topicOverrides.0.mode": "append",
        "topicOverrides.0.text": "Our rules on DMs are in #rules.",
        disabledTopics: ["first-session", "group-and-couples-therapy"],
        "channels.mode": "listed",
        "channels.ids": "111111111111111111, 222222222222222222",
        crisisReplyPrivately: "on",
        alertChannelId: "333333333333333333",
        cooldownSeconds: "30",
      },
      { cookie },
    );
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/admin?saved#settings");
    expect(await getConfig("discord", id, bearer(token))).toEqual({
      region: "IE",
      extraResources: [{ name: "Harbour peer line", description: "Volunteers, 6pm to midnight", phone: "+353 1 555 0100" }],
      customAnswers: [
        { id: "weekly-call", title: "Weekly call", answer: "Thursdays at 19:00 in #voice.", sampleQuestions: ["where is the weekly call", "when do we meet"] },
      ],
      topicOverrides: { boundaries: { mode: "append", text: "Our rules on DMs are in #rules." } },
      disabledTopics: ["first-session", "group-and-couples-therapy"],
      channels: { mode: "listed", ids: ["111111111111111111", "222222222222222222"] },
      crisisReplyPrivately: true,
      alertChannelId: "333333333333333333",
      cooldownSeconds: 30,
    });
    const page = await (await fetchWorker("/admin?saved", { headers: { cookie } })).text();
    expect(page).toContain("Settings saved");
    expect(page).toContain('value="Harbour peer line"');
    expect(page).toMatch(/moderator <code>[0-9a-f]{12}<\/code><\/td><td>Settings changed: region unset → IE/);
  });

  it("an untouched form saves nothing and writes no audit entry", async () => {
    const { id, cookie, csrf, page } = await signedInCommunity();
    const fields = formFields(page);
    expect((await postForm("/admin/settings", { ...fields, csrf }, { cookie })).status).toBe(303);
    const audit = (await (await fetchWorker(configPath("discord", id, "audit"), { headers: ADMIN })).json()) as { entries: unknown[] };
    expect(audit.entries).toHaveLength(1);
  });

  it("says plainly what members get with no region, warns when a region has no built-in lines, and shows no placeholder value", async () => {
    const { id, token, cookie, page } = await signedInCommunity();
    const regionInput = /<input[^>]*id="f-region"[^>]*>/.exec(page)?.[0] ?? "";
    expect(regionInput).toContain('value=""');
    expect(regionInput).not.toContain("placeholder");
    expect(page).toMatch(
      /data-testid="region-status"[^>]*><strong>No region is set\.<\/strong> Crisis replies then follow each member(?:'|&#39;)s language setting/,
    );
    const statusFor = async (region: string) => {
      await putConfig("discord", id, { region }, bearer(token));
      const html = await (await fetchWorker("/admin", { headers: { cookie } })).text();
      return /<p class="([^"]*)" id="region-status"[^>]*>(.*?)<\/p>/s.exec(html) ?? [];
    };
    const [, aqClass, aq] = await statusFor("AQ");
    expect(aqClass).toBe("notice warning");
    expect(aq).toMatch(/Alliance has no built-in lines for AQ/);
    const [, dkClass, dk] = await statusFor("DK");
    expect(dkClass).toBe("notice warning");
    expect(dk).toMatch(/no confirmed crisis line for Denmark: crisis replies give the emergency number 112 and findahelpline\.com/);
    expect(dk).toMatch(/Abuse replies lead with Lev Uden Vold/);
    const [, gbClass, gb] = await statusFor("GB");
    expect(gbClass).toBe("notice");
    expect(gb).toMatch(/Crisis replies in the UK give Samaritans \(24\/7, free\) and the emergency number 999/);
  });

  it("shows each problem next to its field, keeps what was typed, and saves nothing", async () => {
    const { id, token, cookie, csrf } = await signedInCommunity();
    await putConfig("discord", id, { region: "GB" }, bearer(token));
    const response = await postForm(
      "/admin/settings",
      {
        csrf,
        region: "Britain",
        "extraResources.0.name": "Harbour peer line",
        "extraResources.0.description": "",
        "extraResources.0.phone": "",
        "extraResources.0.url": "http://harbour.example.org",
        "channels.mode": "listed",
        "channels.ids": "",
        cooldownSeconds: "five",
      },
      { cookie },
    );
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain("Nothing was saved");
    expect(page).toMatch(/id="f-region"[^>]*aria-invalid="true"[^>]*aria-describedby="f-region-hint f-region-error"/);
    expect(page).toMatch(/id="f-region-error">must be an assigned ISO 3166-1 alpha-2 country code such as GB, US or IE</);
    expect(page).toContain('value="Britain"');
    expect(page).toMatch(/id="f-extraResources-0-url-error">must be an https:\/\/ link</);
    expect(page).toContain('value="http://harbour.example.org"');
    expect(page).toMatch(/id="f-cooldownSeconds-error">must be a whole number of seconds</);
    expect(await getConfig("discord", id, bearer(token))).toEqual({ region: "GB" });

    const second = await postForm("/admin/settings", { csrf, "channels.mode": "listed", "channels.ids": " " }, { cookie });
    expect(second.status).toBe(400);
    expect(await second.text()).toMatch(/id="f-channels-ids-error">needs at least one channel id/);
    expect(await getConfig("discord", id, bearer(token))).toEqual({ region: "GB" });
  });

  it("refuses a POST without the session's CSRF token or from another origin", async () => {
    const { id, token, cookie, csrf } = await signedInCommunity();
    const other = await signedInCommunity();
    const attempts = [
      postForm("/admin/settings", { region: "FR" }, { cookie }),
      postForm("/admin/settings", { region: "FR", csrf: other.csrf }, { cookie }),
      postForm("/admin/settings", { region: "FR", csrf }, { cookie, origin: "https://evil.example" }),
      fetchWorker("/admin/settings", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie },
        body: new URLSearchParams({ region: "FR", csrf }).toString(),
      }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(403);
      expect(response.headers.get("content-type")).toContain("text/html");
    }
    expect(await getConfig("discord", id, bearer(token))).toEqual({});
    expect((await postForm("/admin/sign-in", { platform: "discord", communityId: id, token }, { origin: "https://evil.example" })).status).toBe(403);
  });

  it("without a session a form POST leads back to sign-in and changes nothing", async () => {
    const id = uniqueId("guild");
    const token = await createCommunity("discord", id);
    const response = await postForm("/admin/settings", { region: "FR", csrf: "x" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/admin");
    expect(await getConfig("discord", id, bearer(token))).toEqual({});
  });
});

describe("the preview", () => {
  it("renders any question as Discord and Slack would show it, with the community's saved config", async () => {
    const { id, token, cookie, csrf } = await signedInCommunity();
    await putConfig(
      "discord",
      id,
      {
        customAnswers: [
          { id: "weekly-call", title: "Weekly call", answer: "Thursdays at **19:00** in #voice & <chat>.", sampleQuestions: ["where is the weekly call"] },
        ],
      },
      bearer(token),
    );
    const response = await postForm("/admin/preview", { csrf, question: "where's the weekly call?" }, { cookie });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('data-kind="answer"');
    expect(page).toContain("your answer “weekly-call”");
    const discord = /data-testid="discord-preview"[\s\S]*?<\/figure>/.exec(page)?.[0] ?? "";
    const slack = /data-testid="slack-preview"[\s\S]*?<\/figure>/.exec(page)?.[0] ?? "";
    expect(discord).toContain("Thursdays at <strong>19:00</strong> in #voice &amp; &lt;chat&gt;.");
    expect(slack).toContain("Thursdays at <strong>19:00</strong> in #voice &amp; &lt;chat&gt;.");
    expect(page).toContain("where&#39;s the weekly call?");
    // A preview is not a member's question: nothing is counted.
    const counted = await env.DB.prepare("SELECT COUNT(*) AS n FROM usage_daily WHERE community = ?1").bind(`discord:${id}`).first<{ n: number }>();
    expect(counted?.n).toBe(0);
  });

  it("shows follow-up questions as buttons that preview that question", async () => {
    const { cookie, csrf } = await signedInCommunity("slack");
    const page = await (await postForm("/admin/preview", { csrf, question: "hello" }, { cookie })).text();
    expect(page).toMatch(/<button type="submit" form="preview-form" name="followUp" value="What is the therapeutic alliance\?" class="sl-button">/);
    const followed = await (await postForm("/admin/preview", { csrf, question: "hello", followUp: "What is the therapeutic alliance?" }, { cookie })).text();
    expect(followed).toContain(">What is the therapeutic alliance?</textarea>");
  });

  it("asks for a question when none is given", async () => {
    const { cookie, csrf } = await signedInCommunity();
    const response = await postForm("/admin/preview", { csrf, question: "  " }, { cookie });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Type a question to preview.");
  });
});

describe("the insights panel", () => {
  it("charts this community's last 30 days by kind and lists top topics: counts only", async () => {
    const { id, cookie } = await signedInCommunity();
    const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
    const rows: [string, string, string, string, number][] = [
      [day(0), `discord:${id}`, "answer", "trust", 4],
      [day(0), `discord:${id}`, "crisis", "suicide_self_harm", 1],
      [day(1), `discord:${id}`, "check_in", "suicide_self_harm", 2],
      [day(2), `discord:${id}`, "answer", "custom:weekly-call", 6],
      [day(2), `discord:${id}`, "redirect", "medication", 2],
      [day(29), `discord:${id}`, "out_of_scope", "", 3],
      [day(30), `discord:${id}`, "answer", "too-old", 50],
      [day(0), "discord:someone-else", "answer", "other-community", 70],
    ];
    await env.DB.batch(
      rows.map((row) => env.DB.prepare("INSERT INTO usage_daily (day, community, kind, label, count) VALUES (?1, ?2, ?3, ?4, ?5)").bind(...row)),
    );
    const page = await (await fetchWorker("/admin", { headers: { cookie } })).text();
    expect(page).toContain("<strong>18</strong> questions in the last 30 days");
    expect(page).toMatch(/data-testid="total-answer">10</);
    expect(page).toMatch(/data-testid="total-crisis">1</);
    expect(page).toMatch(/data-testid="total-check_in">2</);
    expect(page).toMatch(/data-testid="total-redirect">2</);
    expect(page).toMatch(/data-testid="total-out_of_scope">3</);
    expect(page).toMatch(/<svg class="chart" viewBox="0 0 640 200" role="img"/);
    expect(page.match(/<rect class="kind-/g)?.length).toBe(6 + 5 /* legend swatches */ + 2 /* topic bars */);
    expect(page).toContain(`<title>${day(2)}: 6 answers</title>`);
    const topics = /data-testid="top-topics">([\s\S]*?)<\/ol>/.exec(page)?.[1] ?? "";
    expect(topics.indexOf("weekly-call")).toBeLessThan(topics.indexOf("trust"));
    expect(page).not.toContain("too-old");
    expect(page).not.toContain("other-community");
  });
});

/** The fields an untouched settings form sends back (text inputs, selects and checked boxes). */
function formFields(page: string): Record<string, string> {
  const form = /<form method="post" action="\/admin\/settings"[\s\S]*?<\/form>/.exec(page)?.[0] ?? "";
  const fields: Record<string, string> = {};
  for (const match of form.matchAll(/<input ([^>]*)>/g)) {
    const name = /name="([^"]+)"/.exec(match[1]!)?.[1];
    const type = /type="([^"]+)"/.exec(match[1]!)?.[1] ?? "text";
    if (!name || ((type === "radio" || type === "checkbox") && !/checked/.test(match[1]!))) continue;
    fields[name] = decodeEntities(/value="([^"]*)"/.exec(match[1]!)?.[1] ?? "");
  }
  for (const match of form.matchAll(/<textarea [^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/textarea>/g)) fields[match[1]!] = decodeEntities(match[2]!);
  for (const match of form.matchAll(/<select [^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
    fields[match[1]!] = /<option value="([^"]*)" selected/.exec(match[2]!)?.[1] ?? "";
  }
  return fields;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
