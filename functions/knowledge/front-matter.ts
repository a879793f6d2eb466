/**
 * Splits a topic file into its front matter and Markdown body. The front matter is a small,
 * strict subset of YAML: `key: value` lines, and `key:` followed by `  - item` lines for lists.
 * Values are taken literally (no quoting rules), so questions can contain quotes and colons.
 */
export interface FrontMatterDocument {
  data: Record<string, string | string[]>;
  body: string;
}

export function parseFrontMatter(source: string): FrontMatterDocument {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  if (lines[0] !== "---") throw new Error("must start with a --- front matter line");
  const end = lines.indexOf("---", 1);
  if (end < 0) throw new Error("front matter is not closed with ---");
  const data: Record<string, string | string[]> = {};
  let listKey: string | undefined;
  lines.slice(1, end).forEach((line, offset) => {
    const where = `line ${offset + 2}`;
    if (line.trim() === "") return;
    const item = /^\s+- (.+)$/.exec(line);
    if (item) {
      const list = listKey === undefined ? undefined : data[listKey];
      if (!Array.isArray(list)) throw new Error(`${where}: a list item outside a list`);
      list.push(item[1]!.trim());
      return;
    }
    const pair = /^([A-Za-z][A-Za-z0-9]*):(?: (.*))?$/.exec(line);
    if (!pair) throw new Error(`${where}: expected "key: value" or "  - item"`);
    const [, key, value] = pair;
    if (key! in data) throw new Error(`${where}: "${key}" appears twice`);
    const text = value?.trim() ?? "";
    data[key!] = text === "" ? [] : text;
    listKey = text === "" ? key : undefined;
  });
  return {
    data,
    body: lines
      .slice(end + 1)
      .join("\n")
      .trim(),
  };
}
