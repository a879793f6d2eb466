import type { Answer, RedirectReason, Resource } from "../../../shared/schemas/answer.ts";
import type { ExtraResource } from "../../../shared/schemas/community-config.ts";
import type { SignpostSupport } from "../../../shared/resources/api.ts";
import { communityExtras, communityResource } from "./resource-text.ts";

/** Why a professional is the right person, and what the bot can help with instead, by reason. */
const REPLIES: Record<RedirectReason, { why: string; offer: string; followUps: string[] }> = {
  diagnosis: {
    why:
      "That's a really understandable thing to wonder about. Only a qualified professional who can get to know you, such as a doctor, psychiatrist or psychologist, can assess what's going on and give a diagnosis, so I can't tell you whether you have a condition.",
    offer:
      "If you already see a therapist, it's completely okay to ask them what they think; I can help you work out how to bring it up.",
    followUps: ["What questions can I ask a therapist?", "How do I find the right therapist for me?", "What happens in a first therapy session?"],
  },
  medication: {
    why:
      "Questions about starting, stopping, changing or mixing medication are best answered by whoever prescribes it, or a pharmacist, because they know your health and everything you take. As a general safety point, please don't stop or change a medication suddenly without talking to them first.",
    offer: "I can help you think about how to raise medication questions with your prescriber or your therapist.",
    followUps: ["What questions can I ask a therapist?", "How does therapy actually work?"],
  },
  personal_therapy: {
    why:
      "I'm really glad you want support, but I'm a bot, not a therapist, so I can't do therapy or treat anything. A therapist can get to know you and work with you over time in a way I can't.",
    offer: "What I can do is explain how therapy works and help you get the most from it, like what to expect or how to find someone who fits.",
    followUps: ["How does therapy actually work?", "How do I find the right therapist for me?", "What's the difference between peer support and therapy?"],
  },
  therapist_misconduct: {
    why:
      "What you're describing is not okay, and it is never the client's fault when a therapist crosses a line like this: keeping professional boundaries is always the therapist's responsibility.",
    offer:
      "You don't have to decide anything right away; talking it through with someone you trust, or another professional, can help, and I can explain what healthy boundaries in therapy look like.",
    followUps: ["What are the boundaries in therapy and why do they exist?", "Is what I tell my therapist confidential?", "How do I find the right therapist for me?"],
  },
};

/**
 * A redirect: a warm reason why a professional is the right person, the route to one in the user's
 * region (for misconduct, the body that takes complaints), and what the bot can help with instead.
 */
export function composeRedirect(reason: RedirectReason, signpost: SignpostSupport, extras: readonly ExtraResource[]): Answer {
  const reply = REPLIES[reason];
  const region = signpost.resources[0]?.region ?? "INT";
  const resources: Resource[] = [...signpost.resources, ...communityExtras(extras, signpost.resources).map((extra) => communityResource(extra, region))];
  return {
    kind: "redirect",
    topic: null,
    reason,
    text: `${reply.why} ${signpost.text}\n\n${reply.offer}`,
    resources,
    followUps: reply.followUps,
  };
}
