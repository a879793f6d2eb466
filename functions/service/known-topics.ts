/**
 * The knowledge base's topic ids, which moderators' topic overrides and disabled topics must name.
 * Null while the knowledge base does not expose them: any well-formed slug is accepted then.
 */
export function knownTopicIds(): ReadonlySet<string> | null {
  return null;
}
