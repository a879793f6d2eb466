import { MAX_CONTEXT_CHARS, MAX_CONTEXT_MESSAGES } from "../../shared/schemas/answer.ts";

/**
 * The bound on what an adapter remembers of conversations (docs/conversations.md): each member's last
 * five messages per channel, for 15 minutes, in memory only. At most `maxConversations` member-channel
 * pairs and `maxChars` characters in all; past either, the least recently active pair is forgotten first.
 */
export const CONVERSATION_MEMORY_LIMITS = {
  maxConversations: 20_000,
  maxChars: 4_000_000,
  perConversation: MAX_CONTEXT_MESSAGES,
  ttlMs: 15 * 60_000,
  maxMessageChars: MAX_CONTEXT_CHARS,
} as const;

export type ConversationMemoryLimits = { [K in keyof typeof CONVERSATION_MEMORY_LIMITS]: number };

interface Remembered {
  texts: string[];
  times: number[];
  chars: number;
}

export interface ConversationMemory {
  /**
   * The member's earlier messages in this conversation (oldest first, at most five, none older than 15
   * minutes), then remembers `text` for the next time. Nothing is written anywhere but this process's memory.
   */
  record(key: string, text: string): string[];
  /** What is held now, for measuring: member-channel pairs and characters. */
  size(): { conversations: number; chars: number };
}

/** The key of one member's conversation in one place: never the text, only platform ids. */
export function conversationKey(...ids: (string | undefined)[]): string {
  return ids.map((id) => id ?? "-").join(":");
}

export function createConversationMemory(limits: Partial<ConversationMemoryLimits> = {}, now: () => number = Date.now): ConversationMemory {
  const { maxConversations, maxChars, perConversation, ttlMs, maxMessageChars } = { ...CONVERSATION_MEMORY_LIMITS, ...limits };
  // A Map iterates in insertion order; re-inserting on every message keeps the least recently active first.
  const conversations = new Map<string, Remembered>();
  let chars = 0;

  function forget(key: string, entry: Remembered): void {
    conversations.delete(key);
    chars -= entry.chars;
  }

  function dropExpired(entry: Remembered, time: number): void {
    while (entry.times.length > 0 && time - entry.times[0]! >= ttlMs) {
      entry.times.shift();
      const text = entry.texts.shift()!;
      entry.chars -= text.length;
      chars -= text.length;
    }
  }

  return {
    record(key, text) {
      const time = now();
      // The stalest pairs lead the Map: expired ones are swept from the front, a few at a time.
      for (const [staleKey, stale] of conversations) {
        if (time - stale.times.at(-1)! < ttlMs) break;
        forget(staleKey, stale);
      }
      const entry = conversations.get(key) ?? { texts: [], times: [], chars: 0 };
      conversations.delete(key);
      dropExpired(entry, time);
      const earlier = entry.texts.slice();
      const kept = text.trim().slice(0, maxMessageChars);
      if (kept) {
        entry.texts.push(kept);
        entry.times.push(time);
        entry.chars += kept.length;
        chars += kept.length;
        while (entry.texts.length > perConversation) {
          entry.times.shift();
          const dropped = entry.texts.shift()!;
          entry.chars -= dropped.length;
          chars -= dropped.length;
        }
      }
      if (entry.texts.length > 0) conversations.set(key, entry);
      for (const [oldKey, old] of conversations) {
        if (conversations.size <= maxConversations && chars <= maxChars) break;
        forget(oldKey, old);
      }
      return earlier;
    },
    size: () => ({ conversations: conversations.size, chars }),
  };
}
