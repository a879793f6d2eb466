import { chatterEvaluation } from "./chatter-evaluation.ts";
import { conversationEvaluation } from "./conversation-evaluation.ts";
import { FIGURES_ONLY_SETS, misconductDevelopmentEvaluation, misconductFiguresEvaluation } from "./misconduct-stories-evaluation.ts";
import type { EvaluationReport } from "./report.ts";
import {
  developmentBatch2Evaluation,
  developmentBatch3Evaluation,
  developmentBatch4Evaluation,
  holdoutBatch7Evaluation,
  holdoutBatch9Evaluation,
  holdoutEvaluation,
  retrievalEvaluation,
} from "./retrieval-evaluation.ts";
import { riskEvaluation } from "./risk-evaluation.ts";
import { triageEvaluation } from "./triage-evaluation.ts";
import { triageHoldoutEvaluation } from "./triage-holdout-evaluation.ts";

export function allEvaluations(): EvaluationReport[] {
  return [
    triageEvaluation(),
    triageHoldoutEvaluation(),
    misconductDevelopmentEvaluation(),
    ...FIGURES_ONLY_SETS.map(misconductFiguresEvaluation),
    riskEvaluation(),
    ...knowledgeBaseEvaluations(),
    conversationEvaluation(),
    chatterEvaluation(),
  ];
}

/** The knowledge base's corpora alone (`npm run eval -- --kb`): development, then held-out. */
export function knowledgeBaseEvaluations(): EvaluationReport[] {
  return [
    retrievalEvaluation(),
    developmentBatch2Evaluation(),
    developmentBatch3Evaluation(),
    developmentBatch4Evaluation(),
    holdoutEvaluation(),
    holdoutBatch7Evaluation(),
    holdoutBatch9Evaluation(),
  ];
}
