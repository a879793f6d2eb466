import * as z from "zod/mini";

/** Interaction types and callback types Alliance uses (https://discord.com/developers/docs/interactions/receiving-and-responding). */
export const INTERACTION = { ping: 1, command: 2, component: 3 } as const;
export const CALLBACK = { pong: 1, message: 4 } as const;
export const BUTTON_COMPONENT = 2;

const snowflake = z.string().check(z.regex(/^\d{1,20}$/, { message: "must be a Discord id" }));
const user = z.object({ id: snowflake });

/** The fields of an interaction Alliance reads; Discord sends many more, which are ignored. */
export const InteractionSchema = z.object({
  id: snowflake,
  type: z.int(),
  guild_id: z.optional(snowflake),
  channel_id: z.optional(snowflake),
  locale: z.optional(z.string().check(z.maxLength(35))),
  guild_locale: z.optional(z.string().check(z.maxLength(35))),
  member: z.optional(z.object({ user })),
  user: z.optional(user),
  message: z.optional(z.object({ id: snowflake })),
  data: z.optional(
    z.object({
      name: z.optional(z.string()),
      options: z.optional(z.array(z.object({ name: z.string(), value: z.optional(z.unknown()) }))),
      custom_id: z.optional(z.string().check(z.maxLength(100))),
      component_type: z.optional(z.int()),
    }),
  ),
});
export type Interaction = z.infer<typeof InteractionSchema>;

/** The member who acted: `member.user` in a server, `user` in a DM. */
export function interactionUserId(interaction: Interaction): string | undefined {
  return interaction.member?.user.id ?? interaction.user?.id;
}

/** The member's own locale (their Discord language), else the server's preferred locale. */
export function interactionLocale(interaction: Interaction): string | undefined {
  return interaction.locale ?? interaction.guild_locale;
}
