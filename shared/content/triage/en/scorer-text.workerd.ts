// The English scorer's data modules as workerd loads them: wrangler's (and the vitest pool's) default rule makes a
// `.txt` import a Text module, a string that V8 never parses as JavaScript. Node reads the same files in
// scorer-text.node.ts; package.json's `imports` ("#english-scorer-text") picks one by the "workerd" condition.
import model from "./generated/risk-model.txt";
import vectors from "./generated/word-vectors.txt";

export const SCORER_TEXT = { vectors, model };
