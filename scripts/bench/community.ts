import { KNOWLEDGE_BASE } from "../../functions/knowledge/generated/knowledge-base.ts";
import type { CommunityConfig } from "../../shared/schemas/community-config.ts";
import { BENCH_SECRETS } from "./serve-bundle.ts";

export const BENCH_COMMUNITY = { platform: "discord", communityId: "400000000000000001" } as const;

const [overridden, disabled] = [KNOWLEDGE_BASE.topics[0]!.id, KNOWLEDGE_BASE.topics.at(-1)!.id];

/** What a busy community might configure: a region, its own lines, ten answers of its own, an override, a topic off. */
export const BENCH_CONFIG: CommunityConfig = {
  region: "GB",
  extraResources: [
    { name: "Harbour peer support line", description: "Our volunteers, evenings 6 to 11pm", phone: "+44 20 7946 0000" },
    { name: "Harbour resources page", url: "https://example.org/harbour/resources" },
  ],
  customAnswers: Array.from({ length: 10 }, (_, index) => ({
    id: `community-answer-${index}`,
    title: `Harbour event number ${index}`,
    answer: "Our weekly peer support call is on Thursdays at 7pm in the voice channel.",
    sampleQuestions: [`when is the harbour event ${index}?`, `where do i find harbour event ${index}`, `is there a harbour event ${index} this week`],
  })),
  topicOverrides: { [overridden]: { mode: "append", text: "Our #therapy-talk channel is a kind place to talk about this." } },
  disabledTopics: [disabled],
};

/** Creates the community through the API, as an admin would, and saves its config as its moderators would. */
export async function seedCommunity(base: URL): Promise<void> {
  const { platform, communityId } = BENCH_COMMUNITY;
  const created = await fetch(new URL("/v1/communities", base), {
    method: "POST",
    headers: { authorization: `Bearer ${BENCH_SECRETS.ADMIN_TOKEN}`, "content-type": "application/json" },
    body: JSON.stringify({ platform, communityId, name: "Harbour Peer Support" }),
  });
  if (created.status !== 201) throw new Error(`Creating the bench community failed: ${created.status} ${await created.text()}`);
  const { moderatorToken } = (await created.json()) as { moderatorToken: string };
  const saved = await fetch(new URL(`/v1/communities/${platform}/${communityId}/config`, base), {
    method: "PUT",
    headers: { authorization: `Bearer ${moderatorToken}`, "content-type": "application/json" },
    body: JSON.stringify(BENCH_CONFIG),
  });
  if (!saved.ok) throw new Error(`Saving the bench community's config failed: ${saved.status} ${await saved.text()}`);
}
