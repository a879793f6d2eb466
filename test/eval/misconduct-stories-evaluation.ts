import { answerMessage } from "../../functions/engine/answer-message.ts";
import { DEFAULT_CONFIG } from "../../shared/schemas/community-config.ts";
import development from "../corpus/misconduct-stories.json" with { type: "json" };
import developmentBatch2 from "../corpus/misconduct-stories-dev2.json" with { type: "json" };
import heldOut from "../corpus/misconduct-stories-holdout.json" with { type: "json" };
import probe from "../corpus/misconduct-stories-probe2.json" with { type: "json" };
import thirdProbe from "../corpus/misconduct-stories-probe3.json" with { type: "json" };
import fourthProbe from "../corpus/misconduct-stories-probe4.json" with { type: "json" };
import stories from "../corpus/misconduct-stories-sealed.json" with { type: "json" };
import { type EvaluationReport, percent } from "./report.ts";

export interface Story {
  text: string;
  expect: "redirect" | "benign";
  /** The misconduct's kind ("money-loan", "custody", …), or "near-miss/<kind>" for a story that is not misconduct. */
  category: string;
}

export interface StoryReplies {
  told: number;
  redirected: number;
  nearMisses: number;
  /** Near misses given a redirect or a crisis reply. */
  flagged: number;
  /** Near misses answered with a topic (not a redirect, a crisis, a check-in or out of scope). */
  answered: number;
  misses: Story[];
  falseRedirects: Story[];
}

export function storyReplies(rows: readonly Story[]): StoryReplies {
  const replies = rows.map((row) => {
    const answer = answerMessage({ text: row.text }, { config: DEFAULT_CONFIG });
    return {
      row,
      misconduct: answer.kind === "redirect" && answer.reason === "therapist_misconduct",
      triaged: answer.kind === "redirect" || answer.kind === "crisis",
      answered: answer.kind === "answer",
    };
  });
  const told = replies.filter(({ row }) => row.expect === "redirect");
  const nearMisses = replies.filter(({ row }) => row.expect === "benign");
  return {
    told: told.length,
    redirected: told.filter(({ misconduct }) => misconduct).length,
    nearMisses: nearMisses.length,
    flagged: nearMisses.filter(({ triaged }) => triaged).length,
    answered: nearMisses.filter(({ answered }) => answered).length,
    misses: told.filter(({ misconduct }) => !misconduct).map(({ row }) => row),
    falseRedirects: nearMisses.filter(({ triaged }) => triaged).map(({ row }) => row),
  };
}

function storyLines(file: string, result: StoryReplies): string[] {
  return [
    `${result.told + result.nearMisses} messages (${file}): ${result.told} stories of misconduct, ${result.nearMisses} near misses.`,
    `Stories redirected as therapist misconduct: ${percent(result.redirected / result.told)} (${result.redirected}/${result.told})`,
    `Near misses redirected or answered as a crisis: ${result.flagged} of ${result.nearMisses}; answered with a topic: ${result.answered}`,
  ];
}

/** The development stories must stay redirected at least this often, and at most this many near misses flagged. */
export const DEVELOPMENT_FLOOR = { redirected: 0.95, flagged: 2 } as const;

/**
 * The development stories (round 3's seventh session): what the misconduct story cues were tuned on. Its misses and
 * false redirects are listed, to read; `npm test` fails below DEVELOPMENT_FLOOR.
 */
export function misconductDevelopmentEvaluation(rows: readonly Story[] = development as Story[]): EvaluationReport {
  const result = storyReplies(rows);
  return {
    title: "Misconduct told as a story (development)",
    lines: [
      ...storyLines("test/corpus/misconduct-stories.json", result),
      ...result.misses.map((row) => `  missed (${row.category}): ${row.text}`),
      ...result.falseRedirects.map((row) => `  flagged (${row.category}): ${row.text}`),
    ],
    failures: [
      ...(result.redirected / result.told < DEVELOPMENT_FLOOR.redirected
        ? [`development misconduct stories redirected ${percent(result.redirected / result.told)} < ${percent(DEVELOPMENT_FLOOR.redirected)}`]
        : []),
      ...(result.flagged > DEVELOPMENT_FLOOR.flagged ? [`${result.flagged} development near misses flagged > ${DEVELOPMENT_FLOOR.flagged}`] : []),
    ],
  };
}

/**
 * The sets printed as figures only (their messages are not), in the order `npm run eval` prints them:
 * - held out: split from the development stories before any tuning, never tuned on;
 * - second probe: written after the held-out and sealed sets had been read once; read once with the story cues, then
 *   once more after the broader frames, which were written by the same hand right after it, so that second figure is
 *   not a clean measure (docs/triage.md);
 * - third probe: written after the frames and read once, the frames' clean measure;
 * - development batch 2: written in round 3's ninth session after the act cues, read once, then tuned on;
 * - fourth probe: written in round 3's ninth session before any change, in real people's voices; its first run is
 *   the headline and it is never tuned on;
 * - sealed (issue 20: at least 95% redirected): written in round 3's sixth session and committed before any cue changed.
 */
const FIGURES_ONLY = {
  "held out": { file: "test/corpus/misconduct-stories-holdout.json", rows: heldOut },
  "second probe": { file: "test/corpus/misconduct-stories-probe2.json", rows: probe },
  "third probe": { file: "test/corpus/misconduct-stories-probe3.json", rows: thirdProbe },
  "development batch 2": { file: "test/corpus/misconduct-stories-dev2.json", rows: developmentBatch2 },
  "fourth probe": { file: "test/corpus/misconduct-stories-probe4.json", rows: fourthProbe },
  sealed: { file: "test/corpus/misconduct-stories-sealed.json", rows: stories },
} as const;

export type FiguresOnlySet = keyof typeof FIGURES_ONLY;
export const FIGURES_ONLY_SETS = Object.keys(FIGURES_ONLY) as FiguresOnlySet[];

export function misconductFiguresEvaluation(set: FiguresOnlySet): EvaluationReport {
  const { file, rows } = FIGURES_ONLY[set];
  return { title: `Misconduct told as a story (${set})`, lines: storyLines(file, storyReplies(rows as Story[])), failures: [] };
}
