import type { DiscordMessage } from "../../../shared/render/discord.ts";
import { EPHEMERAL_FLAG, MORE_PREFIX } from "../../../shared/render/discord.ts";
import { DiscordText } from "./rich-text.tsx";

/**
 * Roughly how Discord shows the message: the bot's content, the resources embed, follow-up buttons (each previews
 * its question) and "Tell me more" (a link to the preview of the whole answer below).
 */
export function DiscordPreview({ message, followUps, testId = "discord-preview" }: { message: DiscordMessage; followUps: readonly string[]; testId?: string }) {
  const ephemeral = ((message.flags ?? 0) & EPHEMERAL_FLAG) !== 0;
  const buttons = message.components.flatMap((row) => row.components);
  const more = buttons.filter((button) => button.custom_id.startsWith(MORE_PREFIX));
  const asks = buttons.filter((button) => !button.custom_id.startsWith(MORE_PREFIX));
  return (
    <figure class="discord" data-testid={testId}>
      <figcaption>Discord</figcaption>
      <div class="dc-message">
        <div class="avatar" aria-hidden="true">
          A
        </div>
        <div class="dc-body">
          <div class="dc-header">
            <span class="dc-name">Alliance</span> <span class="dc-app">APP</span>
          </div>
          <div class="dc-content">
            <DiscordText text={message.content} />
          </div>
          {message.embeds.map((embed) => (
            <div class="dc-embed">
              {embed.title ? <div class="dc-embed-title">{embed.title}</div> : null}
              {embed.fields.map((field) => (
                <div class="dc-field">
                  <div class="dc-field-name">{field.name}</div>
                  <div class="dc-field-value">
                    <DiscordText text={field.value} />
                  </div>
                </div>
              ))}
            </div>
          ))}
          {buttons.length > 0 ? (
            <div class="dc-buttons">
              {more.map((button) => (
                <a href="#preview-more" class="dc-button dc-primary">
                  {button.label}
                </a>
              ))}
              {asks.map((button, i) => (
                <button type="submit" form="preview-form" name="followUp" value={followUps[i] ?? button.label} class="dc-button">
                  {button.label}
                </button>
              ))}
            </div>
          ) : null}
          {ephemeral ? <div class="dc-ephemeral">Only you can see this · Dismiss message</div> : null}
        </div>
      </div>
    </figure>
  );
}
