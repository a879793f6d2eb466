import type { RESTPutAPIApplicationCommandsJSONBody } from "discord-api-types/v10";
import { MAX_TEXT_CHARS } from "../schemas/answer.ts";

/**
 * Alliance's slash commands, defined once: `npm run discord:register` sends this list to Discord,
 * and both the Worker's interactions endpoint and the gateway bot answer from it.
 */
export const ASK_COMMAND = "ask";
export const ASK_QUESTION_OPTION = "question";
export const RESOURCES_COMMAND = "resources";
export const ABOUT_COMMAND = "about";

const CHAT_INPUT = 1;
const STRING_OPTION = 3;
const GUILD_INSTALL = 0;
// Servers and the bot's own DMs: a member can ask privately as well as in a channel.
const IN_GUILDS_AND_BOT_DMS = [0, 1];

export const COMMANDS = [
  {
    name: ASK_COMMAND,
    type: CHAT_INPUT,
    description: "Ask about therapy and the relationship with your therapist",
    integration_types: [GUILD_INSTALL],
    contexts: IN_GUILDS_AND_BOT_DMS,
    options: [
      {
        type: STRING_OPTION,
        name: ASK_QUESTION_OPTION,
        description: "Your question, e.g. why does my therapist say \"we\"?",
        required: true,
        max_length: MAX_TEXT_CHARS,
      },
    ],
  },
  {
    name: RESOURCES_COMMAND,
    type: CHAT_INPUT,
    description: "Crisis and support lines you can reach now",
    integration_types: [GUILD_INSTALL],
    contexts: IN_GUILDS_AND_BOT_DMS,
  },
  {
    name: ABOUT_COMMAND,
    type: CHAT_INPUT,
    description: "What Alliance is, what it can help with, and what it does with your messages",
    integration_types: [GUILD_INSTALL],
    contexts: IN_GUILDS_AND_BOT_DMS,
  },
] satisfies RESTPutAPIApplicationCommandsJSONBody;
