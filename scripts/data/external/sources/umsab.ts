// UMSAB, the Unified Multilingual Sentiment Analysis Benchmark of XLM-T (Barbieri, Espinosa-Anke &
// Camacho-Collados, LREC 2022): real tweets rated negative, neutral or positive, 3,033 per language. Spanish from
// InterTASS 2017, Portuguese from TweetSentBR, French from DEFT 2017, German from SB-10K. All benign, through the
// conservative risk-words rule in the tweet's language (risk-words-languages.ts): a joke is heard from positive
// sentiment, sadness from negative.
import { riskWordsVerdictIn } from "../risk-words-languages.ts";
import type { RawRow, Source, SourceLanguage } from "../source.ts";

const FOLDERS: Record<SourceLanguage, { folder: string; original: string }> = {
  es: { folder: "spanish", original: "InterTASS 2017 (Díaz Galiano et al., 2018)" },
  pt: { folder: "portuguese", original: "TweetSentBR (Brum & Nunes, 2018)" },
  fr: { folder: "french", original: "DEFT 2017 (Benamara et al., 2017)" },
  de: { folder: "german", original: "SB-10K (Cieliebak et al., 2017)" },
};
const SPLITS = ["train", "val", "test"];
const LABELS = ["negative", "neutral", "positive"];
const CATEGORY: Record<string, string> = { negative: "emotional-negative", neutral: "ordinary", positive: "emotional" };

function umsab(language: SourceLanguage): Source {
  const { folder, original } = FOLDERS[language];
  const paths = SPLITS.flatMap((split) => [`data/sentiment/${folder}/${split}_text.txt`, `data/sentiment/${folder}/${split}_labels.txt`]);
  return {
    id: `umsab-${language}`,
    title: `UMSAB ${folder} tweets rated for sentiment (XLM-T; originally ${original})`,
    language,
    snapshot: { repo: "cardiffnlp/xlm-t", commit: "874214d64d96599eb869a033c22ec2cc57d19256", paths },
    licence: {
      status: "research-only",
      name: "The repository is Apache-2.0, but its README says 'restrictions may apply to individual datasets (which are derived from existing data) or Twitter (main data source). We refer users to the original licenses accompanying each dataset and Twitter regulations.' The original shared-task data are distributed for research.",
      readAt: "cardiffnlp/xlm-t README.md, section License, and LICENSE at 874214d64d96599eb869a033c22ec2cc57d19256",
    },
    labels:
      "All benign (tweets rated for sentiment, never for risk). Risk words in the tweet's language (risk-words-languages.ts): first-person talk of dying or killing oneself ('me muero de risa', 'morri', 'mort de rire', 'ich lach mich tot') kept as crisis-words-joking only when rated positive, otherwise left out; suicide talk rated negative left out; other words of death and violence → crisis-words. Else emotional-negative (negative), ordinary (neutral), emotional (positive). @user placeholders removed.",
    noise:
      "Raters judged sentiment, not risk: a crisis in words the rule does not know would be labelled benign. The original sets were gathered around topics (Spanish and French politics and news, Brazilian TV shows, German general tweets), so they are less personal than chat.",
    cap: 20000,
    read(readFile) {
      const rows: RawRow[] = [];
      const excluded: Record<string, number> = {};
      for (const split of SPLITS) {
        const texts = readFile(`data/sentiment/${folder}/${split}_text.txt`).split("\n");
        const labels = readFile(`data/sentiment/${folder}/${split}_labels.txt`).split("\n");
        texts.forEach((raw, i) => {
          const text = raw.replace(/@user\b/g, " ").trim();
          const label = LABELS[Number(labels[i]?.trim())];
          if (!text || label === undefined) return;
          const verdict = riskWordsVerdictIn(language, text, label === "positive", label === "negative");
          if (verdict === "exclude") {
            excluded["possible risk"] = (excluded["possible risk"] ?? 0) + 1;
            return;
          }
          const category = verdict === "joking" ? "crisis-words-joking" : (verdict ?? CATEGORY[label] ?? "ordinary");
          rows.push({ text, expect: "benign", category });
        });
      }
      return { rows, excluded };
    },
  };
}

export const UMSAB_SOURCES: Source[] = (["es", "pt", "fr", "de"] as const).map(umsab);
