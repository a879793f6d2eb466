import type { Copy } from "../content/copy/copy.ts";
import { copyFor } from "../content/copy/index.ts";
import type { Answer, Resource } from "../schemas/answer.ts";
import { offersMore } from "./tell-me-more.ts";
import { truncate } from "./truncate.ts";

/** Slack's limits (https://docs.slack.dev/reference/block-kit/blocks, …/block-elements/button-element). */
export const SLACK_LIMITS = {
  sectionText: 3_000,
  contextElementText: 3_000,
  fallbackText: 4_000,
  buttonText: 75,
  actionValue: 2_000,
  buttonUrl: 3_000,
  blocks: 50,
  buttonsPerActions: 25,
};
export const FOLLOW_UP_ACTION = "alliance_follow_up";
export const RESOURCE_LINK_ACTION = "alliance_resource_link";
/** "Tell me more": its value is the topic whose whole answer it asks for. */
export const MORE_ACTION = "alliance_more";
const MAX_FOLLOW_UPS = 5;
const MAX_RESOURCE_BUTTONS = 5;
const MAX_QUESTION_ECHO = 300;

export type SlackBlock = Record<string, unknown>;
export interface SlackMessage {
  /** Notification and screen-reader text (mrkdwn), complete with the resources' contacts. */
  text: string;
  blocks: SlackBlock[];
}

export interface SlackRenderOptions {
  /** The question a follow-up button asked, echoed above the answer so the thread reads well. */
  question?: string;
}

/** Escapes the three characters Slack's mrkdwn treats as control characters (links, mentions, @here). */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * A Slack link, `<url>` or `<url|label>`. The URL's `|`, `<`, `>` and spaces are percent-encoded and its
 * `&` escaped, so it cannot end early or take a label of its own; the label is escaped, and its `|`
 * (which Slack has no escape for) becomes `¦`.
 */
export function slackLink(url: string, label?: string): string {
  const target = url.replace(/&/g, "&amp;").replace(/[<>|\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`);
  return label === undefined ? `<${target}>` : `<${target}|${escapeLinkLabel(escapeMrkdwn(label))}>`;
}

/** An already escaped label: only its `|` is left to replace. */
function escapeLinkLabel(escaped: string): string {
  return escaped.replace(/\|/g, "¦");
}

const BOLD = "\u0001";

/** Markdown (headings, lists, **bold**, *italic*, [label](url)) in Slack's mrkdwn, everything else escaped. */
export function markdownToMrkdwn(markdown: string): string {
  return escapeMrkdwn(markdown)
    .replace(/^#{1,6}[ \t]+(.+)$/gm, `${BOLD}$1${BOLD}`)
    .replace(/^([ \t]*)[-*+][ \t]+/gm, "$1• ")
    .replace(/\[([^\]\n]+)\]\((https?:\/\/[^)\s|]+)\)/g, (_, label: string, url: string) => `<${url}|${escapeLinkLabel(label)}>`)
    .replace(/\*\*(?=\S)(.+?)\*\*/g, `${BOLD}$1${BOLD}`)
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]+?)\*(?![\w*])/g, "$1_$2_")
    .replaceAll(BOLD, "*");
}

/**
 * An Answer as Block Kit: the text in sections, resources in a section (links as buttons), "Tell me more" under a
 * short answer, follow-ups as buttons under a context line, and complete notification text. Every piece fits Slack's limits.
 */
export function renderSlackMessage(answer: Answer, options: SlackRenderOptions = {}): SlackMessage {
  const copy = copyFor(answer.language);
  const head: SlackBlock[] = options.question ? [context(`*${copy.labels.asked}* ${escapeMrkdwn(truncate(options.question, MAX_QUESTION_ECHO))}`)] : [];
  const linked = answer.resources.filter((resource) => isButtonUrl(resource.url)).slice(0, MAX_RESOURCE_BUTTONS);
  const tail: SlackBlock[] = [
    ...resourceSections(answer, new Set(linked), copy),
    ...(linked.length > 0 ? [actions(linked.map(resourceButton))] : []),
    ...(offersMore(answer) ? [actions([moreButton(answer.topic, copy)])] : []),
    ...followUpBlocks(answer.followUps, copy),
  ].slice(0, SLACK_LIMITS.blocks - head.length - 1);
  const textSections = chunk(markdownToMrkdwn(answer.text), SLACK_LIMITS.sectionText, SLACK_LIMITS.blocks - head.length - tail.length).map(section);
  return { text: notificationText(answer, copy), blocks: [...head, ...textSections, ...tail] };
}

function resourceSections(answer: Answer, linked: ReadonlySet<Resource>, copy: Copy): SlackBlock[] {
  if (answer.resources.length === 0) return [];
  const titles = copy.labels.resourcesTitle;
  const title = `*${answer.kind === "crisis" ? titles.crisis : answer.kind === "check_in" ? titles.checkIn : titles.other}*`;
  const lines = answer.resources.map((resource) => `• ${resourceLine(resource, !linked.has(resource), copy)}`);
  return chunk([title, ...lines].join("\n"), SLACK_LIMITS.sectionText, 10).map(section);
}

/** `*Name* (hours): call … · text … · <url|url>`, every moderator-supplied part escaped. */
function resourceLine(resource: Resource, withLink: boolean, copy: Copy): string {
  const name = `*${escapeMrkdwn(resource.name)}*${resource.hours ? ` (${escapeMrkdwn(resource.hours)})` : ""}`;
  const parts: string[] = [];
  if (resource.phone) parts.push(copy.contact.call(escapeMrkdwn(resource.phone)));
  if (resource.sms) parts.push(copy.contact.text(escapeMrkdwn(resource.sms)));
  if (resource.whatsapp) parts.push(copy.contact.whatsapp(escapeMrkdwn(resource.whatsapp)));
  if (withLink && resource.url) parts.push(isButtonUrl(resource.url) ? slackLink(resource.url) : escapeMrkdwn(resource.url));
  return parts.length > 0 ? `${name}: ${parts.join(" · ")}` : name;
}

function resourceButton(resource: Resource, index: number): SlackBlock {
  return {
    type: "button",
    action_id: `${RESOURCE_LINK_ACTION}_${index}`,
    text: { type: "plain_text", text: truncate(resource.name, SLACK_LIMITS.buttonText) },
    url: resource.url,
  };
}

function moreButton(topic: string, copy: Copy): SlackBlock {
  return { type: "button", action_id: MORE_ACTION, style: "primary", text: { type: "plain_text", text: copy.labels.tellMeMore }, value: topic };
}

function followUpBlocks(followUps: readonly string[], copy: Copy): SlackBlock[] {
  const questions = followUps.filter((q) => q.trim() !== "" && q.length <= SLACK_LIMITS.actionValue).slice(0, MAX_FOLLOW_UPS);
  if (questions.length === 0) return [];
  const buttons = questions.map((question, index) => ({
    type: "button",
    action_id: `${FOLLOW_UP_ACTION}_${index}`,
    text: { type: "plain_text", text: truncate(question, SLACK_LIMITS.buttonText) },
    value: question,
  }));
  return [context(copy.labels.youCouldAlsoAsk), actions(buttons)];
}

/**
 * The whole reply as mrkdwn text, then the contacts of the resources it does not name (or lost to the
 * length limit), so a way to reach each one always reaches the notification.
 */
function notificationText(answer: Answer, copy: Copy): string {
  const room = SLACK_LIMITS.fallbackText - answer.resources.reduce((sum, resource) => sum + resourceLine(resource, true, copy).length + 1, 1);
  const body = truncateMrkdwn(markdownToMrkdwn(answer.text), Math.max(room, 200));
  const unnamed = answer.resources.filter((resource) => {
    const contacts = resource.phone || resource.sms || resource.whatsapp ? [resource.phone, resource.sms, resource.whatsapp] : [resource.url];
    return !contacts.some((contact) => contact && body.includes(escapeMrkdwn(contact)));
  });
  const contacts = unnamed.map((resource) => resourceLine(resource, true, copy)).join("\n");
  return truncateMrkdwn(contacts ? `${body}\n\n${contacts}` : body, SLACK_LIMITS.fallbackText);
}

/**
 * Splits mrkdwn into at most `maxChunks` pieces of at most `max` characters, at paragraph, then line,
 * then word boundaries, never inside a `<link>`; the last piece is truncated if the text still does not fit.
 */
export function chunk(text: string, max: number, maxChunks: number): string[] {
  const chunks: string[] = [];
  let rest = text;
  while (rest.length > max && chunks.length < maxChunks - 1) {
    const window = rest.slice(0, max);
    const cut = outsideLink(window, [window.lastIndexOf("\n\n"), window.lastIndexOf("\n"), window.lastIndexOf(" ")].find((i) => i > max / 2) ?? max);
    chunks.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  chunks.push(truncateMrkdwn(rest, max));
  return chunks.filter((piece) => piece.length > 0);
}

/** `truncate` for mrkdwn: a link cut in half would show its raw markup, so it goes whole. */
function truncateMrkdwn(text: string, max: number): string {
  const cut = truncate(text, max);
  if (cut === text) return text;
  const end = outsideLink(cut, cut.length - 1);
  return end < cut.length - 1 ? `${cut.slice(0, end).trimEnd()}…` : cut;
}

/** Moves a cut position back to before any `<link>` it would split. */
function outsideLink(text: string, cut: number): number {
  const open = text.lastIndexOf("<", cut - 1);
  return open > 0 && open > text.lastIndexOf(">", cut - 1) ? open : cut;
}

function isButtonUrl(url: string | undefined): url is string {
  return url !== undefined && /^https?:\/\/\S+$/.test(url) && url.length <= SLACK_LIMITS.buttonUrl;
}

function section(text: string): SlackBlock {
  return { type: "section", text: { type: "mrkdwn", text } };
}

function context(text: string): SlackBlock {
  return { type: "context", elements: [{ type: "mrkdwn", text: truncate(text, SLACK_LIMITS.contextElementText) }] };
}

function actions(elements: SlackBlock[]): SlackBlock {
  return { type: "actions", elements: elements.slice(0, SLACK_LIMITS.buttonsPerActions) };
}
