import { describe, expect, it } from "vitest";
import { CONVERSATION_MEMORY_LIMITS, createConversationMemory } from "../../../bot/core/conversation-memory.ts";

function clock(start = 1_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => void (time += ms) };
}

describe("the adapters' conversation memory", () => {
  it("gives each member's earlier messages in a place, oldest first, then remembers the new one", () => {
    const memory = createConversationMemory();
    expect(memory.record("g:c:alice", "lost my job today")).toEqual([]);
    expect(memory.record("g:c:bob", "nice weather")).toEqual([]);
    expect(memory.record("g:c:alice", "everything's falling apart")).toEqual(["lost my job today"]);
    expect(memory.record("g:c:alice", "which bridge is highest?")).toEqual(["lost my job today", "everything's falling apart"]);
    expect(memory.record("g:other-channel:alice", "hi")).toEqual([]);
  });

  it("keeps at most five messages per member and channel, each cut to 1,000 characters", () => {
    const memory = createConversationMemory();
    for (let i = 1; i <= 7; i += 1) memory.record("k", `message ${i}`);
    expect(memory.record("k", "now")).toEqual(["message 3", "message 4", "message 5", "message 6", "message 7"]);
    memory.record("long", "x".repeat(5_000));
    expect(memory.record("long", "next")[0]).toHaveLength(1_000);
  });

  it("forgets messages after 15 minutes, and members who went quiet", () => {
    const time = clock();
    const memory = createConversationMemory({}, time.now);
    memory.record("a", "first");
    time.advance(10 * 60_000);
    memory.record("a", "second");
    memory.record("b", "other member");
    time.advance(6 * 60_000);
    expect(memory.record("a", "third")).toEqual(["second"]);
    time.advance(CONVERSATION_MEMORY_LIMITS.ttlMs);
    memory.record("c", "someone new");
    expect(memory.size()).toEqual({ conversations: 1, chars: "someone new".length });
  });

  it("is bounded: past the cap on conversations or characters, the least recently active member is forgotten first", () => {
    const memory = createConversationMemory({ maxConversations: 3, maxChars: 1_000 });
    for (const key of ["a", "b", "c"]) memory.record(key, key);
    memory.record("a", "a again");
    memory.record("d", "d");
    expect(memory.size().conversations).toBe(3);
    expect(memory.record("b", "b again")).toEqual([]);
    expect(memory.record("a", "a third")).toEqual(["a", "a again"]);
    memory.record("big", "y".repeat(990));
    expect(memory.size().chars).toBeLessThanOrEqual(1_000);
    expect(memory.record("big", "z")).toHaveLength(1);
  });

  it("never remembers an empty message", () => {
    const memory = createConversationMemory();
    memory.record("k", "   ");
    expect(memory.size()).toEqual({ conversations: 0, chars: 0 });
  });
});
