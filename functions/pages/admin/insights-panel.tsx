import { isLanguage, LANGUAGE_NAMES } from "../../../shared/content/languages.ts";
import { ANSWER_KINDS } from "../../../shared/schemas/answer.ts";
import type { Insights } from "../../storage/insights.ts";
import { topicLabel } from "./preview-panel.tsx";
import { KIND_NAMES, StackedBarChart } from "./stacked-bar-chart.tsx";

/** Counts by day, kind and topic over the last 30 days: aggregates only, never anyone's words. */
export function InsightsPanel({ insights }: { insights: Insights }) {
  const total = ANSWER_KINDS.reduce((sum, kind) => sum + insights.totals[kind], 0);
  const topMax = Math.max(1, ...insights.topTopics.map((t) => t.count));
  return (
    <div class="insights" data-testid="insights">
      <ul class="totals">
        <li>
          <strong>{total}</strong> questions in the last 30 days
        </li>
        {ANSWER_KINDS.map((kind) => (
          <li class="legend">
            <svg class="swatch" viewBox="0 0 10 10" aria-hidden="true">
              <rect class={`kind-${kind}`} width="10" height="10" rx="2" />
            </svg>
            {KIND_NAMES[kind]}: <strong data-testid={`total-${kind}`}>{insights.totals[kind]}</strong>
          </li>
        ))}
      </ul>
      <StackedBarChart days={insights.days} />
      <details>
        <summary>The numbers per day</summary>
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">Day (UTC)</th>
                {ANSWER_KINDS.map((kind) => (
                  <th scope="col">{KIND_NAMES[kind]}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {insights.days.map((day) => (
                <tr>
                  <th scope="row">{day.day}</th>
                  {ANSWER_KINDS.map((kind) => (
                    <td>{day.counts[kind]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <h3>Languages members wrote in</h3>
      {insights.languages.length === 0 ? (
        <p class="hint">No questions yet.</p>
      ) : (
        <ul class="languages" data-testid="languages">
          {insights.languages.map(({ language, count }) => (
            <li>
              {languageName(language)}: <strong data-testid={`language-${language}`}>{count}</strong>
            </li>
          ))}
        </ul>
      )}
      <h3>Top topics</h3>
      {insights.topTopics.length === 0 ? (
        <p class="hint">No answered topics yet.</p>
      ) : (
        <ol class="top-topics" data-testid="top-topics">
          {insights.topTopics.map(({ topic, count }) => (
            <li>
              <span class="topic-name">{topicLabel(topic)}</span>
              <svg class="topic-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true">
                <rect class="kind-answer" width={((count / topMax) * 100).toFixed(1)} height="8" rx="2" />
              </svg>
              <span class="topic-count">{count}</span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** "Español (es)"; "Other languages" for messages in a language Alliance does not answer in. */
function languageName(language: string): string {
  return isLanguage(language) ? `${LANGUAGE_NAMES[language]} (${language})` : "Other languages";
}
