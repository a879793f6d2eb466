/**
 * Talk about a subject rather than a disclosure: study, news and fiction before the cue ("my essay on
 * suicide"), or a noun after it that makes it a topic ("suicide prevention", "self harm scars").
 */
const TOPIC_BEFORE =
  /\b(?:essay|paper|thesis|dissertation|research|researching|studying|article|news|documentary|podcast|novel|film|movie|lecture|presentation|assignment|statistics|stats|campaign|fiction)\b/;
/** Fiction: "a character who kills himself", "a song about wanting to die", "the main character cuts herself". */
const FICTION =
  /\b(?:character|characters|protagonist|book|novel|film|movie|show|series|episode|story|song|lyrics|poem|game)s? (?:where|who|that|in which|about)\b|\b(?:character|protagonist)s? (?:in (?:the|a|my) (?:game|book|story|show|film|movie|novel|series) )?$/;
const TOPIC_AFTER =
  /^ (?:prevention|awareness|rates?|statistics|stats|research|hotlines?|helplines?|lines?|risk assessments?|survivors?|loss|bereavement|scars?|squad|mission|doors|watch|month|day|week)\b/;

export function isTopicMention(clause: string, index: number, end: number): boolean {
  const before = clause.slice(Math.max(0, index - 120), index);
  return TOPIC_AFTER.test(clause.slice(end, end + 30)) || TOPIC_BEFORE.test(before) || FICTION.test(before);
}
