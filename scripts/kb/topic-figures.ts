/** How a development script's topic choices fare: top-1 over the questions with a topic, out-of-scope precision and recall (null: out of scope). */
export interface TopicFigures {
  inScope: number;
  right: number;
  predictedOut: number;
  rightOut: number;
  labelledOut: number;
  top1: number;
  precision: number;
  recall: number;
}

export function topicFigures(choices: Iterable<{ label: string | null; got: string | null }>): TopicFigures {
  let inScope = 0;
  let right = 0;
  let predictedOut = 0;
  let rightOut = 0;
  let labelledOut = 0;
  for (const { label, got } of choices) {
    if (label !== null) {
      inScope++;
      if (got === label) right++;
    } else labelledOut++;
    if (got === null) {
      predictedOut++;
      if (label === null) rightOut++;
    }
  }
  return {
    inScope,
    right,
    predictedOut,
    rightOut,
    labelledOut,
    top1: right / inScope,
    precision: rightOut / predictedOut,
    recall: rightOut / labelledOut,
  };
}
