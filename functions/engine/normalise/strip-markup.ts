/**
 * Discord and Slack markup reduced to the words a person would read. Mentions become "@user",
 * links keep their label, code, spoilers, quotes and emphasis keep their text (risk can hide in a
 * spoiler or a code block), and laughing emoji become "lol" so triage can tell a joke from a plea.
 * Each pass runs only when its marker character is present; every pattern is linear.
 */
const ANGLE_MARKUP =
  /<(?:([@#])([!&]?)([A-Za-z0-9]{1,40})(?:\|([^<>\n]{0,80}))?|(a?):([A-Za-z0-9_~]{1,40}):\d{5,25}|!([a-z]{1,20})(?:\^[^<>|\n]{0,80})?(?:\|([^<>\n]{0,80}))?|t:\d{1,15}(?::[A-Za-z])?|\/[^<>:\n]{1,60}:\d{5,25}|((?:https?|mailto):[^<>|\s]{1,500})(?:\|([^<>\n]{0,200}))?)>/g;
const MARKDOWN_LINK = /\[([^[\]\n]{0,200})\]\(<?https?:\/\/[^()\s]{0,500}>?\)/g;
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>]+/g;
const CODE_FENCE = /```[A-Za-z0-9+#-]{0,20}(?=\n)|`+/g;
const LINE_PREFIX = /^[ \t]*(?:>{1,3}|-#|#{1,3}|[-*+]|\d{1,3}[.)])[ \t]+/gm;
const EMPHASIS = /(?<![\p{L}\p{N}])[*_~]+|[*_~]+(?![\p{L}\p{N}])/gu;
const EMOJI_CODE = /:([a-z][a-z0-9_+-]{1,31}):/gi;
const PICTOGRAPH = /\p{Extended_Pictographic}/gu;
/** The code ranges pictographs live in, a cheap test before the Unicode-property scan. */
const MAYBE_PICTOGRAPH = /[\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u2bff\u3030\u303d\u3297\u3299\ud83c-\ud83e]/;
const ENTITY = /&(amp|lt|gt|quot|#39);/g;
const AT_EVERYONE = /@(?:everyone|here)\b/g;

const LAUGHING_EMOJI = new Set(["😂", "🤣", "💀", "☠", "😹", "😆", "😅", "😄", "😁", "😜", "🙃"]);
const LAUGHING_CODES = new Set([
  "joy",
  "rofl",
  "skull",
  "skull_crossbones",
  "laughing",
  "satisfied",
  "sweat_smile",
  "joy_cat",
  "stuck_out_tongue_winking_eye",
  "upside_down",
  "lmao",
  "kekw",
  "omegalul",
  "lul",
  "pepelaugh",
]);
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };

/** `ascii`: the caller has found no character above U+007F in `raw` (then no pictograph can be there either). */
export function stripMarkup(raw: string, ascii = false): string {
  let text = raw;
  if (text.includes("<")) text = text.replace(ANGLE_MARKUP, angleMarkup);
  if (text.includes("](")) text = text.replace(MARKDOWN_LINK, " $1 ");
  if (text.includes("http") || text.includes("www.")) text = text.replace(BARE_URL, " ");
  if (text.includes("`")) text = text.replace(CODE_FENCE, " ");
  if (text.includes("||")) text = text.replaceAll("||", " ");
  if (/(?:^|\n)[ \t]*(?:[>#*+-]|\d{1,3}[.)])/.test(text)) text = text.replace(LINE_PREFIX, "");
  if (/[*_~]/.test(text)) text = text.replace(EMPHASIS, " ");
  if (text.includes(":")) text = text.replace(EMOJI_CODE, (_, name: string) => (LAUGHING_CODES.has(name.toLowerCase()) ? " lol " : " "));
  if (!ascii && MAYBE_PICTOGRAPH.test(text)) text = text.replace(PICTOGRAPH, (emoji) => (LAUGHING_EMOJI.has(emoji) ? " lol " : " "));
  if (text.includes("&")) text = text.replace(ENTITY, (_, name: string) => ENTITIES[name] ?? "");
  if (text.includes("@")) text = text.replace(AT_EVERYONE, " ");
  return text;
}

function angleMarkup(
  _whole: string,
  sigil: string | undefined,
  kind: string | undefined,
  _id: string | undefined,
  label: string | undefined,
  _animated: string | undefined,
  emojiName: string | undefined,
  special: string | undefined,
  specialLabel: string | undefined,
  url: string | undefined,
  urlLabel: string | undefined,
): string {
  if (sigil === "@") return kind === "&" ? " @role " : " @user ";
  if (sigil === "#") return label ? ` #${label} ` : " #channel ";
  if (emojiName !== undefined) return LAUGHING_CODES.has(emojiName.toLowerCase()) ? " lol " : " ";
  if (special !== undefined) return special === "date" && specialLabel ? ` ${specialLabel} ` : " ";
  if (url !== undefined) return urlLabel ? ` ${urlLabel} ` : " ";
  return " ";
}
