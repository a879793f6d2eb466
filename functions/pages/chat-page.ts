import { MAX_TEXT_CHARS } from "../../shared/schemas/answer.ts";
import { CHAT_PAGE_SCRIPT } from "./chat-page-script.ts";

const STYLE = `
:root { color-scheme: light dark; --accent: #4f46e5; --muted: #6b7280; --bubble: #eef2ff; --you: #f3f4f6; }
@media (prefers-color-scheme: dark) { :root { --accent: #a5b4fc; --muted: #9ca3af; --bubble: #1e1b4b; --you: #1f2937; } }
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.5 system-ui, sans-serif; }
main { max-width: 42rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { margin: 0 0 .25rem; font-size: 1.6rem; }
.lead, .privacy { color: var(--muted); margin-top: 0; }
#conversation { display: flex; flex-direction: column; gap: .75rem; margin: 1.5rem 0; }
.message { padding: .75rem 1rem; border-radius: .75rem; max-width: 100%; overflow-wrap: anywhere; }
.message p { margin: 0 0 .5rem; } .message p:last-child { margin-bottom: 0; }
.message ul { margin: .25rem 0 .5rem; padding-left: 1.25rem; }
.you { background: var(--you); align-self: flex-end; }
.alliance { background: var(--bubble); }
.error { outline: 2px solid #b91c1c; }
.follow-ups { display: flex; flex-wrap: wrap; gap: .5rem; margin-top: .75rem; }
button { font: inherit; cursor: pointer; border-radius: .5rem; border: 1px solid var(--accent); padding: .4rem .8rem; }
.follow-up { background: transparent; color: inherit; text-align: left; }
form { display: grid; gap: .5rem; }
label { font-weight: 600; }
textarea { font: inherit; width: 100%; padding: .6rem; border-radius: .5rem; border: 1px solid var(--muted); }
form button[type=submit] { justify-self: start; background: var(--accent); color: #fff; }
@media (prefers-color-scheme: dark) { form button[type=submit] { color: #111827; } }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
button:disabled { opacity: .6; cursor: wait; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

/** The Content-Security-Policy for the page: only its own nonce-tagged script and style run. */
export function chatPageCsp(nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src 'nonce-${nonce}'`,
    "connect-src 'self'",
    "img-src data:",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** A minimal, accessible chat box for trying Alliance in a browser. `nonce` must be base64. */
export function chatPage(nonce: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Alliance: questions about the therapy relationship</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<main>
<h1>Alliance</h1>
<p class="lead">Ask about the relationship with a therapist: trust, boundaries, why they say "we", raising a concern, ending therapy… I'm a bot that explains how therapy works, not a therapist. If you are struggling right now, say so and I'll share a crisis line.</p>
<div id="conversation" role="log" aria-live="polite" aria-label="Conversation"></div>
<form id="ask">
<label for="question">Your question</label>
<textarea id="question" name="text" rows="3" maxlength="${MAX_TEXT_CHARS}" required placeholder="Why does my therapist say &quot;we&quot;?"></textarea>
<button type="submit">Ask</button>
</form>
<noscript><p>This page needs JavaScript. You can also ask with <code>POST /v1/answer</code>.</p></noscript>
<p class="privacy">Messages are answered and forgotten: nothing you type here is stored.</p>
</main>
<script nonce="${nonce}">${CHAT_PAGE_SCRIPT}</script>
</body>
</html>
`;
}
