// Spanish tweets found with suicide-related phrases and annotated for suicidal intent (Valeriano, Condori-Larico &
// Sulla-Torres, "Detection of Suicidal Intent in Spanish Language Social Networks using Machine Learning", IJACSA
// 11(4), 2020). The only labelled real crisis text in Spanish, Portuguese, French or German found on GitHub.
import { parseCsv } from "../csv.ts";
import type { RawRow, Source } from "../source.ts";

const PATH = "dataset/suicidio_notacion.csv";

export const spanishSuicide: Source = {
  id: "spanish-suicide",
  title: "Spanish tweets annotated for suicidal intent (Valeriano et al., IJACSA 2020)",
  language: "es",
  snapshot: { repo: "kvvaldez/spanish_suicide", commit: "125fb996b24b97237b56d94a2d99b4ec0289e8be", paths: [PATH] },
  licence: {
    status: "none-stated",
    name: "NONE STATED: no LICENSE file; the README offers 'the annotated data in the Spanish language' and asks users to cite the paper. Implied research permission only: measured, never trained on.",
    readAt: "kvvaldez/spanish_suicide README.md and tree at 125fb996b24b97237b56d94a2d99b4ec0289e8be (no LICENSE)",
  },
  labels:
    "The dataset's own annotation (column suicidio): 1 → crisis, reason suicide_self_harm, category suicidal-intent. 0 → benign, category no-intent: tweets found with the same suicide-related search phrases ('quiero morir', 'no quiero despertar', 'odio mi vida' …) and judged by the annotators to show no suicidal intent; many speak of wanting to die, so they are measured apart from ordinary text and carry no false-alarm target. The search phrase (column frase) is not read.",
  noise:
    "The text is the authors' cleaned tweet (tweet_clean): lower case, punctuation and accents mostly kept but emoji, handles and links removed, cut at about 120 characters, often mid-word. Labels from the authors' annotation of intent, not of risk: label 0 holds passive ideation and song lyrics as well as plain sadness. 750 rows were added by the authors' phrase-similarity step ('data de similaridad').",
  cap: 20000,
  read(readFile) {
    const rows: RawRow[] = [];
    const excluded: Record<string, number> = {};
    for (const tweet of parseCsv(readFile(PATH))) {
      const text = (tweet.tweet_clean ?? "").trim();
      if (tweet.suicidio === "1") rows.push({ text, expect: "crisis", reason: "suicide_self_harm", category: "suicidal-intent" });
      else if (tweet.suicidio === "0") rows.push({ text, expect: "benign", category: "no-intent" });
      else excluded["no label"] = (excluded["no label"] ?? 0) + 1;
    }
    return { rows, excluded };
  },
};
