import { renderDiscordMessage } from "../../../shared/render/discord.ts";
import { renderSlackMessage } from "../../../shared/render/slack.ts";
import { type AnswerWithMore, offersMore } from "../../../shared/render/tell-me-more.ts";
import type { Answer } from "../../../shared/schemas/answer.ts";
import { CUSTOM_ANSWER_TOPIC_PREFIX } from "../../../shared/schemas/community-config.ts";
import { DiscordPreview } from "./discord-preview.tsx";
import { CsrfField } from "./form-fields.tsx";
import { SlackPreview } from "./slack-preview.tsx";

export interface Preview {
  question: string;
  answer?: Answer | undefined;
  /** Crisis replies go out privately in this community. */
  ephemeral?: boolean | undefined;
  error?: string | undefined;
}

const KIND_LABELS: Record<Answer["kind"], string> = {
  answer: "an answer",
  redirect: "a redirect to a professional",
  crisis: "a crisis reply",
  check_in: "a check-in (asks about safety, offers a line)",
  out_of_scope: "out of scope",
};

/** Any question, answered with the saved settings and shown as both platforms would show it. Nothing is counted. */
export function PreviewPanel({ preview, csrfToken }: { preview: Preview | undefined; csrfToken: string }) {
  const answer = preview?.answer;
  return (
    <>
      <form method="post" action="/admin/preview" id="preview-form" class="preview-form">
        <CsrfField token={csrfToken} />
        <div class={preview?.error ? "field invalid" : "field"}>
          <label for="preview-question">Question</label>
          <textarea
            id="preview-question"
            name="question"
            rows={2}
            maxlength={4000}
            required
            aria-describedby={preview?.error ? "preview-error" : "preview-hint"}
          >
            {preview?.question ?? ""}
          </textarea>
          <p class="hint" id="preview-hint">
            Try a member's question, e.g. "why does my therapist say we", or a crisis message to see the lines your members get. Uses your saved settings;
            previews are not counted in the insights.
          </p>
          {preview?.error ? (
            <p class="field-error" id="preview-error">
              {preview.error}
            </p>
          ) : null}
        </div>
        <button type="submit">Preview</button>
      </form>
      {answer ? (
        <div class="preview-result" aria-live="polite">
          <p class="preview-kind" data-testid="preview-kind" data-kind={answer.kind}>
            Alliance would reply with {KIND_LABELS[answer.kind]}
            {answer.topic ? ` (${topicLabel(answer.topic)})` : answer.reason ? ` (${answer.reason.replace(/_/g, " ")})` : ""}.
          </p>
          <div class="previews">
            <DiscordPreview message={renderDiscordMessage(answer, { ephemeral: preview?.ephemeral ?? false })} followUps={answer.followUps} />
            <SlackPreview message={renderSlackMessage(answer)} ephemeral={preview?.ephemeral ?? false} />
          </div>
          {offersMore(answer) ? <MorePreview answer={answer} /> : null}
        </div>
      ) : null}
    </>
  );
}

/** What "Tell me more" shows: the whole answer, with a topic override's appended note (privately on Discord, in the thread on Slack). */
function MorePreview({ answer }: { answer: AnswerWithMore }) {
  const whole = { ...answer, text: answer.more, more: undefined };
  return (
    <details id="preview-more" class="preview-more" open>
      <summary>What “Tell me more” shows</summary>
      <div class="previews">
        <DiscordPreview message={renderDiscordMessage(whole, { ephemeral: true })} followUps={answer.followUps} testId="discord-more-preview" />
        <SlackPreview message={renderSlackMessage(whole)} ephemeral={false} testId="slack-more-preview" />
      </div>
    </details>
  );
}

/** "custom:weekly-call" → "your answer weekly-call"; knowledge-base ids as they are. */
export function topicLabel(topic: string): string {
  return topic.startsWith(CUSTOM_ANSWER_TOPIC_PREFIX) ? `your answer “${topic.slice(CUSTOM_ANSWER_TOPIC_PREFIX.length)}”` : topic;
}
