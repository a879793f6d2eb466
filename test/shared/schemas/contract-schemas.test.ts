import { describe, expect, it } from "vitest";
import { AnswerRequestSchema, AnswerSchema, CommunityConfigSchema, resolveConfig } from "../../../shared/schemas/index.ts";
import { CRISIS } from "../../support/answers.ts";

// Adapters run on Node and validate the Worker's replies with the same schemas the Worker uses.
describe("the shared contract, as Node adapters use it", () => {
  it("accepts docs/design.md's example reply and rejects an unknown kind", () => {
    expect(AnswerSchema.safeParse(CRISIS).success).toBe(true);
    expect(AnswerSchema.safeParse({ ...CRISIS, kind: "therapy" }).success).toBe(false);
    expect(AnswerSchema.safeParse({ ...CRISIS, resources: [{ phone: "116 123" }] }).success).toBe(false);
  });

  it("validates requests the way the Worker will", () => {
    expect(AnswerRequestSchema.safeParse({ text: "why 'we'?", platform: "slack", locale: "en_GB" }).success).toBe(true);
    expect(AnswerRequestSchema.safeParse({ text: "", platform: "slack" }).success).toBe(false);
    expect(AnswerRequestSchema.safeParse({ text: "hi", platform: "slack", userId: "" }).success).toBe(false);
  });

  it("fills a community's missing settings with safe defaults", () => {
    const config = CommunityConfigSchema.parse({ region: "GB" });
    expect(resolveConfig(config)).toMatchObject({ region: "GB", channels: { mode: "mentions" }, extraResources: [], crisisReplyPrivately: false });
    expect(CommunityConfigSchema.safeParse({ region: "gb" }).success).toBe(false);
    expect(CommunityConfigSchema.safeParse({ region: "XX" }).success).toBe(false);
    expect(CommunityConfigSchema.parse({ region: "UK" }).region).toBe("GB");
    expect(CommunityConfigSchema.safeParse({ extraResources: [{ name: "Our helpline" }] }).success).toBe(false);
    expect(CommunityConfigSchema.safeParse({ extraResources: [{ name: "Ours", url: "http://insecure.example" }] }).success).toBe(false);
  });
});
