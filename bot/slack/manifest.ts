// `npm run slack:manifest [-- <public base URL> [--bolt]]`: the app manifest to paste into api.slack.com/apps.
// Without a URL: Socket Mode (manifest.json as is). With the Worker's URL: the Events API on the Worker.
// With --bolt: the Bolt app's HTTP receiver, which takes everything at /slack/events.
import manifest from "./manifest.json" with { type: "json" };

export type SlackManifest = typeof manifest;
type HttpManifest = SlackManifest & {
  features: { slash_commands: { url: string }[] };
  settings: { event_subscriptions: { request_url: string }; interactivity: { request_url: string } };
};

/** The manifest for HTTP delivery: Socket Mode off and Slack's three request URLs under `baseUrl`. */
export function httpManifest(base: SlackManifest, baseUrl: string, target: "worker" | "bolt"): HttpManifest {
  const url = (path: string) => new URL(target === "bolt" ? "/slack/events" : path, baseUrl).toString();
  return {
    ...base,
    features: { ...base.features, slash_commands: base.features.slash_commands.map((command) => ({ ...command, url: url("/slack/commands") })) },
    settings: {
      ...base.settings,
      socket_mode_enabled: false,
      event_subscriptions: { ...base.settings.event_subscriptions, request_url: url("/slack/events") },
      interactivity: { ...base.settings.interactivity, request_url: url("/slack/interactions") },
    },
  };
}

if (import.meta.main) {
  const [baseUrl, flag] = process.argv.slice(2);
  if (baseUrl && !/^https:\/\//.test(baseUrl)) {
    console.error("Slack only calls https:// URLs: pass the Worker's (or the Bolt app's) public https URL.");
    process.exit(1);
  }
  const result = baseUrl ? httpManifest(manifest, baseUrl, flag === "--bolt" ? "bolt" : "worker") : manifest;
  console.log(JSON.stringify(result, null, 2));
}
