import { describe, expect, it } from "vitest";
import { AuditPageSchema } from "../../../shared/schemas/communities.ts";
import { ADMIN, bearer, configPath, createCommunity, getConfig, putConfig, uniqueId } from "../../support/worker/communities-support.ts";
import { expectJsonError, fetchWorker, postJson } from "../../support/worker/fetch-worker.ts";

describe("POST /v1/communities", () => {
  it("creates a community with a random URL-safe token, shown once, and refuses a second one (409)", async () => {
    const id = uniqueId("guild");
    const response = await postJson("/v1/communities", { platform: "discord", communityId: id, name: "Peer Support" }, ADMIN);
    expect(response.status).toBe(201);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const { moderatorToken } = (await response.json()) as { moderatorToken: string };
    expect(moderatorToken).toMatch(/^[A-Za-z0-9_-]{43,}$/);
    const again = await postJson("/v1/communities", { platform: "discord", communityId: id, name: "Other" }, ADMIN);
    await expectJsonError(again, 409, "conflict");
    const audit = AuditPageSchema.parse(await (await fetchWorker(configPath("discord", id, "audit"), { headers: ADMIN })).json());
    expect(audit.entries.map((entry) => entry.action)).toEqual(["community_created"]);
    // The same id on the other platform is another community.
    expect((await postJson("/v1/communities", { platform: "slack", communityId: id, name: "Slack side" }, ADMIN)).status).toBe(201);
    const second = await createCommunity("discord", uniqueId("guild"));
    expect(second).not.toBe(moderatorToken);
  });

  it("needs the admin token: none, wrong or a moderator's → 401", async () => {
    const body = { platform: "discord", communityId: uniqueId("guild"), name: "x" };
    await expectJsonError(await postJson("/v1/communities", body), 401, "unauthorized");
    await expectJsonError(await postJson("/v1/communities", body, bearer("test-admin-tokeX")), 401, "unauthorized");
    const moderatorToken = await createCommunity("slack", uniqueId("team"));
    await expectJsonError(await postJson("/v1/communities", body, bearer(moderatorToken)), 401, "unauthorized");
  });

  it("400 naming the field for a bad body", async () => {
    const cases: [unknown, string][] = [
      [{ platform: "irc", communityId: "1", name: "x" }, '"platform"'],
      [{ platform: "discord", communityId: "has space", name: "x" }, '"communityId"'],
      [{ platform: "discord", communityId: "1", name: "  " }, '"name"'],
      [{ platform: "discord", communityId: "1" }, '"name"'],
    ];
    for (const [body, field] of cases) {
      expect(await expectJsonError(await postJson("/v1/communities", body, ADMIN), 400, "invalid_request")).toContain(field);
    }
  });
});

describe("who may read and write a community's config", () => {
  it("its own moderator token and the admin; another community's token → 403 (read and write); none or wrong → 401", async () => {
    const a = uniqueId("guild-a");
    const b = uniqueId("guild-b");
    const tokenA = await createCommunity("discord", a);
    const tokenB = await createCommunity("discord", b);
    expect((await putConfig("discord", a, { region: "GB" }, bearer(tokenA))).status).toBe(200);
    expect((await putConfig("discord", b, { region: "US" }, bearer(tokenB))).status).toBe(200);

    expect(await getConfig("discord", a, bearer(tokenA))).toEqual({ region: "GB" });
    expect(await getConfig("discord", a, ADMIN)).toEqual({ region: "GB" });
    await expectJsonError(await fetchWorker(configPath("discord", a), { headers: bearer(tokenB) }), 403, "forbidden");
    await expectJsonError(await putConfig("discord", a, { region: "FR" }, bearer(tokenB)), 403, "forbidden");
    await expectJsonError(await fetchWorker(configPath("discord", a)), 401, "unauthorized");
    await expectJsonError(await fetchWorker(configPath("discord", a), { headers: bearer("not-a-token") }), 401, "unauthorized");
    await expectJsonError(await fetchWorker(configPath("discord", a), { headers: { authorization: `Basic ${tokenA}` } }), 401, "unauthorized");
    // B's failed write changed nothing; B's own config is untouched by A.
    expect(await getConfig("discord", a, bearer(tokenA))).toEqual({ region: "GB" });
    expect(await getConfig("discord", b, bearer(tokenB))).toEqual({ region: "US" });
  });

  it("a token is bound to its platform too", async () => {
    const id = uniqueId("same-id");
    const discordToken = await createCommunity("discord", id);
    await createCommunity("slack", id);
    await expectJsonError(await fetchWorker(configPath("slack", id), { headers: bearer(discordToken) }), 403, "forbidden");
  });

  it("an unknown community is a 404 for the admin only; a moderator learns nothing (403) and a stranger gets 401", async () => {
    const missing = uniqueId("missing");
    await expectJsonError(await fetchWorker(configPath("discord", missing), { headers: ADMIN }), 404, "not_found");
    const token = await createCommunity("discord", uniqueId("guild"));
    await expectJsonError(await fetchWorker(configPath("discord", missing), { headers: bearer(token) }), 403, "forbidden");
    await expectJsonError(await fetchWorker(configPath("discord", missing), { headers: bearer("x") }), 401, "unauthorized");
    await expectJsonError(await fetchWorker(configPath("irc", "1"), { headers: ADMIN }), 404, "not_found");
  });
});

describe("PUT …/config", () => {
  it("replaces the whole config with the validated, trimmed values", async () => {
    const id = uniqueId("guild");
    const token = await createCommunity("discord", id);
    const config = {
      region: "GB",
      extraResources: [{ name: "  Our peer line ", phone: "+44 20 7946 0000", description: "Volunteers, evenings" }],
      topicOverrides: { trust: { mode: "append", text: "Ask in #support too." } },
      disabledTopics: ["boundaries", "boundaries"],
      customAnswers: [
        { id: "weekly-call", title: "Weekly call", answer: "Thursdays at 7pm in #voice.", sampleQuestions: ["where is our weekly support call"] },
      ],
      channels: { mode: "listed", ids: ["123456789012345678"] },
      crisisReplyPrivately: true,
      alertChannelId: "223456789012345678",
      cooldownSeconds: 30,
    };
    const response = await putConfig("discord", id, config, bearer(token));
    expect(response.status).toBe(200);
    const expected = { ...config, extraResources: [{ ...config.extraResources[0], name: "Our peer line" }], disabledTopics: ["boundaries"] };
    expect(await response.json()).toEqual(expected);
    expect(await getConfig("discord", id, bearer(token))).toEqual(expected);
    expect((await putConfig("discord", id, { cooldownSeconds: 0 }, bearer(token))).status).toBe(200);
    expect(await getConfig("discord", id, bearer(token))).toEqual({ cooldownSeconds: 0 });
  });

  it("accepts UK for the UK's ISO code, GB, and saves GB", async () => {
    const id = uniqueId("guild");
    const token = await createCommunity("discord", id);
    expect((await putConfig("discord", id, { region: "UK" }, bearer(token))).status).toBe(200);
    expect(await getConfig("discord", id, bearer(token))).toEqual({ region: "GB" });
  });

  it("400 naming the field, and nothing is saved", async () => {
    const id = uniqueId("guild");
    const token = await createCommunity("slack", id);
    expect((await putConfig("slack", id, { region: "GB" }, bearer(token))).status).toBe(200);
    const cases: [unknown, RegExp][] = [
      [{ region: "gb" }, /"region".*ISO 3166-1 alpha-2/],
      [{ region: "XX" }, /"region".*assigned ISO 3166-1 alpha-2/],
      [{ regoin: "GB" }, /unknown field.*regoin/],
      [{ extraResources: [{ name: "Line" }] }, /"extraResources\.0\.phone".*phone number or a link/],
      [{ extraResources: [{ name: "Line", url: "http://example.org" }] }, /"extraResources\.0\.url".*https/],
      [{ topicOverrides: { "Not A Slug": { mode: "replace", text: "x" } } }, /"topicOverrides\.Not A Slug".*topic id/],
      [{ topicOverrides: { trust: { mode: "prepend", text: "x" } } }, /"topicOverrides\.trust\.mode"/],
      [{ topicOverrides: { "no-such-topic": { mode: "append", text: "x" } } }, /"topicOverrides\.no-such-topic".*names no knowledge-base topic/],
      [{ disabledTopics: ["trust", "not-a-topic"] }, /"disabledTopics\.1".*names no knowledge-base topic/],
      [{ customAnswers: [{ id: "a", title: "A", answer: "x", sampleQuestions: [] }] }, /"customAnswers\.0\.sampleQuestions".*at least one/],
      [{ customAnswers: [1, 2].map(() => ({ id: "dup", title: "A", answer: "x", sampleQuestions: ["q"] })) }, /"customAnswers\.1\.id".*repeats/],
      [{ channels: { mode: "listed" } }, /"channels\.ids".*at least one channel/],
      [{ channels: { mode: "everywhere" } }, /"channels\.mode".*one of/],
      [{ cooldownSeconds: 4000 }, /"cooldownSeconds".*at most 3600/],
      [{ cooldownSeconds: "5" }, /"cooldownSeconds".*number/],
      [{ crisisReplyPrivately: "yes" }, /"crisisReplyPrivately".*boolean/],
      [{ alertChannelId: "<#123>" }, /"alertChannelId".*channel id/],
      [[], /Body: must be an object/],
    ];
    for (const [config, message] of cases) {
      expect(await expectJsonError(await putConfig("slack", id, config, bearer(token)), 400, "invalid_request")).toMatch(message);
    }
    expect(await getConfig("slack", id, bearer(token))).toEqual({ region: "GB" });
  });

  it("bad JSON is a 400 and a non-JSON body a 415", async () => {
    const id = uniqueId("guild");
    const token = await createCommunity("discord", id);
    const badJson = await fetchWorker(configPath("discord", id), {
      method: "PUT",
      headers: { "content-type": "application/json", ...bearer(token) },
      body: "{",
    });
    await expectJsonError(badJson, 400, "bad_json");
    const text = await fetchWorker(configPath("discord", id), { method: "PUT", headers: { "content-type": "text/plain", ...bearer(token) }, body: "{}" });
    await expectJsonError(text, 415, "unsupported_media_type");
  });
});

describe("token rotation", () => {
  it("the moderator or the admin rotates; the old token stops working at once", async () => {
    const id = uniqueId("guild");
    const first = await createCommunity("discord", id);
    const rotated = await postJson(configPath("discord", id, "token"), {}, bearer(first));
    expect(rotated.status).toBe(200);
    const { moderatorToken: second } = (await rotated.json()) as { moderatorToken: string };
    expect(second).toMatch(/^[A-Za-z0-9_-]{43,}$/);
    expect(second).not.toBe(first);
    await expectJsonError(await fetchWorker(configPath("discord", id), { headers: bearer(first) }), 401, "unauthorized");
    await expectJsonError(await postJson(configPath("discord", id, "token"), {}, bearer(first)), 401, "unauthorized");
    expect(await getConfig("discord", id, bearer(second))).toEqual({});

    const byAdmin = await postJson(configPath("discord", id, "token"), {}, ADMIN);
    const { moderatorToken: third } = (await byAdmin.json()) as { moderatorToken: string };
    await expectJsonError(await fetchWorker(configPath("discord", id), { headers: bearer(second) }), 401, "unauthorized");
    expect(await getConfig("discord", id, bearer(third))).toEqual({});
  });

  it("another community's token cannot rotate this one's", async () => {
    const id = uniqueId("guild");
    const own = await createCommunity("discord", id);
    const other = await createCommunity("discord", uniqueId("guild"));
    await expectJsonError(await postJson(configPath("discord", id, "token"), {}, bearer(other)), 403, "forbidden");
    expect(await getConfig("discord", id, bearer(own))).toEqual({});
  });
});

describe("GET …/audit", () => {
  it("records who changed which settings from what to what, newest first, paged", async () => {
    const id = uniqueId("guild");
    const token = await createCommunity("discord", id);
    await putConfig("discord", id, { region: "GB", cooldownSeconds: 10 }, bearer(token));
    await putConfig("discord", id, { region: "IE", cooldownSeconds: 10, crisisReplyPrivately: true }, ADMIN);
    await putConfig("discord", id, { region: "IE", cooldownSeconds: 10, crisisReplyPrivately: true }, bearer(token)); // no change: no entry
    const rotated = (await (await postJson(configPath("discord", id, "token"), {}, bearer(token))).json()) as { moderatorToken: string };

    const response = await fetchWorker(configPath("discord", id, "audit"), { headers: bearer(rotated.moderatorToken) });
    expect(response.status).toBe(200);
    const page = AuditPageSchema.parse(await response.json());
    expect(page.entries.map((entry) => entry.action)).toEqual(["token_rotated", "config_updated", "config_updated", "community_created"]);
    const [rotation, byAdmin, byModerator, creation] = page.entries;
    expect(byModerator!.actor.role).toBe("moderator");
    expect(byModerator!.changes).toEqual([
      { field: "region", before: null, after: "GB" },
      { field: "cooldownSeconds", before: null, after: 10 },
    ]);
    expect(byAdmin!.actor.role).toBe("admin");
    expect(byAdmin!.changes).toEqual([
      { field: "region", before: "GB", after: "IE" },
      { field: "crisisReplyPrivately", before: null, after: true },
    ]);
    expect(creation!.actor.role).toBe("admin");
    expect(rotation!.actor).toEqual(byModerator!.actor);
    expect(byModerator!.actor.tokenFingerprint).toMatch(/^[0-9a-f]{12}$/);
    expect(byAdmin!.actor.tokenFingerprint).not.toBe(byModerator!.actor.tokenFingerprint);
    const raw = JSON.stringify(page);
    expect(raw).not.toContain(token);
    expect(raw).not.toContain("test-admin-token");
    expect(Date.parse(byModerator!.at)).toBeGreaterThan(Date.now() - 60_000);

    const first = AuditPageSchema.parse(await (await fetchWorker(`${configPath("discord", id, "audit")}?limit=3`, { headers: ADMIN })).json());
    expect(first.entries.map((entry) => entry.id)).toEqual(page.entries.slice(0, 3).map((entry) => entry.id));
    const second = AuditPageSchema.parse(
      await (await fetchWorker(`${configPath("discord", id, "audit")}?limit=3&before=${first.nextBefore}`, { headers: ADMIN })).json(),
    );
    expect(second.entries.map((entry) => entry.id)).toEqual([creation!.id]);
    expect(second.nextBefore).toBeNull();
  });

  it("is isolated per community and validates its query", async () => {
    const id = uniqueId("guild");
    const token = await createCommunity("discord", id);
    const other = await createCommunity("discord", uniqueId("guild"));
    await expectJsonError(await fetchWorker(configPath("discord", id, "audit"), { headers: bearer(other) }), 403, "forbidden");
    const bad = await fetchWorker(`${configPath("discord", id, "audit")}?limit=0`, { headers: bearer(token) });
    expect(await expectJsonError(bad, 400, "invalid_request")).toContain('"limit"');
  });
});
