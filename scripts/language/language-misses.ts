// The open rows whose reply language is wrong (`npx node scripts/language/language-misses.ts es [de …]`): for
// finding what the detector misreads, on test/corpus/<lang>/'s open files only (never a sealed file).
import { readdirSync, readFileSync } from "node:fs";
import { detectLanguage, languageEvidence } from "../../functions/engine/language/detect-language.ts";
import { answeredIn } from "../../functions/engine/language/languages.ts";

const languages = process.argv.slice(2);
for (const language of languages.length > 0 ? languages : ["es", "pt", "fr", "de"]) {
  const files = readdirSync(`test/corpus/${language}`).filter((file) => file.endsWith(".json") && !file.includes("sealed"));
  let rows = 0;
  let wrong = 0;
  for (const file of files) {
    const parsed = JSON.parse(readFileSync(`test/corpus/${language}/${file}`, "utf8")) as {
      text: string;
      locale?: string;
      variant?: string;
      language?: string;
    }[];
    for (const row of parsed) {
      const locale = row.locale ?? row.variant;
      rows++;
      const read = answeredIn(detectLanguage(row.text, locale));
      if (read === (row.language ?? language)) continue;
      wrong++;
      console.log(`${language} ${file} [${locale ?? "no locale"}] read ${read} (nearest ${languageEvidence(row.text, locale).nearest}): ${row.text}`);
    }
  }
  console.log(`${language}: ${wrong} of ${rows} open rows in the wrong language`);
}
