import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { answerMessage } from "../../../functions/engine/answer-message.ts";
import { composeAnswer } from "../../../functions/engine/compose/answer.ts";
import { normalise } from "../../../functions/engine/normalise/normalise.ts";
import { retrieve } from "../../../functions/engine/retrieve/retrieve.ts";
import { parseFrontMatter } from "../../../functions/knowledge/front-matter.ts";
import { KNOWLEDGE_BASE } from "../../../functions/knowledge/generated/knowledge-base.ts";
import { ANSWER_WORDS, countWords, TopicSourceSchema } from "../../../functions/knowledge/topic-source.ts";
import { compileKnowledgeBase, knowledgeBaseModule } from "../../../scripts/kb/compile.ts";
import { GENERATED_MODULE, readTopics } from "../../../scripts/kb/read-topics.ts";
import { DISCORD_LIMITS } from "../../../shared/render/discord.ts";
import { markdownToMrkdwn, SLACK_LIMITS } from "../../../shared/render/slack.ts";
import { DEFAULT_CONFIG } from "../../../shared/schemas/community-config.ts";

/** The topics issue 4 requires by id. */
const REQUIRED_IDS = [
  "therapeutic-alliance",
  "we-in-therapy",
  "therapist-opinion-of-you",
  "questions-to-ask",
  "trust",
  "empathy",
  "genuineness",
  "collaboration-and-goals",
  "strong-relationship-qualities",
  "confidentiality",
  "active-listening",
  "raising-concerns",
  "ruptures-and-repair",
  "long-term-therapy",
  "common-factors",
  "boundaries",
  "feelings-toward-therapist",
  "therapist-self-disclosure",
  "finding-a-good-fit",
  "first-session",
  "peer-support-vs-therapy",
  "group-and-couples-therapy",
];

/** The topics written before front matter had `sources:`; every topic since must say where its facts come from. */
const WRITTEN_BEFORE_SOURCES = [
  ...REQUIRED_IDS,
  "how-therapy-works",
  "feeling-worse-after-sessions",
  "therapist-notes",
  "missed-sessions",
  "what-to-talk-about",
  "online-therapy",
  "talking-about-suicidal-thoughts",
  "talking-about-hard-things",
  "therapist-seems-distracted",
];

const topics = readTopics();
const ids = topics.map((topic) => topic.id);
const ask = (text: string) => {
  const match = retrieve(normalise(text), DEFAULT_CONFIG);
  return match?.source === "topic" ? match.topic : null;
};

describe("the knowledge base content", () => {
  it("has every required topic, each id once", () => {
    expect(ids).toEqual(expect.arrayContaining(REQUIRED_IDS));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("keeps every answer chat-sized: 80–250 words, within Discord's and Slack's limits with its title", () => {
    for (const topic of KNOWLEDGE_BASE.topics) {
      expect(countWords(topic.text), topic.id).toBeGreaterThanOrEqual(ANSWER_WORDS.min);
      expect(countWords(topic.text), topic.id).toBeLessThanOrEqual(ANSWER_WORDS.max);
      const posted = composeAnswer({ source: "topic", topic: topic.id }, DEFAULT_CONFIG, "full").text;
      expect(posted.length, topic.id).toBeLessThanOrEqual(DISCORD_LIMITS.content * 0.9);
      expect(markdownToMrkdwn(posted).length, topic.id).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    }
  });

  it("names its sources in every topic written since sources were required", () => {
    const unsourced = topics.filter((topic) => !WRITTEN_BEFORE_SOURCES.includes(topic.id) && !topic.sources?.length);
    expect(unsourced.map(({ id }) => id)).toEqual([]);
  });

  it("relates each topic only to topics that exist, never to itself", () => {
    for (const topic of topics) {
      for (const related of topic.related) {
        expect(ids, `${topic.id} → ${related}`).toContain(related);
        expect(related).not.toBe(topic.id);
      }
    }
  });

  it("ends each answer with a nudge to bring the question to one's own therapist", () => {
    for (const topic of topics) {
      expect(topic.nudge, topic.id).toMatch(/therapist/i);
      expect(KNOWLEDGE_BASE.topics.find(({ id }) => id === topic.id)?.text.endsWith(topic.nudge)).toBe(true);
    }
  });

  it("formats with **bold** and _italics_ only, which Discord, Slack and the page all render", () => {
    for (const topic of KNOWLEDGE_BASE.topics) {
      expect(topic.text.replace(/\*\*[^*\n]+\*\*/g, ""), topic.id).not.toContain("*");
      expect(topic.text, topic.id).not.toMatch(/^#|<[a-z]/m);
    }
  });

  it("stays psychoeducation: no medication or diagnosis talk in any answer", () => {
    for (const topic of KNOWLEDGE_BASE.topics) {
      expect(topic.text, topic.id).not.toMatch(/\b(medication|medicine|pills?|dosage|prescri\w*|diagnos\w*|antidepressants?)\b/i);
    }
  });

  it("reaches every topic by each of its own sample questions", () => {
    for (const topic of topics) {
      for (const sample of topic.samples) expect(ask(sample), `${topic.id}: "${sample}"`).toBe(topic.id);
    }
  });

  it("answers every follow-up with another topic, the one recorded at build time, past triage", () => {
    for (const topic of KNOWLEDGE_BASE.topics) {
      expect(topic.followUps.length, topic.id).toBeGreaterThanOrEqual(2);
      for (const followUp of topic.followUps) {
        // A tapped follow-up goes through the whole engine: one about suicidal thoughts must not read as a crisis.
        const reply = answerMessage({ text: followUp.question }, { config: DEFAULT_CONFIG });
        expect(reply.topic, `${topic.id}: "${followUp.question}"`).toBe(followUp.topic);
        expect(followUp.topic).not.toBe(topic.id);
      }
    }
  });

  it("ships a generated index that matches the topics (run npm run build:kb after editing one)", () => {
    const compiled = compileKnowledgeBase(topics);
    expect(readFileSync(GENERATED_MODULE, "utf8")).toBe(knowledgeBaseModule(compiled));
    // The postings are shipped compactly: they must read back as exactly what was indexed.
    expect(KNOWLEDGE_BASE.index).toEqual(compiled.index);
  });
});

describe("topic files are validated", () => {
  const valid = readFileSync("shared/content/topics/en/trust.md", "utf8");
  const parse = (source: string) => {
    const { data, body } = parseFrontMatter(source);
    return TopicSourceSchema.safeParse({ ...data, body });
  };

  it("accepts a real topic", () => {
    expect(parse(valid).success).toBe(true);
  });

  it("rejects an answer outside 80–250 words, too many follow-ups, or a bad id", () => {
    const { data, body } = parseFrontMatter(valid);
    const check = (change: Record<string, unknown>) => TopicSourceSchema.safeParse({ ...data, body, ...change }).success;
    expect(check({ body: "Too short." })).toBe(false);
    expect(check({ body: `${body} ${"word ".repeat(200)}` })).toBe(false);
    expect(check({ followUps: ["One?", "Two?", "Three?", "Four?", "Five?"] })).toBe(false);
    expect(check({ followUps: ["Only one?"] })).toBe(false);
    expect(check({ followUps: ["x".repeat(80), "Two?"] })).toBe(false);
    expect(check({ id: "Not A Slug" })).toBe(false);
    expect(check({ nudge: undefined })).toBe(false);
  });

  it("accepts sources as a URL with publisher, title and the date read, and rejects anything else", () => {
    const { data, body } = parseFrontMatter(valid);
    const check = (sources: string[]) => TopicSourceSchema.safeParse({ ...data, body, sources }).success;
    expect(check(["https://www.example.org/page/ (Publisher, Page title; read 2026-12-07)"])).toBe(true);
    expect(check(["https://www.example.org/page/"])).toBe(false);
    expect(check(["www.example.org (Publisher, Page title; read 2026-12-07)"])).toBe(false);
    expect(check(["https://www.example.org/page/ (Publisher, Page title)"])).toBe(false);
    expect(check([])).toBe(false);
  });

  it("rejects malformed front matter with the line at fault", () => {
    expect(() => parseFrontMatter("no front matter")).toThrow(/must start/);
    expect(() => parseFrontMatter("---\nid: x\n")).toThrow(/not closed/);
    expect(() => parseFrontMatter("---\n  - stray item\n---\n")).toThrow(/line 2: a list item outside a list/);
    expect(() => parseFrontMatter("---\nid: a\nid: b\n---\n")).toThrow(/line 3: "id" appears twice/);
    expect(() => parseFrontMatter("---\nnot a pair\n---\n")).toThrow(/line 2/);
  });

  it("reads lists and keeps quotes and colons in values literally", () => {
    const { data, body } = parseFrontMatter('---\ntitle: Why "we": a note\nsamples:\n  - one: two\n  - "three"\n---\nBody text.\n');
    expect(data).toEqual({ title: 'Why "we": a note', samples: ["one: two", '"three"'] });
    expect(body).toBe("Body text.");
  });
});
