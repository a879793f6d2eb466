import type { SlackBlock, SlackMessage } from "../../../shared/render/slack.ts";
import { SlackText } from "./rich-text.tsx";

type TextObject = { type: string; text: string };

/** Roughly how Slack shows the message: section text, resources as context, follow-up buttons. */
export function SlackPreview({ message, followUps, ephemeral }: { message: SlackMessage; followUps: readonly string[]; ephemeral: boolean }) {
  return (
    <figure class="slack" data-testid="slack-preview">
      <figcaption>Slack</figcaption>
      <div class="sl-message">
        <div class="avatar" aria-hidden="true">A</div>
        <div class="sl-body">
          <div class="sl-header">
            <span class="sl-name">Alliance</span> <span class="sl-app">APP</span>
          </div>
          {message.blocks.map((block) => (
            <SlackBlockView block={block} followUps={followUps} />
          ))}
          {ephemeral ? <div class="sl-ephemeral">Only visible to you</div> : null}
        </div>
      </div>
    </figure>
  );
}

function SlackBlockView({ block, followUps }: { block: SlackBlock; followUps: readonly string[] }) {
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
        {(block.elements as { text: TextObject; value?: string }[]).map((button, i) => (
          <button type="submit" form="preview-form" name="followUp" value={followUps[i] ?? button.value ?? button.text.text} class="sl-button">
            {button.text.text}
          </button>
        ))}
      </div>
    );
  }
  return null;
}
