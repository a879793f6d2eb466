import type { AnswerKind } from "../schemas/answer.ts";

/**
 * Replies that may expose someone (a crisis reply, or a redirect about diagnosis, medication, their own
 * therapy or a therapist's conduct) go only to the asker when the community asks for private replies.
 */
export function repliesPrivately(kind: AnswerKind | "resources", crisisReplyPrivately: boolean): boolean {
  return crisisReplyPrivately && (kind === "crisis" || kind === "check_in" || kind === "redirect" || kind === "resources");
}
