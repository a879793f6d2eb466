/**
 * Questions about a means of suicide asked without saying why: the height of a bridge, how many pills
 * would be enough, whether a rope holds a person's weight. Alone they are usually harmless (a tourist, a
 * pharmacology student), so the message-level cues leave them be; after distress earlier in the same
 * conversation they are the clearest sign of risk there is (docs/conversations.md). Read on `folded` text.
 */
const HIGH_PLACE = String.raw`(?:bridges?|buildings?|cliffs?|roofs?|rooftops?|car parks?|parking (?:garage|structure)s?|towers?|overpass(?:es)?|balcon(?:y|ies)|ledges?|dams?)`;
const DOSE = String.raw`(?:pills?|tablets?|meds|medicines?|medications?|sleeping pills|paracetamol|tylenol|acetaminophen|ibuprofen|aspirin|insulin|antidepressants?|painkillers?|sleeping tablets|benzos?|opioids?|oxy(?:codone|contin)?)`;

export const MEANS_QUESTIONS: readonly RegExp[] = [
  // Heights.
  new RegExp(String.raw`\b(?:highest|tallest)\b.{0,40}\b${HIGH_PLACE}|\b${HIGH_PLACE}\b.{0,40}\b(?:highest|tallest)\b`),
  new RegExp(String.raw`\b${HIGH_PLACE}\b.{0,40}\b(?:roof access|open roof|get (?:up )?(?:on|onto) the roof)\b`),
  /\bhow (?:high|far|tall|long) (?:does|do|would|should|must|is) (?:a |the )?(?:fall|drop|jump)\b/,
  /\b(?:high|tall) enough to (?:die|kill|not survive|be sure|be fatal)\b/,
  // Overdose.
  /\bhow (?:many|much)\b.{0,40}\b(?:would it take|does it take|it takes|it would take|is too much|are too many|would be (?:enough|too much|fatal|lethal)|is (?:enough|fatal|lethal|deadly)|to (?:die|overdose|od|not wake up))\b/,
  new RegExp(String.raw`\b(?:lethal|fatal|deadly|toxic) (?:dose|amount|quantity)\b|\btoo (?:much|many) ${DOSE}\b`),
  // Hanging, drowning, cutting, exhaust, firearms, trains.
  /\brope\b.{0,60}\b(?:hold|take|bear)s? (?:a |the )?(?:person'?s?|body'?s?|my|human) ?weight\b|\b(?:bought|buy|got|get|getting) (?:a |some )?rope\b|\bnoose\b/,
  /\b(?:does|would|will|do you think) (?:it )?hurts? (?:to|when you) (?:drown|jump|hang|bleed out|die|fall)\b|\bhow long does it take to (?:drown|bleed out|die|suffocate)\b/,
  /\bhow deep (?:to|do you|do i|should i|would i have to) cut\b/,
  /\b(?:hose|pipe) .{0,30}\bexhaust\b|\bcarbon monoxide\b/,
  /\b(?:get|buy|borrow|find) (?:a |an )?(?:gun|pistol|handgun|firearm|rifle)\b.{0,40}\b(?:without|no|fast|quick|today|tonight)\b|\bhow to load (?:a |the |my )?(?:gun|pistol|rifle)\b/,
  /\btrains?\b.{0,40}\b(?:go(?:es)? through|pass(?:es)?|come(?:s)? through)\b.{0,30}\b(?:crossing|tracks|level crossing)\b/,
];

export function asksAboutMeans(folded: string): boolean {
  return MEANS_QUESTIONS.some((pattern) => pattern.test(folded));
}
