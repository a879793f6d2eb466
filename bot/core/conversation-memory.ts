import { MAX_CONTEXT_CHARS, MAX_CONTEXT_MESSAGES } from "../../shared/schemas/answer.ts";

/**
 * The bound on what an adapter remembers of conversations (docs/conversations.md): each member's last
 * five messages per channel, for 15 minutes, in memory only. At most `maxConversations` member-channel
 * pairs and `maxChars` characters in all; past either, the least recently active pair is forgotten first.
 */
export const CONVERSATION_MEMORY_LIMITS = {
  maxConversations: 20_000,
  maxChars: 8_000_000,
  perConversation: MAX_CONTEXT_MESSAGES,
  ttlMs: 15 * 60_000,
  maxMessageChars: MAX_CONTEXT_CHARS,
} as const;

/** Members who went quiet are forgotten at most this long after their messages expire (one walk of the Map's front). */
const SWEEP_EVERY_MS = 10_000;

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
  let lastSweep = now();

  function forget(key: string, entry: Remembered): void {
    conversations.delete(key);
    chars -= entry.chars;
  }

  /** The stalest pairs lead the Map: expired ones are forgotten from the front, until a fresh one. */
  function sweep(time: number): void {
    lastSweep = time;
    for (const [key, entry] of conversations) {
      if (time - entry.times.at(-1)! < ttlMs) break;
      forget(key, entry);
    }
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
      if (time - lastSweep >= SWEEP_EVERY_MS) sweep(time);
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
      const over = () => conversations.size > maxConversations || chars > maxChars;
      if (over()) {
        for (const [oldKey, old] of conversations) {
          forget(oldKey, old);
          if (!over()) break;
        }
      }
      return earlier;
    },
    size: () => ({ conversations: conversations.size, chars }),
  };
}
