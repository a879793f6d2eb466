import { describe, expect, it } from "vitest";
import { PreviewPanel } from "../../../../functions/pages/admin/preview-panel.tsx";
import type { Answer } from "../../../../shared/schemas/answer.ts";

const crisis: Answer = {
  kind: "crisis",
  topic: null,
  reason: "suicide_self_harm",
  text: "I'm really glad you told me. **You deserve support right now.** See [Find A Helpline](https://findahelpline.com).",
  resources: [
    { name: "Samaritans", phone: "116 123", region: "GB", hours: "24/7" },
    { name: "Harbour peer line", phone: "+44 20 7946 0000", url: "https://harbour.example.org", region: "GB" },
  ],
  followUps: ["What happens when I call?"],
};

async function render(answer: Answer, ephemeral = false): Promise<{ discord: string; slack: string }> {
  const html = String(await PreviewPanel({ preview: { question: "q", answer, ephemeral }, csrfToken: "t" }).toString());
  return {
    discord: /data-testid="discord-preview"[\s\S]*?<\/figure>/.exec(html)?.[0] ?? "",
    slack: /data-testid="slack-preview"[\s\S]*?<\/figure>/.exec(html)?.[0] ?? "",
  };
}

describe("the preview's Discord and Slack look-alikes", () => {
  it("show the text, every resource with its contacts, and the follow-up buttons on both platforms", async () => {
    const { discord, slack } = await render(crisis);
    for (const pane of [discord, slack]) {
      expect(pane).toContain("<strong>You deserve support right now.</strong>");
      expect(pane).toContain('<a href="https://findahelpline.com" rel="noopener noreferrer nofollow">Find A Helpline</a>');
      expect(pane).toContain("call 116 123");
      expect(pane).toContain("Harbour peer line");
      expect(pane).toContain("call +44 20 7946 0000");
      expect(pane).toContain('value="What happens when I call?"');
      expect(pane.indexOf("Samaritans")).toBeLessThan(pane.indexOf("Harbour peer line"));
    }
    expect(discord).toContain('<div class="dc-embed-title">Talk to someone now</div>');
    expect(discord).toContain('<div class="dc-field-name">Samaritans (24/7)</div>');
    expect(slack).toContain("<strong>Talk to someone now</strong><br/>• <strong>Samaritans</strong> (24/7): call 116 123<br/>");
    expect(slack).toContain('<a href="https://harbour.example.org" rel="noopener noreferrer nofollow" class="sl-button">Harbour peer line</a>');
    expect(discord).not.toContain("Only you can see this");
  });

  it("marks a private crisis reply as only visible to the member", async () => {
    const { discord, slack } = await render(crisis, true);
    expect(discord).toContain("Only you can see this");
    expect(slack).toContain("Only visible to you");
  });

  it("escapes whatever the text holds", async () => {
    const { discord, slack } = await render({ ...crisis, text: '<img src=x onerror="alert(1)"> & [x](javascript:alert(1))', resources: [] });
    for (const pane of [discord, slack]) {
      expect(pane).not.toContain("<img");
      expect(pane).not.toContain('href="javascript');
      expect(pane).toContain("&lt;img");
    }
  });
});
