import { logFault } from "../log.ts";
import { claimRequest } from "../storage/seen-requests.ts";

/** Discord's and Slack's window: a signature is accepted while its timestamp is within five minutes of now. */
export const REPLAY_WINDOW_SECONDS = 5 * 60;

/**
 * True when this verified request (a Discord interaction id, a Slack signature) was already taken.
 * The memory is D1's, so it holds across isolates, and lasts until the signature would be stale anyway.
 * Without D1 a replay may be answered twice; better that than a member left unanswered.
 */
export async function isReplay(db: D1Database, key: string, timestampSeconds: string): Promise<boolean> {
  try {
    return !(await claimRequest(db, key, (Number(timestampSeconds) + REPLAY_WINDOW_SECONDS) * 1_000));
  } catch (error) {
    logFault("replay.claim", error);
    return false;
  }
}
