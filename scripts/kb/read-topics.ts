import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFrontMatter } from "../../functions/knowledge/front-matter.ts";
import { type TopicSource, TopicSourceSchema } from "../../functions/knowledge/topic-source.ts";

export const TOPICS_ROOT = "shared/content/topics";
export const TOPICS_DIR = `${TOPICS_ROOT}/en`;
export const GENERATED_MODULE = "functions/knowledge/generated/knowledge-base.ts";
/** The generated module that imports every language's knowledge base. */
export const REGISTRY_MODULE = "functions/knowledge/generated/knowledge-bases.ts";

/** A language's generated knowledge base (English keeps its original name). */
export function generatedModuleOf(language: string): string {
  return language === "en" ? GENERATED_MODULE : `functions/knowledge/generated/knowledge-base-${language}.ts`;
}

/** Languages with topics, English first. */
export function topicLanguages(root = "."): string[] {
  return readdirSync(join(root, TOPICS_ROOT), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && readdirSync(join(root, TOPICS_ROOT, entry.name)).some((name) => name.endsWith(".md")))
    .map((entry) => entry.name)
    .sort((a, b) => (a === "en" ? -1 : b === "en" ? 1 : a.localeCompare(b)));
}

/** Every topic file of a language, parsed and validated; the error names the file and the field. */
export function readTopics(root = ".", language = "en"): TopicSource[] {
  const topicsDir = `${TOPICS_ROOT}/${language}`;
  const dir = join(root, topicsDir);
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => {
      try {
        const { data, body } = parseFrontMatter(readFileSync(join(dir, name), "utf8"));
        const parsed = TopicSourceSchema.safeParse({ ...data, body });
        if (!parsed.success) {
          const issues = parsed.error.issues.map((issue) => `${issue.path.join(".") || "(topic)"}: ${issue.message}`);
          throw new Error(issues.join("; "));
        }
        if (`${parsed.data.id}.md` !== name) throw new Error(`id "${parsed.data.id}" does not match the file name`);
        return parsed.data;
      } catch (error) {
        throw new Error(`${topicsDir}/${name}: ${(error as Error).message}`);
      }
    });
}
