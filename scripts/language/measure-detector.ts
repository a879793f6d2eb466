// `node scripts/language/measure-detector.ts`: the detector's accuracy on test/corpus/language-detection.json (150
// short chat messages, 30 per language, written for this measurement and used to tune the marker words: a
// development set, not a sealed one), with no locale, the member's own locale, and an en-US locale; and how many of
// the English corpora's messages it reads as English. The per-language sealed splits are measured by `npm run eval`.
import { readFileSync } from "node:fs";
import { detectLanguage } from "../../functions/engine/language/detect-language.ts";
import { percent } from "../../test/eval/report.ts";

interface Row {
  text: string;
  language: string;
  locale: string;
}
const rows = JSON.parse(readFileSync("test/corpus/language-detection.json", "utf8")) as Row[];
for (const [name, localeOf] of [
  ["no locale", () => undefined],
  ["own locale", (row: Row) => row.locale],
  ["en-US locale", () => "en-US"],
] as const) {
  const right = rows.filter((row) => detectLanguage(row.text, localeOf(row)) === row.language);
  const short = rows.filter((row) => row.text.length <= 12);
  const shortRight = short.filter((row) => detectLanguage(row.text, localeOf(row)) === row.language);
  const wrong = rows.filter((row) => !right.includes(row)).map((row) => `${row.language}:"${row.text}"→${detectLanguage(row.text, localeOf(row))}`);
  console.log(
    `${name}: ${percent(right.length / rows.length)} (${right.length}/${rows.length}); ≤ 12 characters ${shortRight.length}/${short.length}${wrong.length ? `; wrong: ${wrong.join(", ")}` : ""}`,
  );
}
// Regional wording (Austrian and Swiss German, Québécois and Belgian French, Castilian, Mexican and Argentine
// Spanish, Brazilian and European Portuguese): test/corpus/language-detection-dialects.json, a development set too.
const dialects = JSON.parse(readFileSync("test/corpus/language-detection-dialects.json", "utf8")) as (Row & { variant: string })[];
for (const [name, localeOf] of [
  ["no locale", () => undefined],
  ["own locale", (row: Row) => row.locale],
  ["en-US locale", () => "en-US"],
] as const) {
  const wrong = dialects.filter((row) => detectLanguage(row.text, localeOf(row)) !== row.language);
  const variants = [...new Set(dialects.map((row) => row.variant))].map((variant) => {
    const of = dialects.filter((row) => row.variant === variant);
    return `${variant} ${of.filter((row) => !wrong.includes(row)).length}/${of.length}`;
  });
  console.log(
    `Regional wording, ${name}: ${percent(1 - wrong.length / dialects.length)} (${dialects.length - wrong.length}/${dialects.length}): ${variants.join(", ")}` +
      (wrong.length ? `; wrong: ${wrong.map((row) => `${row.variant}:"${row.text}"→${detectLanguage(row.text, localeOf(row))}`).join(", ")}` : ""),
  );
}
// Many voices (test/corpus/language-detection-voices.json, a development set): loanwords and code-switching with
// English ("mi therapist", "me quiero morir, honestly"), short messages, chat spelling without accents, regional
// wording and words near another language, in the four languages.
const voices = JSON.parse(readFileSync("test/corpus/language-detection-voices.json", "utf8")) as (Row & { probe: string })[];
for (const [name, localeOf] of [
  ["own locale", (row: Row) => row.locale],
  ["no locale", () => undefined],
  ["en-US locale", () => "en-US"],
] as const) {
  const wrong = voices.filter((row) => detectLanguage(row.text, localeOf(row)) !== row.language);
  const probes = [...new Set(voices.map((row) => `${row.language} ${row.probe}`))].map((probe) => {
    const of = voices.filter((row) => `${row.language} ${row.probe}` === probe);
    return `${probe} ${of.filter((row) => !wrong.includes(row)).length}/${of.length}`;
  });
  console.log(`Many voices, ${name}: ${percent(1 - wrong.length / voices.length)} (${voices.length - wrong.length}/${voices.length}): ${probes.join(", ")}`);
}
let english = 0;
let total = 0;
for (const file of ["triage.json", "triage-holdout.json", "questions.json", "questions-holdout.json", "scorer-chat.json", "scorer-posts.json"]) {
  for (const { text } of JSON.parse(readFileSync(`test/corpus/${file}`, "utf8")) as { text: string }[]) {
    total++;
    if (detectLanguage(text) === "en") english++;
  }
}
console.log(`English corpora read as English: ${percent(english / total)} (${english}/${total})`);
