import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../../scripts/data/external/csv.ts";
import { capByCategory, prepareSource } from "../../../../scripts/data/external/prepare.ts";
import { riskWordsVerdict } from "../../../../scripts/data/external/risk-words.ts";
import { riskWordsVerdictIn } from "../../../../scripts/data/external/risk-words-languages.ts";
import type { RawRow, Source } from "../../../../scripts/data/external/source.ts";
import { labelGeneralPost, labelSuicideWatchPost, postText } from "../../../../scripts/data/external/sources/reddit-top.ts";
import { cleanText, splitOf, truncate } from "../../../../scripts/data/external/text.ts";

function fakeSource(
  rows: RawRow[],
  cap = 100,
  { nearDuplicatesOfEarlierSources = false, language }: { nearDuplicatesOfEarlierSources?: boolean; language?: Source["language"] } = {},
): Source {
  return {
    nearDuplicatesOfEarlierSources,
    ...(language ? { language } : {}),
    id: "fake",
    title: "fake",
    snapshot: { repo: "example/fake", commit: "0".repeat(40), paths: [] },
    licence: { status: "open", name: "test", readAt: "test" },
    labels: "",
    noise: "",
    cap,
    read: () => ({ rows, excluded: {} }),
  };
}

describe("external data clean-up", () => {
  it("removes links, handles and Reddit user names but keeps the words", () => {
    expect(cleanText("see https://example.org/x and www.example.org ok")).toBe("see and ok");
    expect(cleanText("@someone thanks, u/other_user said [this](https://x.y) too")).toBe("thanks, said this too");
    expect(cleanText("mail me at a@b.com")).toBe("mail me at a@b.com");
  });

  it("cuts a long text at a sentence end within the limit", () => {
    const text = `${"a".repeat(60)}. ${"b".repeat(60)}. ${"c".repeat(60)}.`;
    const cut = truncate(text, 130);
    expect(cut).toBe(`${"a".repeat(60)}. ${"b".repeat(60)}.`);
    expect(truncate("short.", 130)).toBe("short.");
  });

  it("splits by a hash of source and text: same answer every time, about 20/15/65", () => {
    expect(splitOf("s", "one text")).toBe(splitOf("s", "one text"));
    const counts = { sealed: 0, calibration: 0, train: 0 };
    for (let i = 0; i < 10000; i += 1) counts[splitOf("s", `text number ${i}`)] += 1;
    expect(counts.sealed / 10000).toBeGreaterThan(0.18);
    expect(counts.sealed / 10000).toBeLessThan(0.22);
    expect(counts.calibration / 10000).toBeGreaterThan(0.13);
    expect(counts.calibration / 10000).toBeLessThan(0.17);
  });

  it("caps a source keeping small categories whole", () => {
    const rows = [
      ...Array.from({ length: 5 }, (_, i) => ({ text: `rare ${i}`, category: "rare" })),
      ...Array.from({ length: 200 }, (_, i) => ({ text: `common ${i}`, category: "common" })),
    ];
    const kept = capByCategory(rows, 50, "salt");
    expect(kept).toHaveLength(50);
    expect(kept.filter((r) => r.category === "rare")).toHaveLength(5);
  });

  it("drops short texts, keeps one of a duplicate, and drops both sides when labels disagree", () => {
    const { rows, dropped } = prepareSource(
      fakeSource([
        { text: "too short", expect: "benign", category: "x" },
        { text: "I am writing a long enough text", expect: "benign", category: "x" },
        { text: "i am writing a LONG enough text!", expect: "benign", category: "x" },
        { text: "the same words with two labels", expect: "benign", category: "x" },
        { text: "The same words, with two labels.", expect: "crisis", reason: "suicide_self_harm", category: "y" },
      ]),
      () => "",
      new Set(),
    );
    expect(rows.map((r) => r.text)).toEqual(["I am writing a long enough text"]);
    expect(dropped).toMatchObject({ tooShort: 1, duplicate: 1, conflictingLabels: 2 });
    expect(rows[0]).toMatchObject({ source: "fake", expect: "benign" });
  });

  it("does not repeat a text an earlier source already gave", () => {
    const seen = new Set<string>();
    prepareSource(fakeSource([{ text: "words that two sources share", expect: "benign", category: "x" }]), () => "", seen);
    const later = prepareSource(fakeSource([{ text: "Words that two sources share!", expect: "benign", category: "x" }]), () => "", seen);
    expect(later.rows).toHaveLength(0);
    expect(later.dropped.seenInEarlierSource).toBe(1);
  });
});

describe("near-duplicates of an earlier source", () => {
  const earlier = "Title of a post.\nI have been feeling this way for a long time and I do not know what to do anymore";
  const edited = "Title of a post.\nI have been feeling this way for a long time and nothing helps, edit: thanks all";

  it("leaves out a text that starts like an earlier source's, for a source that asks", () => {
    const seen = new Set<string>();
    const starts = new Set<string>();
    prepareSource(fakeSource([{ text: earlier, expect: "crisis", reason: "suicide_self_harm", category: "x" }]), () => "", seen, starts);
    const later = prepareSource(
      fakeSource([{ text: edited, expect: "crisis", reason: "suicide_self_harm", category: "x" }], 100, { nearDuplicatesOfEarlierSources: true }),
      () => "",
      seen,
      starts,
    );
    expect(later.rows).toHaveLength(0);
    expect(later.dropped.nearDuplicateOfEarlierSource).toBe(1);
  });

  it("keeps it for a source that does not ask, so the other sources' rows stay as they were", () => {
    const seen = new Set<string>();
    const starts = new Set<string>();
    prepareSource(fakeSource([{ text: earlier, expect: "crisis", reason: "suicide_self_harm", category: "x" }]), () => "", seen, starts);
    const later = prepareSource(fakeSource([{ text: edited, expect: "crisis", reason: "suicide_self_harm", category: "x" }]), () => "", seen, starts);
    expect(later.rows).toHaveLength(1);
    expect(later.dropped).not.toHaveProperty("nearDuplicateOfEarlierSource");
  });
});

describe("reddit-top's label rules", () => {
  it("builds a post's text as the SDCNL source does, so the same post is recognised", () => {
    expect(postText("Can't do this anymore", "Every day is worse.")).toBe("Can't do this anymore.\nEvery day is worse.");
    expect(postText("Is this it?", "[removed]")).toBe("Is this it?");
  });

  it("takes an r/SuicideWatch post as a crisis, but not the community's notices, recoveries or grief for others", () => {
    expect(labelSuicideWatchPost("I can't keep going, tonight I just want it to stop")).toMatchObject({ expect: "crisis", category: "suicidewatch" });
    expect(labelSuicideWatchPost("Please message the moderators if someone harasses you")).toHaveProperty("excluded");
    expect(labelSuicideWatchPost("Throwing away my blades today, 3 days self harm free")).toHaveProperty("excluded");
    expect(labelSuicideWatchPost("I've decided that I won't kill myself")).toHaveProperty("excluded");
    expect(labelSuicideWatchPost("My brother killed himself last week and I can't breathe")).toHaveProperty("excluded");
  });

  it("keeps general posts benign, and leaves out first-person risk words outside a joke subreddit", () => {
    expect(labelGeneralPost("My wife said kill me now when the in-laws arrived", "Jokes")).toMatchObject({ expect: "benign", category: "crisis-words-joking" });
    expect(labelGeneralPost("I just want to die, nothing matters", "books")).toHaveProperty("excluded");
    expect(labelGeneralPost("The villain dies in the last ten minutes", "movies")).toMatchObject({ expect: "benign", category: "crisis-words" });
    expect(labelGeneralPost("A cat sleeping in the sun", "aww")).toMatchObject({ expect: "benign", category: "ordinary" });
    expect(labelGeneralPost("Why did the chicken cross the road", "Jokes")).toMatchObject({ expect: "benign", category: "joke" });
  });
});

describe("the conservative risk-words rule for benign sources", () => {
  it("keeps first-person risk words only when heard as a joke and not as sad", () => {
    expect(riskWordsVerdict("lol kill me now", true, false)).toBe("joking");
    expect(riskWordsVerdict("lol kill me now", true, true)).toBe("exclude");
    expect(riskWordsVerdict("I just want to die", false, false)).toBe("exclude");
  });

  it("keeps other crisis words as benign negatives and leaves sad suicide talk out", () => {
    expect(riskWordsVerdict("my phone battery is dead again", false, false)).toBe("crisis-words");
    expect(riskWordsVerdict("that suicide squad movie", false, false)).toBe("crisis-words");
    expect(riskWordsVerdict("my cousin talked about suicide", false, true)).toBe("exclude");
    expect(riskWordsVerdict("a lovely day at the beach", false, true)).toBeNull();
  });
});

describe("the conservative risk-words rule in Spanish, Portuguese, French and German", () => {
  it("keeps a figure of speech only when the tweet was rated positive", () => {
    expect(riskWordsVerdictIn("es", "jajaja me muero de risa con este video", true, false)).toBe("joking");
    expect(riskWordsVerdictIn("pt", "Morri de vergonha kkkk", true, false)).toBe("joking");
    expect(riskWordsVerdictIn("fr", "je suis mort de rire", true, false)).toBe("joking");
    expect(riskWordsVerdictIn("de", "Ich lach mich tot!", true, false)).toBe("joking");
    expect(riskWordsVerdictIn("de", "Ich lach mich tot!", false, false)).toBe("exclude");
  });

  it("leaves first-person talk of dying out unless heard as a joke, accents or not", () => {
    expect(riskWordsVerdictIn("es", "ya no quiero vivir", false, true)).toBe("exclude");
    expect(riskWordsVerdictIn("pt", "não quero mais viver", false, false)).toBe("exclude");
    expect(riskWordsVerdictIn("pt", "nao quero mais viver", false, false)).toBe("exclude");
    expect(riskWordsVerdictIn("fr", "j'ai envie d'en finir", true, true)).toBe("exclude");
    expect(riskWordsVerdictIn("de", "ich will nicht mehr leben", false, false)).toBe("exclude");
  });

  it("keeps other words of death as crisis-words and sad suicide talk out", () => {
    expect(riskWordsVerdictIn("es", "la muerte de un actor famoso", false, false)).toBe("crisis-words");
    expect(riskWordsVerdictIn("de", "Der Tod im Tatort war spannend", false, false)).toBe("crisis-words");
    expect(riskWordsVerdictIn("fr", "encore un suicide en prison", false, true)).toBe("exclude");
    expect(riskWordsVerdictIn("de", "total gute Stimmung heute", false, false)).toBeNull();
    expect(riskWordsVerdictIn("pt", "que dia lindo na praia", true, false)).toBeNull();
  });
});

describe("a source in another language", () => {
  it("tags every prepared row with its language; an English source's rows carry none", () => {
    const row: RawRow = { text: "no quiero ir a clase hoy", expect: "benign", category: "x" };
    expect(prepareSource(fakeSource([row], 100, { language: "es" }), () => "", new Set()).rows[0]).toMatchObject({ language: "es" });
    expect(prepareSource(fakeSource([row]), () => "", new Set()).rows[0]).not.toHaveProperty("language");
  });
});

describe("the CSV reader", () => {
  it("reads quoted fields with commas, doubled quotes and newlines", () => {
    const rows = parseCsv('id,text\n1,"a, b"\n2,"say ""hi""\nthen go"\r\n3,plain\n');
    expect(rows).toEqual([
      { id: "1", text: "a, b" },
      { id: "2", text: 'say "hi"\nthen go' },
      { id: "3", text: "plain" },
    ]);
  });
});
