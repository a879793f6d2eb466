import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFrontMatter } from "../../../../functions/knowledge/front-matter.ts";
import { KNOWLEDGE_BASE } from "../../../../functions/knowledge/generated/knowledge-base.ts";
import { countSentences, LEAD, TopicSourceSchema } from "../../../../functions/knowledge/topic-source.ts";

const TOPICS_ROOT = "shared/content/topics";

/** Every topic file of every language folder (en, es, pt, fr, de, and any added later). */
const topicFiles = readdirSync(TOPICS_ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) =>
    readdirSync(join(TOPICS_ROOT, dir.name))
      .filter((name) => name.endsWith(".md"))
      .map((name) => join(TOPICS_ROOT, dir.name, name)),
  );

describe("every topic leads with a short answer", () => {
  it("finds the English topics and any other language's", () => {
    expect(topicFiles.filter((path) => path.includes("/en/")).length).toBeGreaterThanOrEqual(39);
  });

  it.each(topicFiles)("%s has a lead of at most 400 characters", (path) => {
    const { data } = parseFrontMatter(readFileSync(path, "utf8"));
    const lead = data.lead;
    expect(typeof lead, "`lead:` must be one line of text").toBe("string");
    expect((lead as string).trim().length).toBeGreaterThan(0);
    expect((lead as string).length).toBeLessThanOrEqual(LEAD.maxChars);
  });

  it("ships each English lead in the generated knowledge base, shorter than the whole answer", () => {
    for (const topic of KNOWLEDGE_BASE.topics) {
      expect(topic.lead.length, topic.id).toBeLessThanOrEqual(LEAD.maxChars);
      expect(countSentences(topic.lead), topic.id).toBeGreaterThanOrEqual(LEAD.minSentences);
      expect(countSentences(topic.lead), topic.id).toBeLessThanOrEqual(LEAD.maxSentences);
      expect(topic.text.length, topic.id).toBeGreaterThan(topic.lead.length * 2);
    }
  });
});

describe("a topic's lead is validated", () => {
  const { data, body } = parseFrontMatter(readFileSync(`${TOPICS_ROOT}/en/trust.md`, "utf8"));
  const check = (lead: unknown) => TopicSourceSchema.safeParse({ ...data, body, lead }).success;

  it("accepts two or three sentences within 400 characters", () => {
    expect(check("Trust grows slowly. That's okay.")).toBe(true);
    expect(check('Ask "how is it going?" at the start. It helps. Really.')).toBe(true);
  });

  it("rejects a missing, empty, one-sentence, four-sentence or over-long lead", () => {
    expect(check(undefined)).toBe(false);
    expect(check("")).toBe(false);
    expect(check("Just one sentence here.")).toBe(false);
    expect(check("One. Two. Three. Four.")).toBe(false);
    expect(check(`${"A sentence of words. ".repeat(3)}${"x".repeat(400)}`)).toBe(false);
  });

  it("counts sentences as a reader does", () => {
    expect(countSentences('Saying "Can we talk?" is a good way in. It helps.')).toBe(2);
    expect(countSentences("Vale. ¿Por qué no? Claro.")).toBe(3);
    expect(countSentences("No ending")).toBe(0);
  });
});
