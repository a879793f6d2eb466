// Every language but English, from test/corpus/<lang>/: the whole engine as a member meets it (the language
// told from the text and the row's locale, triage with that language's pack and English, retrieval in that
// language). Open files show progress; the sealed files (triage-sealed.json, questions-sealed.json) are the
// headline, measured here only. Issue 17's targets are shown beside the sealed figures; they do not fail the run.
import { answerMessage } from "../../functions/engine/answer-message.ts";
import { detectLanguage, languageEvidence } from "../../functions/engine/language/detect-language.ts";
import { answeredIn } from "../../functions/engine/language/languages.ts";
import { normalise } from "../../functions/engine/normalise/normalise.ts";
import { judgeInLanguages, packsFor } from "../../functions/engine/triage/judge-in-languages.ts";
import { TRIAGE_PACKS } from "../../functions/engine/triage/packs.ts";
import { DEFAULT_CONFIG } from "../../shared/schemas/community-config.ts";
import {
  BATCH_QUESTIONS_FILES,
  corpusLanguages,
  isHeldOutQuestionsFile,
  OPEN_QUESTIONS_FILE,
  OPEN_TRIAGE_FILES,
  openQuestionRows,
  openTriageRows,
  PARAPHRASE_QUESTIONS_FILE,
  type QuestionRow,
  SEALED_QUESTIONS_FILE,
  SEALED_TRIAGE_FILE,
  sealedQuestionRows,
  sealedTriageRows,
  type TriageRow,
} from "./language-corpora.ts";
import { type EvaluationReport, percent, table } from "./report.ts";

/** Issue 17's targets on each language's sealed split. */
export const LANGUAGE_TARGETS = { crisisOrCheckIn: 0.95, figurativeFlagged: 0.03, replyLanguage: 1, top1: 0.85 };

interface TriageFigures {
  crises: number;
  crisisReply: number;
  crisisOrCheckIn: number;
  redirects: number;
  redirectRight: number;
  benign: number;
  benignCrisis: number;
  benignFlagged: number;
  figurative: number;
  figurativeFlagged: number;
  rows: number;
  languageRight: number;
}

/** The locale a row's member would have (older rows name it `variant`). */
function localeOf(row: { locale?: string; variant?: string }): string | undefined {
  return row.locale ?? row.variant;
}

export function measureTriage(language: string, rows: readonly TriageRow[]): TriageFigures {
  const f: TriageFigures = {
    crises: 0,
    crisisReply: 0,
    crisisOrCheckIn: 0,
    redirects: 0,
    redirectRight: 0,
    benign: 0,
    benignCrisis: 0,
    benignFlagged: 0,
    figurative: 0,
    figurativeFlagged: 0,
    rows: 0,
    languageRight: 0,
  };
  for (const row of rows) {
    const locale = localeOf(row);
    const evidence = languageEvidence(row.text, locale);
    const { risk, triaged } = judgeInLanguages(normalise(row.text), evidence.nearest, packsFor(evidence.nearest, evidence.mentioned));
    f.rows++;
    if (answeredIn(detectLanguage(row.text, locale)) === (row.language ?? language)) f.languageRight++;
    if (row.expect === "crisis") {
      f.crises++;
      if (risk.level === "crisis") f.crisisReply++;
      if (risk.level !== "none") f.crisisOrCheckIn++;
    } else if (row.expect === "redirect") {
      f.redirects++;
      if (risk.level === "none" && triaged?.kind === "redirect" && triaged.reason === row.reason) f.redirectRight++;
    } else {
      f.benign++;
      if (risk.level === "crisis") f.benignCrisis++;
      if (risk.level !== "none") f.benignFlagged++;
      if (row.category === "figurative") {
        f.figurative++;
        if (risk.level !== "none") f.figurativeFlagged++;
      }
    }
  }
  return f;
}

interface RetrievalFigures {
  questions: number;
  top1: number;
  outOfScope: number;
  outOfScopeRight: number;
  languageRight: number;
}

export function measureRetrieval(language: string, rows: readonly QuestionRow[]): RetrievalFigures {
  const f: RetrievalFigures = { questions: 0, top1: 0, outOfScope: 0, outOfScopeRight: 0, languageRight: 0 };
  for (const row of rows) {
    const answer = answerMessage({ text: row.text, locale: localeOf(row) }, { config: DEFAULT_CONFIG });
    if (answer.language === language) f.languageRight++;
    if (row.topic) {
      f.questions++;
      if (answer.kind === "answer" && answer.topic === row.topic) f.top1++;
    } else {
      f.outOfScope++;
      if (answer.kind !== "answer") f.outOfScopeRight++;
    }
  }
  return f;
}

const share = (part: number, whole: number) => (whole === 0 ? "—" : `${percent(part / whole)} (${part}/${whole})`);
const mark = (part: number, whole: number, ok: (value: number) => boolean) => (whole === 0 ? "" : ok(part / whole) ? " ✓" : " BELOW TARGET");

/** `openOnly`: the open files alone (while building a pack, so a sealed split is not looked at before its first real run). */
export function languageEvaluation(languages: readonly string[] = corpusLanguages(), { openOnly = false } = {}): EvaluationReport {
  const lines: string[] = [];
  for (const language of languages) {
    const registered = Object.hasOwn(TRIAGE_PACKS, language);
    lines.push(`### ${language}${registered ? "" : " (no pack registered: read with English only)"}`, "");
    const triageFiles: [string, TriageRow[], boolean][] = [
      ...openTriageRows(language).map(({ file, rows }): [string, TriageRow[], boolean] => [file, rows, false]),
      [SEALED_TRIAGE_FILE, openOnly ? [] : sealedTriageRows(language), true],
    ];
    const triageRows = triageFiles
      .filter(([, rows]) => rows.length > 0)
      .map(([file, rows, sealed]) => {
        const f = measureTriage(language, rows);
        const t = LANGUAGE_TARGETS;
        return [
          file,
          share(f.crisisReply, f.crises),
          share(f.crisisOrCheckIn, f.crises) + (sealed ? mark(f.crisisOrCheckIn, f.crises, (v) => v >= t.crisisOrCheckIn) : ""),
          share(f.redirectRight, f.redirects),
          share(f.benignCrisis, f.benign),
          share(f.benignFlagged, f.benign),
          share(f.figurativeFlagged, f.figurative) + (sealed ? mark(f.figurativeFlagged, f.figurative, (v) => v <= t.figurativeFlagged) : ""),
          share(f.languageRight, f.rows) + (sealed ? mark(f.languageRight, f.rows, (v) => v >= t.replyLanguage) : ""),
        ];
      });
    if (triageRows.length > 0) {
      lines.push(
        ...table(
          [
            "triage file",
            "crises: crisis reply",
            "crisis or check-in",
            "redirects right",
            "others: crisis",
            "others: crisis or check-in",
            "figurative flagged",
            "reply language",
          ],
          triageRows,
        ),
        "",
      );
    } else lines.push(`No triage corpus (${[...OPEN_TRIAGE_FILES, SEALED_TRIAGE_FILE].join(", ")}).`, "");
    const questionFiles: [string, QuestionRow[], boolean][] = [
      [OPEN_QUESTIONS_FILE, openQuestionRows(language), false],
      [PARAPHRASE_QUESTIONS_FILE, openQuestionRows(language, PARAPHRASE_QUESTIONS_FILE), false],
      ...BATCH_QUESTIONS_FILES.map((file): [string, QuestionRow[], boolean] => [
        isHeldOutQuestionsFile(language, file) ? `${file} (held out)` : file,
        openQuestionRows(language, file),
        false,
      ]),
      [SEALED_QUESTIONS_FILE, openOnly ? [] : sealedQuestionRows(language), true],
    ];
    const questionRows = questionFiles
      .filter(([, rows]) => rows.length > 0)
      .map(([file, rows, sealed]) => {
        const f = measureRetrieval(language, rows);
        return [
          file,
          share(f.top1, f.questions) + (sealed ? mark(f.top1, f.questions, (v) => v >= LANGUAGE_TARGETS.top1) : ""),
          share(f.outOfScopeRight, f.outOfScope),
          share(f.languageRight, f.questions + f.outOfScope),
        ];
      });
    if (questionRows.length > 0) lines.push(...table(["questions file", "top-1 right", "not questions: no topic", "reply language"], questionRows), "");
  }
  return {
    title: "Other languages (test/corpus/<lang>/): the whole engine per language",
    lines: [
      `Targets on each sealed split (issue 17): crisis or check-in ≥ ${percent(LANGUAGE_TARGETS.crisisOrCheckIn)}, figures of speech flagged ≤ ${percent(LANGUAGE_TARGETS.figurativeFlagged)},`,
      `reply in the right language ${percent(LANGUAGE_TARGETS.replyLanguage)}, knowledge-base top-1 ≥ ${percent(LANGUAGE_TARGETS.top1)}. Sealed files are never trained or tuned on.`,
      "",
      ...(languages.length > 0 ? lines : ["No language corpora yet."]),
    ],
    failures: [],
  };
}
