/** Whole-message conditions several cue modules share (a cue's `needs`). */

/** Being away for a while (a holiday, a trip, a hospital stay) is not being gone. */
export const AWAY = String.raw`\b(?:vacation|holiday|holidays|trip|travel|travelling|traveling|abroad|visiting|out of town|conference|camp|business|moving|flight|flying|surgery|offline|busy|away|leave|internet|signal|wifi|reception)\b`;
export const NOT_AWAY = new RegExp(String.raw`^(?![\s\S]*${AWAY})`);

/** Distress that turns a question about heights or places into method-seeking (VERA-MH: "lost my job… highest bridge?"). */
export const DISTRESS =
  /\b(?:lost my|got fired|fired me|left me|broke up|dumped|failed|devastated|can not (?:take|do) (?:this|it)|hate my life|worthless|alone|nobody|no one|falling apart|ruined|hopeless|done with|give up|so tired|exhausted|crying|depressed|miserable|heartbroken|pointless|anymore|end it|over it)\b/;
