import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFrontMatter } from "../../functions/knowledge/front-matter.ts";
import { TopicSourceSchema, type TopicSource } from "../../functions/knowledge/topic-source.ts";

export const TOPICS_DIR = "shared/content/topics/en";
export const GENERATED_MODULE = "functions/knowledge/generated/knowledge-base.ts";

/** Every topic file, parsed and validated; the error names the file and the field. */
export function readTopics(root = "."): TopicSource[] {
  const dir = join(root, TOPICS_DIR);
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
        throw new Error(`${TOPICS_DIR}/${name}: ${(error as Error).message}`);
      }
    });
}
