import { normalise } from "../../functions/engine/normalise/normalise.ts";
import { compiledPack } from "../../functions/engine/triage/compiled-pack.ts";
import { findCues, MessageScan } from "../../functions/engine/triage/find-cues.ts";
import { ENGLISH } from "../../functions/engine/triage/packs.ts";
import { type TriageResult, triage } from "../../functions/engine/triage/triage.ts";
import { CRISIS_REASONS, REDIRECT_REASONS } from "../../shared/schemas/answer.ts";
import questions from "../corpus/questions.json" with { type: "json" };
import corpus from "../corpus/triage.json" with { type: "json" };
import holdout from "../corpus/triage-holdout.json" with { type: "json" };
import { type EvaluationReport, percent, table } from "./report.ts";

/** One labelled message of test/corpus/triage.json. */
export interface TriageCase {
  text: string;
  expect: "crisis" | "redirect" | "benign";
  reason?: string;
  category: string;
}

/** The thresholds the suite enforces (issue 3): every crisis caught, almost no false alarms. */
export const MIN_CRISIS_RECALL = 0.98;
export const MAX_BENIGN_AS_CRISIS = 0.02;

const KINDS = ["crisis", "redirect", "benign"] as const;
type Kind = (typeof KINDS)[number];

interface Outcome {
  case: TriageCase;
  kind: Kind;
  reason: string | null;
}

export function triageEvaluation(cases: readonly TriageCase[] = corpus as TriageCase[]): EvaluationReport {
  const failures = invalidLabels(cases);
  const outcomes = cases.map((entry): Outcome => {
    const result: TriageResult = triage(normalise(entry.text));
    return { case: entry, kind: result?.kind ?? "benign", reason: result?.reason ?? null };
  });
  const label = (kind: Kind, reason: string | null | undefined) => (kind === "benign" ? "benign" : `${kind}:${reason}`);
  const expected = (outcome: Outcome) => label(outcome.case.expect, outcome.case.reason);
  const actual = (outcome: Outcome) => label(outcome.kind, outcome.reason);

  const crises = outcomes.filter((outcome) => outcome.case.expect === "crisis");
  const missedCrises = crises.filter((outcome) => outcome.kind !== "crisis");
  const crisisRecall = ratio(crises.length - missedCrises.length, crises.length);
  const flaggedAsCrisis = outcomes.filter((outcome) => outcome.kind === "crisis");
  const caughtCrises = flaggedAsCrisis.filter((outcome) => outcome.case.expect === "crisis").length;
  const crisisPrecision = ratio(caughtCrises, flaggedAsCrisis.length);
  const benign = outcomes.filter((outcome) => outcome.case.expect === "benign");
  const falseAlarms = benign.filter((outcome) => outcome.kind === "crisis");
  const falseAlarmRate = ratio(falseAlarms.length, benign.length);
  const redirects = outcomes.filter((outcome) => outcome.case.expect === "redirect");
  const exact = outcomes.filter((outcome) => expected(outcome) === actual(outcome)).length;
  const crisisReasonRight = crises.filter((outcome) => outcome.kind === "crisis" && outcome.reason === outcome.case.reason).length;

  const lines = [
    `${cases.length} labelled messages (test/corpus/triage.json): ${crises.length} crisis, ${redirects.length} redirect, ${benign.length} benign.`,
    "",
    `Crisis recall            ${percent(crisisRecall)}  (${crises.length - missedCrises.length}/${crises.length}; threshold ${percent(MIN_CRISIS_RECALL)})`,
    `Crisis precision         ${percent(crisisPrecision)}  (${caughtCrises}/${flaggedAsCrisis.length})`,
    `Benign flagged as crisis ${percent(falseAlarmRate)}  (${falseAlarms.length}/${benign.length}; threshold ${percent(MAX_BENIGN_AS_CRISIS)})`,
    `Crisis reason right      ${percent(ratio(crisisReasonRight, crises.length))}  (${crisisReasonRight}/${crises.length})`,
    `Redirect accuracy        ${percent(ratio(redirects.filter((o) => expected(o) === actual(o)).length, redirects.length))}`,
    `Exact (kind and reason)  ${percent(ratio(exact, cases.length))}  (${exact}/${cases.length})`,
    "",
    "Confusion of kinds (rows expected, columns actual):",
    ...table(
      ["expected \\ actual", ...KINDS],
      KINDS.map((kind) => [kind, ...KINDS.map((got) => outcomes.filter((o) => o.case.expect === kind && o.kind === got).length)]),
    ),
    "",
    "By label (precision: of messages given the label, how many should have it; recall: of messages that should, how many got it):",
    ...table(["label", "expected", "given", "precision", "recall"], labelRows(outcomes, expected, actual)),
    "",
    "Redirect accuracy by reason:",
    ...table(
      ["reason", "n", "right", "accuracy"],
      REDIRECT_REASONS.map((reason) => {
        const group = redirects.filter((o) => o.case.reason === reason);
        const right = group.filter((o) => o.kind === "redirect" && o.reason === reason).length;
        return [reason, group.length, right, percent(ratio(right, group.length))];
      }),
    ),
    "",
    "By category (recall: exactly right, kind and reason):",
    ...table(["category", "expect", "n", "right", "recall"], categoryRows(outcomes, expected, actual)),
  ];

  const knowledge = knowledgeQuestions(questions as { text: string }[]);
  lines.push("", ...knowledge.lines);

  const wrong = outcomes.filter((outcome) => expected(outcome) !== actual(outcome));
  if (wrong.length > 0) {
    lines.push("", "Wrong (expected → actual):", ...wrong.map((o) => `  ${expected(o)} → ${actual(o)}: ${oneLine(o.case.text)}`));
  }
  if (crisisRecall < MIN_CRISIS_RECALL) {
    failures.push(
      `crisis recall ${percent(crisisRecall)} is below ${percent(MIN_CRISIS_RECALL)}; missed:`,
      ...missedCrises.map((o) => `  ${oneLine(o.case.text)}`),
    );
  }
  if (falseAlarmRate > MAX_BENIGN_AS_CRISIS) {
    failures.push(
      `${percent(falseAlarmRate)} of benign messages were flagged as crisis (at most ${percent(MAX_BENIGN_AS_CRISIS)}):`,
      ...falseAlarms.map((o) => `  ${oneLine(o.case.text)}`),
    );
  }
  failures.push(...knowledge.failures, ...gatingDifferences([...cases, ...(holdout as TriageCase[])]));
  return { title: "Triage", lines, failures };
}

/**
 * The knowledge base's own corpus (questions about therapy, and off-topic decoys, written for retrieval
 * by someone else): none of it is a crisis, so it is an independent check on false alarms.
 */
function knowledgeQuestions(entries: readonly { text: string }[]): { lines: string[]; failures: string[] } {
  const results = entries.map((entry) => ({ text: entry.text, result: triage(normalise(entry.text)) }));
  const crises = results.filter(({ result }) => result?.kind === "crisis");
  const redirected = results.filter(({ result }) => result?.kind === "redirect");
  const rate = ratio(crises.length, entries.length);
  const lines = [
    `Knowledge-base questions (test/corpus/questions.json, none a crisis): ${entries.length}; flagged as crisis ${crises.length} (${percent(rate)}), redirected ${redirected.length}.`,
    ...[...crises, ...redirected].map(({ text, result }) => `  ${result?.kind}:${result?.reason}: ${oneLine(text)}`),
  ];
  const failures =
    rate > MAX_BENIGN_AS_CRISIS ? [`${percent(rate)} of knowledge-base questions were flagged as crisis (at most ${percent(MAX_BENIGN_AS_CRISIS)})`] : [];
  return { lines, failures };
}

function labelRows(outcomes: readonly Outcome[], expected: (o: Outcome) => string, actual: (o: Outcome) => string): (string | number)[][] {
  const labels = [...CRISIS_REASONS.map((reason) => `crisis:${reason}`), ...REDIRECT_REASONS.map((reason) => `redirect:${reason}`), "benign"];
  return labels.map((label) => {
    const should = outcomes.filter((o) => expected(o) === label);
    const given = outcomes.filter((o) => actual(o) === label);
    const right = should.filter((o) => actual(o) === label).length;
    return [label, should.length, given.length, percent(ratio(right, given.length)), percent(ratio(right, should.length))];
  });
}

function categoryRows(outcomes: readonly Outcome[], expected: (o: Outcome) => string, actual: (o: Outcome) => string): (string | number)[][] {
  const categories = [...new Set(outcomes.map((o) => o.case.category))];
  return categories.map((category) => {
    const group = outcomes.filter((o) => o.case.category === category);
    const right = group.filter((o) => expected(o) === actual(o)).length;
    return [category, [...new Set(group.map((o) => o.case.expect))].join("/"), group.length, right, percent(ratio(right, group.length))];
  });
}

/** Gating runs each cue only on clauses holding a word its pattern requires; it must never change a finding. */
function gatingDifferences(cases: readonly TriageCase[]): string[] {
  const { crisis, redirect, index } = compiledPack(ENGLISH);
  const differences: string[] = [];
  for (const { text } of cases) {
    const message = normalise(text);
    for (const groups of [crisis, redirect]) {
      const names = (gated: boolean) =>
        findCues(new MessageScan(message, index, { gated }), groups)
          .map((finding) => `${finding.cue.id}:${finding.reason}`)
          .join(", ");
      if (names(true) !== names(false)) differences.push(`gating changed the cues found for: ${oneLine(text)}`);
    }
  }
  return differences;
}

export function invalidLabels(cases: readonly TriageCase[]): string[] {
  const reasons: Record<Kind, readonly string[]> = { crisis: CRISIS_REASONS, redirect: REDIRECT_REASONS, benign: [] };
  return cases
    .filter(
      (entry) =>
        !KINDS.includes(entry.expect) || (entry.expect === "benign" ? entry.reason !== undefined : !reasons[entry.expect].includes(entry.reason ?? "")),
    )
    .map((entry) => `bad label ${entry.expect}/${entry.reason}: ${oneLine(entry.text)}`);
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 1 : part / whole;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > 160 ? `${flat.slice(0, 157)}…` : flat;
}
