import { MORE_ACTION, type SlackBlock, type SlackMessage } from "../../../shared/render/slack.ts";
import { SlackText } from "./rich-text.tsx";

type TextObject = { type: string; text: string };

type Button = { text: TextObject; value?: string; url?: string; action_id?: string };

/** Roughly how Slack shows the message: sections, context lines, resource link buttons, "Tell me more" and follow-ups. */
export function SlackPreview({ message, ephemeral, testId = "slack-preview" }: { message: SlackMessage; ephemeral: boolean; testId?: string }) {
  return (
    <figure class="slack" data-testid={testId}>
      <figcaption>Slack</figcaption>
      <div class="sl-message">
        <div class="avatar" aria-hidden="true">
          A
        </div>
        <div class="sl-body">
          <div class="sl-header">
            <span class="sl-name">Alliance</span> <span class="sl-app">APP</span>
          </div>
          {message.blocks.map((block) => (
            <SlackBlockView block={block} />
          ))}
          {ephemeral ? <div class="sl-ephemeral">Only visible to you</div> : null}
        </div>
      </div>
    </figure>
  );
}

function SlackBlockView({ block }: { block: SlackBlock }) {
  if (block.type === "section") {
    return (
      <div class="sl-section">
        <SlackText text={(block.text as TextObject).text} />
      </div>
    );
  }
  if (block.type === "context") {
    return (
      <div class="sl-context">
        {(block.elements as TextObject[]).map((element) => (
          <div>
            <SlackText text={element.text} inline />
          </div>
        ))}
      </div>
    );
  }
  if (block.type === "actions") {
    return (
      <div class="sl-actions">
        {(block.elements as Button[]).map((button) =>
          button.action_id === MORE_ACTION ? (
            <a href="#preview-more" class="sl-button sl-primary">
              {button.text.text}
            </a>
          ) : button.url ? (
            <a href={/^https?:\/\//.test(button.url) ? button.url : undefined} rel="noopener noreferrer nofollow" class="sl-button">
              {button.text.text}
            </a>
          ) : (
            <button type="submit" form="preview-form" name="followUp" value={button.value ?? button.text.text} class="sl-button">
              {button.text.text}
            </button>
          ),
        )}
      </div>
    );
  }
  return null;
}
