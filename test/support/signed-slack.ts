import { createHmac } from "node:crypto";

/** POSTs a body to a Slack receiver with Slack's real signature (`v0=` HMAC-SHA256 of `v0:ts:body`). */
export function postSignedToSlackReceiver(url: string, body: string, secret: string, contentType = "application/json"): Promise<Response> {
  const timestamp = String(Math.floor(Date.now() / 1_000));
  const signature = `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  return fetch(url, {
    method: "POST",
    headers: { "content-type": contentType, "x-slack-request-timestamp": timestamp, "x-slack-signature": signature },
    body,
  });
}
