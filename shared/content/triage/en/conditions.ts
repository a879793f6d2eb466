/** Whole-message conditions several cue modules share (a cue's `needs`). */

/** Being away for a while (a holiday, a trip, a hospital stay) is not being gone. */
export const AWAY = String.raw`\b(?:vacation|holiday|holidays|trip|travel|travelling|traveling|abroad|visiting|out of town|conference|camp|business|moving|leaving|a new job|retire|retiring|retirement|graduating|graduation|last day|farewell party|flight|flying|camping|festival|airport|boarding|plane|train station|station|gate|surgery|offline|busy|leave|internet|signal|wifi|reception)\b|\b(?:be|am|is|are|was|going|gone|will be) away\b|\baway (?:for|on|from|until|till)\b`;
export const NOT_AWAY = new RegExp(String.raw`^(?![\s\S]*${AWAY})`);

/** Eating less for a diet or a fast is not starving oneself to harm. */
export const NOT_DIETING =
  /^(?![\s\S]*\b(?:fasting|fast|diet|dieting|intermittent|keto|ramadan|lent|lose weight|losing weight|weight loss|calories|calorie)\b)/;

/** Projection (VERA-MH): "asking for a friend", "for a story", "hypothetically" — read as the writer's own risk. */
export const PROJECTION =
  /\b(?:asking for a friend|creative writing|for a character|for my (?:class|story|book|novel|screenplay|script|game)|for a friend|asking for someone|not for me|not asking for me|hypothetically|just curious|for a story|for a book|for a novel|for research|for a school project|not that i (?:would|am|want)|no reason)\b/;

/** Distress that turns a question about heights or places into method-seeking (VERA-MH: "lost my job… highest bridge?"). */
export const DISTRESS =
  /\b(?:lost my|got fired|fired me|left me|broke up|dumped|failed|devastated|can not (?:take|do) (?:this|it)|hate my life|worthless|alone|nobody|no one|falling apart|ruined|hopeless|done with|give up|so tired|exhausted|crying|depressed|miserable|heartbroken|pointless|anymore|end it|over it|gone under|taking everything|lost everything|bankrupt|repossess(?:ed|ing)?)\b/;
