// `npm run screenshot:moderators`: docs/moderator-page.png, the moderator page as the browser test drives it
// (the Worker under wrangler's dev server, headless Chromium), with 30 days of example counts.
import { launchChromium } from "../test/support/chromium.ts";
import { startWorker } from "../test/support/start-worker.ts";

const SECRETS = { ANSWER_API_KEY: "demo-answer-key", ADMIN_TOKEN: "demo-admin-token", HASH_SECRET: "demo-hash-secret" };
const COMMUNITY = "998877665544332211";
const output = process.argv[2] ?? "docs/moderator-page.png";

/** Example counts only (no messages exist anywhere): a plausible month for a mid-sized server. */
function exampleUsage(): string {
  const topics = ["we-in-therapy", "therapist-opinion-of-you", "raising-concerns", "boundaries", "custom:weekly-call", "trust"];
  const rows: string[] = [];
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return Math.floor(seed / 65_536) % n;
  };
  for (let daysAgo = 29; daysAgo >= 0; daysAgo--) {
    const day = new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
    const add = (kind: string, label: string, count: number) => count > 0 && rows.push(`('${day}', 'discord:${COMMUNITY}', '${kind}', '${label}', ${count})`);
    for (const [i, topic] of topics.entries()) add("answer", topic, random(5 - Math.floor(i / 2)));
    add("out_of_scope", "", random(4));
    add("redirect", "medication", random(3) === 0 ? 1 : 0);
    add("redirect", "diagnosis", random(4) === 0 ? 1 : 0);
    add("crisis", "suicide_self_harm", random(6) === 0 ? 1 : 0);
  }
  return `INSERT INTO usage_daily (day, community, kind, label, count) VALUES\n${rows.join(",\n")};\n`;
}

const worker = await startWorker(SECRETS, { seedSql: exampleUsage() });
const browser = await launchChromium();
try {
  const api = (path: string, token: string, init: RequestInit = {}) =>
    fetch(`${worker.url}${path}`, { ...init, headers: { "content-type": "application/json", authorization: `Bearer ${token}` } });
  const created = await api("/v1/communities", SECRETS.ADMIN_TOKEN, {
    method: "POST",
    body: JSON.stringify({ platform: "discord", communityId: COMMUNITY, name: "Harbour Peer Support" }),
  });
  const { moderatorToken } = (await created.json()) as { moderatorToken: string };
  await api(`/v1/communities/discord/${COMMUNITY}/config`, moderatorToken, {
    method: "PUT",
    body: JSON.stringify({
      region: "GB",
      extraResources: [
        {
          name: "Harbour peer line",
          description: "Trained volunteers, 6pm to midnight",
          phone: "+44 20 7946 0000",
          url: "https://harbour.example.org/peer-line",
        },
      ],
      customAnswers: [
        {
          id: "weekly-call",
          title: "Our weekly support call",
          answer: "Our peer support call is every **Thursday at 19:00 UK time** in #voice-support. Cameras optional, everyone welcome.",
          sampleQuestions: ["where is our weekly support call", "when is the peer call"],
        },
      ],
      channels: { mode: "listed", ids: ["112233445566778899"] },
      alertChannelId: "223344556677889900",
      cooldownSeconds: 10,
    }),
  });

  const page = await browser.newPage({ viewport: { width: 1200, height: 1700 }, deviceScaleFactor: 1 });
  await page.goto(`${worker.url}/admin`);
  await page.getByLabel("Community id").fill(COMMUNITY);
  await page.getByLabel("Moderator token").fill(moderatorToken);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByLabel("Question", { exact: true }).fill("why does my therapist keep saying we?");
  await page.getByRole("button", { name: "Preview", exact: true }).click();
  await page.getByTestId("preview-kind").waitFor();
  await page.screenshot({ path: output });
  console.log(`Wrote ${output}`);
} finally {
  await browser.close();
  await worker.stop();
}
