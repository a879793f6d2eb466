// The English scorer's data modules as Node reads them (Node cannot import a `.txt`): the scripts and the Node tests.
// The Worker imports them as Text modules instead (scorer-text.workerd.ts).
import { readFileSync } from "node:fs";

const read = (name: string) => readFileSync(new URL(`./generated/${name}`, import.meta.url), "utf8");

export const SCORER_TEXT = { vectors: read("word-vectors.txt"), model: read("risk-model.txt") };
