import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { expectJsonError } from "../../support/worker/fetch-worker.ts";
import { fetchSettled, form, nowSeconds, postSlack, slackSignature } from "../../support/worker/slack.ts";

const CHALLENGE = JSON.stringify({ token: "legacy", challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", type: "url_verification" });

describe("Slack request signatures", () => {
  it("a valid signature on url_verification gets the challenge back", async () => {
    const response = await postSlack("/slack/events", CHALLENGE);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" });
  });

  it("401 for a body changed after signing", async () => {
    const timestamp = String(nowSeconds());
    const signature = await slackSignature(CHALLENGE, timestamp);
    const tampered = CHALLENGE.replace("legacy", "legacx");
    const response = await postSlack("/slack/events", tampered, { headers: { "x-slack-signature": signature, "x-slack-request-timestamp": timestamp } });
    await expectJsonError(response, 401, "unauthorized");
  });

  it("401 for a timestamp more than five minutes old or ahead, even correctly signed", async () => {
    await expectJsonError(await postSlack("/slack/events", CHALLENGE, { timestamp: nowSeconds() - 5 * 60 - 5 }), 401, "unauthorized");
    await expectJsonError(await postSlack("/slack/events", CHALLENGE, { timestamp: nowSeconds() + 5 * 60 + 5 }), 401, "unauthorized");
    expect((await postSlack("/slack/events", CHALLENGE, { timestamp: nowSeconds() - 4 * 60 })).status).toBe(200);
  });

  it("401 for a signature made with another secret", async () => {
    await expectJsonError(await postSlack("/slack/events", CHALLENGE, { secret: "not-the-signing-secret" }), 401, "unauthorized");
  });

  it("401 when the signature or the timestamp is missing", async () => {
    for (const missing of ["x-slack-signature", "x-slack-request-timestamp"]) {
      const timestamp = String(nowSeconds());
      const headers: Record<string, string> = {
        "content-type": "application/json",
        "x-slack-request-timestamp": timestamp,
        "x-slack-signature": await slackSignature(CHALLENGE, timestamp),
      };
      delete headers[missing];
      const response = await fetchSettled(new Request("http://alliance.test/slack/events", { method: "POST", headers, body: CHALLENGE }));
      await expectJsonError(response, 401, "unauthorized");
    }
  });

  it("401 for malformed signature and timestamp headers", async () => {
    const timestamp = String(nowSeconds());
    const good = await slackSignature(CHALLENGE, timestamp);
    const hex = good.slice(3);
    const malformed = [hex, `v1=${hex}`, `v0=${hex.toUpperCase()}`, `v0=${hex.slice(0, 62)}`, `v0=${hex}00`, `v0=${"z".repeat(64)}`, `${good},${good}`];
    for (const signature of malformed) {
      const response = await postSlack("/slack/events", CHALLENGE, { headers: { "x-slack-signature": signature, "x-slack-request-timestamp": timestamp } });
      await expectJsonError(response, 401, "unauthorized");
    }
    for (const badTimestamp of ["soon", `${timestamp}.5`, "-1", ""]) {
      const response = await postSlack("/slack/events", CHALLENGE, {
        headers: { "x-slack-signature": await slackSignature(CHALLENGE, badTimestamp), "x-slack-request-timestamp": badTimestamp },
      });
      await expectJsonError(response, 401, "unauthorized");
    }
  });

  it("checks every Slack route, not only events", async () => {
    const command = form({ team_id: "T1", channel_id: "C1", user_id: "U1", command: "/ask", text: "hi" });
    await expectJsonError(await postSlack("/slack/commands", command, { secret: "wrong" }), 401, "unauthorized");
    await expectJsonError(await postSlack("/slack/interactions", form({ payload: "{}" }), { secret: "wrong" }), 401, "unauthorized");
  });

  it("answers Slack's ssl_check on the command URL without a signature", async () => {
    const request = new Request("http://alliance.test/slack/commands", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "ssl_check=1&token=legacy",
    });
    const response = await fetchSettled(request);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("");
  });

  it("503 when the Slack secrets are not set", async () => {
    const response = await postSlack("/slack/events", CHALLENGE, { bindings: { ...env, SLACK_SIGNING_SECRET: "" } });
    await expectJsonError(response, 503, "misconfigured");
  });

  it("400 for a signed body that is not JSON or not an envelope, without echoing it", async () => {
    const message = await expectJsonError(await postSlack("/slack/events", '{"type": "secret words'), 400, "bad_json");
    expect(message).not.toContain("secret words");
    await expectJsonError(await postSlack("/slack/events", JSON.stringify({ challenge: "x" })), 400, "invalid_request");
  });
});
