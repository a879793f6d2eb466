/**
 * A moderator's link, checked before it is stored and shown beside the built-in crisis lines.
 * `https://` with a website, no user name or password, and none of the characters that end or split
 * a link in chat markup (Slack's `<url|text>`, Markdown's autolinks): whitespace, `<`, `>`, `|`, double quotes,
 * backquotes, backslashes. What is stored is the `URL` parser's normal form (lower-case host, Punycode,
 * escapes), so what moderators see saved is what members get.
 */
export type LinkCheck = { ok: true; href: string } | { ok: false; problem: string };

const BREAKS_LINKS = /[\s\u0000-\u001f\u007f<>|"`\\]/u;

export function checkLink(input: string): LinkCheck {
  if (!/^https:\/\//i.test(input)) return { ok: false, problem: "must be an https:// link" };
  if (BREAKS_LINKS.test(input)) return { ok: false, problem: "must not contain spaces, <, >, |, double quotes, backquotes or backslashes" };
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return { ok: false, problem: "is not a valid link" };
  }
  if (url.protocol !== "https:" || url.hostname === "") return { ok: false, problem: "must be an https:// link to a website" };
  if (url.username !== "" || url.password !== "") return { ok: false, problem: "must not contain a user name or password (user:password@)" };
  return { ok: true, href: url.href };
}
