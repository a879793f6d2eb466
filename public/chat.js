// The chat page's only script: posts the question to /v1/answer and renders the reply with DOM methods and
// textContent, never parsed as HTML, so no reply or question can inject markup. Served as a static asset (public/).
const form = document.getElementById("ask");
const input = document.getElementById("question");
const button = form.querySelector("button");
const log = document.getElementById("conversation");
const LOCALE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(navigator.language) ? navigator.language : undefined;

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const NUMBER = /^\+?[0-9][0-9 -]{1,18}[0-9]$/;
const digits = (value) => value.replace(/[^0-9+]/g, "");

// A number the reply asks you to call, text or message becomes a link you can tap, so the list below
// need not repeat it: "call **116 123**" → tel:, "text **SHOUT to 85258**" → sms:, WhatsApp → wa.me.
function contactLink(number, before, after) {
  const sms = /^(?:[A-Z0-9]{2,12} to )?([0-9][0-9 -]{1,14}[0-9])$/.exec(number);
  if (/\b(?:call|on)\s*$/i.test(before) && NUMBER.test(number)) return safeLink(number, `tel:${digits(number)}`);
  if (/\bmessage\s*$/i.test(before) && /^\s*on WhatsApp/.test(after) && NUMBER.test(number))
    return safeLink(number, `https://wa.me/${digits(number).replace("+", "")}`);
  if (/\btext\s*$/i.test(before) && sms) return safeLink(number, `sms:${digits(sms[1])}`);
  return undefined;
}

function appendInline(parent, text) {
  const parts = text.split(/(\*\*[^*]+\*\*|\b_[^_]+_\b|\[[^\]]+\]\(https:\/\/[^)\s]+\))/);
  parts.forEach((part, index) => {
    if (!part) return;
    const bold = /^\*\*([^*]+)\*\*$/.exec(part);
    const italic = /^_([^_]+)_$/.exec(part);
    const link = /^\[([^\]]+)\]\((https:\/\/[^)\s]+)\)$/.exec(part);
    const contact = bold && contactLink(bold[1], parts[index - 1] || "", parts[index + 1] || "");
    if (contact) {
      const strong = element("strong");
      strong.append(contact);
      parent.append(strong);
    } else if (bold) parent.append(element("strong", "", bold[1]));
    else if (italic) parent.append(element("em", "", italic[1]));
    else if (link) parent.append(safeLink(link[1], link[2]));
    else parent.append(document.createTextNode(part));
  });
}

function safeLink(label, href) {
  const anchor = element("a", "", label);
  if (/^(https:\/\/|tel:\+?[0-9]+$|sms:\+?[0-9]+$)/.test(href)) anchor.href = href;
  anchor.rel = "noopener noreferrer";
  if (href.startsWith("https://")) anchor.target = "_blank";
  return anchor;
}

function appendMarkdown(parent, markdown) {
  for (const block of markdown.split(/\n{2,}/)) {
    const lines = block.split("\n");
    if (lines.every((line) => /^\s*[-*•] /.test(line))) {
      const list = element("ul");
      for (const line of lines) {
        const item = element("li");
        appendInline(item, line.replace(/^\s*[-*•] /, ""));
        list.append(item);
      }
      parent.append(list);
    } else {
      const paragraph = element("p");
      lines.forEach((line, index) => {
        if (index > 0) paragraph.append(element("br"));
        appendInline(paragraph, line);
      });
      parent.append(paragraph);
    }
  }
}

// The resources the reply's text has not already given: each number and link is shown once, in the text
// where the reply names it (and made tappable there), else here.
function appendResources(parent, resources, replyText) {
  const list = element("ul", "resources");
  for (const resource of resources) {
    const contacts = [
      resource.phone && [`call ${resource.phone}`, `tel:${digits(resource.phone)}`, resource.phone],
      resource.sms && [`text ${resource.sms}`, `sms:${digits(resource.sms.replace(/^.* to /, ""))}`, resource.sms],
      resource.whatsapp && [`WhatsApp ${resource.whatsapp}`, `https://wa.me/${digits(resource.whatsapp).replace("+", "")}`, resource.whatsapp],
      resource.url && [resource.url, resource.url, resource.url],
    ].filter((contact) => contact && !replyText.includes(contact[2]));
    if (contacts.length === 0) continue;
    const item = element("li");
    item.append(element("strong", "", resource.name + (resource.hours ? ` (${resource.hours})` : "")));
    for (const [label, href] of contacts) item.append(" · ", safeLink(label, href));
    list.append(item);
  }
  if (list.childElementCount > 0) parent.append(list);
}

// A short answer offers the rest: "Tell me more" puts the whole answer (the reply's `more`) in its place, no new request.
function appendAnswer(parent, body) {
  const text = element("div", "answer-text");
  appendMarkdown(text, String(body.text || ""));
  parent.append(text);
  if (typeof body.more !== "string" || body.more === "") return;
  const more = element("button", "tell-me-more", "Tell me more");
  more.type = "button";
  more.addEventListener("click", () => {
    text.replaceChildren();
    appendMarkdown(text, body.more);
    text.tabIndex = -1;
    more.remove();
    text.focus();
  });
  parent.append(more);
}

function appendFollowUps(parent, followUps) {
  if (followUps.length === 0) return;
  const group = element("div", "follow-ups");
  group.setAttribute("role", "group");
  group.setAttribute("aria-label", "You could also ask");
  for (const question of followUps) {
    const choice = element("button", "follow-up", question);
    choice.type = "button";
    choice.addEventListener("click", () => ask(question));
    group.append(choice);
  }
  parent.append(group);
}

function say(who, build) {
  const bubble = element("div", `message ${who}`);
  bubble.append(element("span", "visually-hidden", who === "you" ? "You said:" : "Alliance replied:"));
  build(bubble);
  log.append(bubble);
  bubble.scrollIntoView({ block: "nearest" });
  return bubble;
}

async function ask(text) {
  const question = text.trim();
  if (!question) return;
  say("you", (bubble) => bubble.append(element("p", "", question)));
  button.disabled = true;
  form.setAttribute("aria-busy", "true");
  try {
    const response = await fetch("/v1/answer", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: question, platform: "web", locale: LOCALE }),
    });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      const message = body?.error && typeof body.error.message === "string" ? body.error.message : "Something went wrong.";
      say("alliance error", (bubble) => bubble.append(element("p", "", message)));
      return;
    }
    say("alliance", (bubble) => {
      appendAnswer(bubble, body);
      appendResources(bubble, Array.isArray(body.resources) ? body.resources : [], String(body.text || ""));
      appendFollowUps(bubble, Array.isArray(body.followUps) ? body.followUps : []);
    });
  } catch {
    say("alliance error", (bubble) =>
      bubble.append(element("p", "", "I couldn't reach Alliance. If you are not safe right now, please call your local emergency number.")),
    );
  } finally {
    button.disabled = false;
    form.removeAttribute("aria-busy");
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = input.value;
  input.value = "";
  input.focus();
  ask(text);
});
input.addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey) {
    event.preventDefault();
    form.requestSubmit();
  }
});
