import type { Child } from "hono/jsx";

/**
 * Discord Markdown and Slack mrkdwn as HTML, for the preview: paragraphs, line breaks, bold, italics
 * and links. Everything becomes JSX text, so it is escaped; only http(s) links become anchors.
 */
type Inline = { pattern: RegExp; render: (match: RegExpExecArray) => Child };

const link = (href: string, label: Child) =>
  /^https?:\/\//.test(href) ? (
    <a href={href} rel="noopener noreferrer nofollow">
      {label}
    </a>
  ) : (
    label
  );

const DISCORD_INLINE: Inline[] = [
  { pattern: /\*\*(.+?)\*\*/, render: (m) => <strong>{discordInline(m[1]!)}</strong> },
  { pattern: /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/, render: (m) => link(m[2]!, m[1]!) },
  { pattern: /(?<![\w*])[*_](?![\s*_])(.+?)(?<![\s*])[*_](?![\w*])/, render: (m) => <em>{discordInline(m[1]!)}</em> },
  { pattern: /https?:\/\/[^\s<>()]+[^\s<>().,!?;:'"]/, render: (m) => link(m[0], m[0]) },
];

const SLACK_INLINE: Inline[] = [
  { pattern: /<(https?:\/\/[^|>]+)\|([^>]+)>/, render: (m) => link(m[1]!, decode(m[2]!)) },
  { pattern: /<(https?:\/\/[^|>]+)>/, render: (m) => link(m[1]!, m[1]!) },
  { pattern: /(?<!\w)\*(?!\s)(.+?)(?<!\s)\*(?!\w)/, render: (m) => <strong>{slackInline(m[1]!)}</strong> },
  { pattern: /(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)/, render: (m) => <em>{slackInline(m[1]!)}</em> },
];

export function DiscordText({ text }: { text: string }) {
  // Discord draws "- item" lines as a bulleted list.
  return <>{blocks(text.replace(/^[-*] /gm, "• "), discordInline)}</>;
}

export function SlackText({ text, inline = false }: { text: string; inline?: boolean }) {
  return <>{inline ? lines(text, slackInline) : blocks(text, slackInline)}</>;
}

function blocks(text: string, inline: (line: string) => Child[]): Child[] {
  return text.split(/\n{2,}/).map((paragraph) => <p>{lines(paragraph, inline)}</p>);
}

function lines(text: string, inline: (line: string) => Child[]): Child[] {
  return text.split("\n").flatMap((line, i) => (i === 0 ? inline(line) : [<br />, ...inline(line)]));
}

function discordInline(text: string): Child[] {
  return tokenize(text, DISCORD_INLINE, (plain) => plain);
}

function slackInline(text: string): Child[] {
  return tokenize(text, SLACK_INLINE, decode);
}

/** Splits at the earliest match of any pattern, renders it, and carries on with the rest. */
function tokenize(text: string, inlines: Inline[], plain: (text: string) => string): Child[] {
  const out: Child[] = [];
  let rest = text;
  while (rest) {
    let first: { match: RegExpExecArray; inline: Inline } | null = null;
    for (const inline of inlines) {
      const match = inline.pattern.exec(rest);
      if (match && (!first || match.index < first.match.index)) first = { match, inline };
    }
    if (!first) break;
    if (first.match.index > 0) out.push(plain(rest.slice(0, first.match.index)));
    out.push(first.inline.render(first.match));
    rest = rest.slice(first.match.index + first.match[0].length);
  }
  if (rest) out.push(plain(rest));
  return out;
}

function decode(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
