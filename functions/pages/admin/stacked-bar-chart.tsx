import { ANSWER_KINDS, type AnswerKind } from "../../../shared/schemas/answer.ts";
import type { DayCounts } from "../../storage/insights.ts";

export const KIND_NAMES: Record<AnswerKind, string> = {
  answer: "Answers",
  redirect: "Redirects",
  crisis: "Crisis",
  check_in: "Check-ins",
  out_of_scope: "Out of scope",
};

const WIDTH = 640;
const HEIGHT = 200;
const PLOT = { left: 36, right: 8, top: 12, bottom: 28 };

/** Questions per day as stacked bars, one colour per kind, drawn on the server: no script needed. */
export function StackedBarChart({ days }: { days: DayCounts[] }) {
  const totals = days.map((day) => ANSWER_KINDS.reduce((sum, kind) => sum + day.counts[kind], 0));
  const max = niceMax(Math.max(0, ...totals));
  const plotWidth = WIDTH - PLOT.left - PLOT.right;
  const plotHeight = HEIGHT - PLOT.top - PLOT.bottom;
  const slot = plotWidth / Math.max(1, days.length);
  const barWidth = Math.max(2, slot * 0.7);
  const y = (value: number) => PLOT.top + plotHeight - (value / max) * plotHeight;
  const first = days[0]?.day ?? "";
  const last = days.at(-1)?.day ?? "";
  return (
    <svg
      class="chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby="chart-title chart-desc"
      data-testid="insights-chart"
      preserveAspectRatio="xMidYMid meet"
    >
      <title id="chart-title">Questions per day by kind</title>
      <desc id="chart-desc">
        {`From ${first} to ${last}: ${ANSWER_KINDS.map((kind) => `${days.reduce((sum, day) => sum + day.counts[kind], 0)} ${KIND_NAMES[kind].toLowerCase()}`).join(", ")}.`}
      </desc>
      {[0, max / 2, max].filter(Number.isInteger).map((tick) => (
        <g class="grid">
          <line x1={PLOT.left} x2={WIDTH - PLOT.right} y1={y(tick)} y2={y(tick)} />
          <text x={PLOT.left - 6} y={y(tick) + 4} text-anchor="end">
            {String(tick)}
          </text>
        </g>
      ))}
      {days.map((day, i) => {
        const x = PLOT.left + i * slot + (slot - barWidth) / 2;
        let base = 0;
        return (
          <g class="bar">
            {ANSWER_KINDS.filter((kind) => day.counts[kind] > 0).map((kind) => {
              const top = base + day.counts[kind];
              const rect = (
                <rect class={`kind-${kind}`} x={x.toFixed(1)} y={y(top).toFixed(1)} width={barWidth.toFixed(1)} height={(y(base) - y(top)).toFixed(1)}>
                  <title>{`${day.day}: ${day.counts[kind]} ${KIND_NAMES[kind].toLowerCase()}`}</title>
                </rect>
              );
              base = top;
              return rect;
            })}
            {i % 7 === days.length % 7 || i === days.length - 1 ? (
              <text class="axis" x={(x + barWidth / 2).toFixed(1)} y={HEIGHT - 8} text-anchor="middle">
                {shortDate(day.day)}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}

/** A round axis maximum at or above `value` (at least 4, so small counts are not drawn full height). */
function niceMax(value: number): number {
  if (value <= 4) return 4;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * magnitude >= value)!;
  return step * magnitude;
}

function shortDate(day: string): string {
  const [, month, date] = day.split("-");
  return `${Number(date)} ${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][Number(month) - 1]}`;
}
