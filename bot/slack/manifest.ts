// `npm run slack:manifest [-- <public base URL> [--bolt | --socket]]`: the app manifest to paste into api.slack.com/apps.
// Without a URL: Socket Mode (manifest.json as is). With the Worker's URL: the Events API on the Worker, and
// Add to Slack's redirect URL on it. With --bolt: the Bolt app's HTTP receiver, which takes everything at
// /slack/events. With --socket: Socket Mode, with Add to Slack on the Worker (SLACK_INSTALLS=worker).
import manifest from "./manifest.json" with { type: "json" };

export type SlackManifest = typeof manifest;
type HttpManifest = SlackManifest & {
  features: { slash_commands: { url: string }[] };
  settings: { event_subscriptions: { request_url: string }; interactivity: { request_url: string } };
};
type InstallsManifest = SlackManifest & { oauth_config: { redirect_urls: string[] } };

/** Where Slack sends an installer back after "Add to Slack" (the Worker's /slack/oauth/callback). */
export function withInstallRedirect<M extends SlackManifest>(base: M, workerUrl: string): M & InstallsManifest {
  return { ...base, oauth_config: { ...base.oauth_config, redirect_urls: [new URL("/slack/oauth/callback", workerUrl).toString()] } };
}

/** The manifest for HTTP delivery: Socket Mode off and Slack's three request URLs under `baseUrl`. */
export function httpManifest(base: SlackManifest, baseUrl: string, target: "worker" | "bolt"): HttpManifest {
  const url = (path: string) => new URL(target === "bolt" ? "/slack/events" : path, baseUrl).toString();
  return {
    ...(target === "worker" ? withInstallRedirect(base, baseUrl) : base),
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
  const result = !baseUrl
    ? manifest
    : flag === "--socket"
      ? withInstallRedirect(manifest, baseUrl)
      : httpManifest(manifest, baseUrl, flag === "--bolt" ? "bolt" : "worker");
  console.log(JSON.stringify(result, null, 2));
}
