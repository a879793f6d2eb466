import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord-api-types/v10";
import type { Copy } from "../content/copy/copy.ts";
import { en } from "../content/copy/en.ts";
import { writtenCopies } from "../content/copy/index.ts";
import type { Language } from "../content/languages.ts";
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

/** Discord's locales for each language Alliance writes in (https://discord.com/developers/docs/reference#locales). */
const DISCORD_LOCALES: Record<Exclude<Language, "en">, string[]> = { es: ["es-ES", "es-419"], pt: ["pt-BR"], fr: ["fr"], de: ["de"] };

/** A description in every written language but English (Discord shows it in the member's language); none until one is written. */
function localised(pick: (copy: Copy) => string): { description_localizations?: Record<string, string> } {
  const entries = writtenCopies().flatMap((copy) =>
    copy.language === "en" ? [] : DISCORD_LOCALES[copy.language].map((locale) => [locale, pick(copy)] as const),
  );
  return entries.length > 0 ? { description_localizations: Object.fromEntries(entries) } : {};
}

export const COMMANDS: RESTPostAPIChatInputApplicationCommandsJSONBody[] = [
  {
    name: ASK_COMMAND,
    type: CHAT_INPUT,
    description: en.commands.ask,
    ...localised((copy) => copy.commands.ask),
    integration_types: [GUILD_INSTALL],
    contexts: IN_GUILDS_AND_BOT_DMS,
    options: [
      {
        type: STRING_OPTION,
        name: ASK_QUESTION_OPTION,
        description: en.commands.askQuestion,
        ...localised((copy) => copy.commands.askQuestion),
        required: true,
        max_length: MAX_TEXT_CHARS,
      },
    ],
  },
  {
    name: RESOURCES_COMMAND,
    type: CHAT_INPUT,
    description: en.commands.resources,
    ...localised((copy) => copy.commands.resources),
    integration_types: [GUILD_INSTALL],
    contexts: IN_GUILDS_AND_BOT_DMS,
  },
  {
    name: ABOUT_COMMAND,
    type: CHAT_INPUT,
    description: en.commands.about,
    ...localised((copy) => copy.commands.about),
    integration_types: [GUILD_INSTALL],
    contexts: IN_GUILDS_AND_BOT_DMS,
  },
];
