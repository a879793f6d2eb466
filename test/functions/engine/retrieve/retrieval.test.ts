import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { answerMessage } from "../../../../functions/engine/answer-message.ts";
import { normalise } from "../../../../functions/engine/normalise/normalise.ts";
import { CHAT_SHORTHAND } from "../../../../functions/engine/normalise/shorthand.ts";
import { closestTerm, editDistance } from "../../../../functions/engine/retrieve/fuzzy.ts";
import { PHRASES } from "../../../../functions/engine/retrieve/lexicon.ts";
import { vocabularyOf } from "../../../../functions/engine/retrieve/rank.ts";
import { rankTopics, retrieve, retrievedMatch } from "../../../../functions/engine/retrieve/retrieve.ts";
import { MIN_SCORE } from "../../../../functions/engine/retrieve/threshold.ts";
import { bigrams, prepareText, tokenise } from "../../../../functions/engine/retrieve/tokenise.ts";
import { DECOY_PREFIX } from "../../../../functions/knowledge/decoys.ts";
import { KNOWLEDGE_BASE } from "../../../../functions/knowledge/generated/knowledge-base.ts";
import { type CommunityConfig, CUSTOM_ANSWER_TOPIC_PREFIX, DEFAULT_CONFIG, resolveConfig } from "../../../../shared/schemas/community-config.ts";

const VOCABULARY = vocabularyOf(KNOWLEDGE_BASE.index);
const answer = (text: string, config: CommunityConfig = {}) => answerMessage({ text }, { config: resolveConfig(config) });
const topicOf = (text: string, config?: CommunityConfig) => answer(text, config).topic;
const topicOfMatch = (match: ReturnType<typeof retrieve>) => (match?.source === "topic" ? match.topic : null);

describe("retrieval understands how people write in chat", () => {
  it("reads shorthand for a therapist: my T, my psych, counsellor, shrink", () => {
    for (const who of ["my T", "my psych", "my counsellor", "my counselor", "my shrink", "my psychologist"]) {
      expect(topicOf(`why does ${who} keep saying we`), who).toBe("we-in-therapy");
    }
  });

  it("reads pronouns in place of the therapist", () => {
    expect(topicOf("is it okay to ask what she really thinks of me?")).toBe("therapist-opinion-of-you");
    expect(topicOf("how do I tell him I'm confused about what we're doing?")).toBe("raising-concerns");
  });

  it("meets British and American spellings, and chat shorthand, on the same words", () => {
    expect(tokenise("counselling judgement behaviour")).toEqual(tokenise("counseling judgment behavior"));
    expect(tokenise("u dont trust ur therapist rn")).toEqual(tokenise("you do not trust your therapist right now"));
    expect(tokenise("I can’t stop")).toEqual(tokenise("I cannot stop"));
  });

  it('reads chat shorthand by the normaliser\'s table, as triage does: "ngl" is "honestly", not "not … lie"', () => {
    // Retrieval reads words of letters (its own rules spell out contractions): every such entry reads the same.
    const apostropheless = Object.entries(CHAT_SHORTHAND).filter(([short]) => /^[a-z]+$/.test(short));
    for (const [short, plain] of apostropheless) expect(tokenise(short), short).toEqual(tokenise(plain));
    expect(tokenise("ngl my therapist is kinda great")).not.toContain("lie");
    const match = retrieve(normalise("ngl my therapist is kinda great"), DEFAULT_CONFIG);
    expect(topicOfMatch(match)).not.toBe("trust");
  });

  it("forgives typos in longer words but does not turn ordinary short words into others", () => {
    expect(topicOf("confidentality limits??")).toBe("confidentiality");
    expect(topicOf("setting boundries with my therapist")).toBe("boundaries");
    expect(editDistance("thearpist", "therapist", 2)).toBe(1);
    expect(editDistance("weather", "whether", 1)).toBe(2);
    expect(closestTerm("crsh", VOCABULARY)).toBe("crush");
    expect(closestTerm("went", VOCABULARY)).toBeUndefined();
  });

  it("corrects slips of the finger, not real words that sit one letter from a known one", () => {
    expect(closestTerm("therpist", VOCABULARY)).toBe("therapist");
    expect(closestTerm("thetapist", VOCABULARY)).toBe("therapist");
    expect(closestTerm("trsut", VOCABULARY)).toBe("trust");
    for (const word of ["cancer", "brother", "attack", "part", "star", "post"]) {
      expect(closestTerm(tokenise(word)[0]!, VOCABULARY), word).toBeUndefined();
    }
  });

  it("reads words that name what every JavaScript object inherits as plain words", () => {
    expect(() => tokenise("my dad is a constructor")).not.toThrow();
    expect(topicOf("my dad is a constructor and my therapist keeps saying we")).toBe("we-in-therapy");
    expect(answer("constructor").kind).toBe("out_of_scope");
    const custom = {
      customAnswers: [{ id: "builders", title: "Builders' corner", answer: "In #builders.", sampleQuestions: ["where do the constructor people chat"] }],
    };
    expect(topicOf("where do the constructor people chat", custom)).toBe("custom:builders");
  });

  it("finds the question at the end of a long, rambling message", () => {
    const story =
      "So I've been seeing someone for about eight months. Work has been really busy and my cat has been sick, " +
      "and last week I missed my bus and was late for everything. Sessions are mostly good and I like her. " +
      "Anyway, my real question: is it normal to feel really attached to your therapist?";
    expect(topicOf(story)).toBe("feelings-toward-therapist");
  });

  it("leaves off-topic chatter out of scope, even when it mentions a therapist in passing", () => {
    expect(answer("how do I center a div in css").kind).toBe("out_of_scope");
    expect(answer("my therapist's office has comfy chairs lol. anyway, does anyone know a good pizza place?").kind).toBe("out_of_scope");
    expect(answer("hey alliance").kind).toBe("out_of_scope");
  });
});

describe("retrieval tells apart what the words alone would not", () => {
  // Retrieval only: whether a message is a crisis is triage's decision, made before retrieval.
  const retrieved = (text: string) => topicOfMatch(retrieve(normalise(text), DEFAULT_CONFIG));

  it("reads self-harm as one thing, not as the therapist's self-disclosure", () => {
    expect(retrieved("i used to self harm as a teen but i've been fine for years, should i tell my new therapist")).toBe("talking-about-suicidal-thoughts");
    expect(retrieved("my therapist asked if i've ever had thoughts of suicide and i said no, was that weird")).toBe("talking-about-suicidal-thoughts");
    expect(retrieved("how do therapists handle it when a client says they're suicidal?")).toBe("talking-about-suicidal-thoughts");
    expect(retrieved("does my therapist ever talk about herself")).toBe("therapist-self-disclosure");
  });

  it("reads someone else's suicide as a loss to talk about, not as one's own thoughts", () => {
    expect(retrieved("i lost my mum to suicide ten years ago, how do i talk about grief in therapy")).toBe("talking-about-hard-things");
    expect(retrieved("how do i tell my therapist that my dad died by suicide")).toBe("talking-about-hard-things");
  });

  it("knows who cancelled: the therapist or the client", () => {
    expect(retrieved("my therapist keeps cancelling on me")).toBe("therapist-seems-distracted");
    expect(retrieved("my counsellor is always ten minutes late")).toBe("therapist-seems-distracted");
    expect(retrieved("i keep cancelling on my therapist")).toBe("missed-sessions");
    expect(retrieved("i was late to my session")).toBe("missed-sessions");
  });
});

describe("a community's configuration", () => {
  it("never returns a disabled topic, nor follow-ups leading to one", () => {
    expect(topicOf("why does my therapist say we", { disabledTopics: ["we-in-therapy"] })).not.toBe("we-in-therapy");
    const base = answer("what is the therapeutic alliance");
    const disabled = base.followUps[0]!;
    const target = answer(disabled).topic!;
    const withDisabled = answer("what is the therapeutic alliance", { disabledTopics: [target] });
    expect(withDisabled.topic).toBe("therapeutic-alliance");
    expect(withDisabled.followUps).not.toContain(disabled);
  });

  it("retrieves custom answers alongside built-in topics", () => {
    const config: CommunityConfig = {
      customAnswers: [
        {
          id: "server-rules",
          title: "Our server rules",
          answer: "Be kind, no medical advice, and use the #vent channel for venting.",
          sampleQuestions: ["what are the server rules", "where can I vent"],
        },
      ],
    };
    const reply = answer("where are the rules of this server?", config);
    expect(reply).toMatchObject({ kind: "answer", topic: "custom:server-rules", followUps: [] });
    expect(reply.text).toBe("**Our server rules**\n\nBe kind, no medical advice, and use the #vent channel for venting.");
    expect(topicOf("why does my therapist say we", config)).toBe("we-in-therapy");
    const edited = { customAnswers: [{ ...config.customAnswers![0]!, sampleQuestions: ["how do I get the listener role"] }] };
    expect(topicOf("how can I get the listener role?", edited)).toBe("custom:server-rules");
    expect(topicOf("how can I get the listener role?", config)).toBeNull();
  });

  it("replaces a topic's text or appends a note to it", () => {
    const question = "can I text my therapist between sessions";
    const original = answer(question);
    const appended = answer(question, { topicOverrides: { boundaries: { mode: "append", text: "Ask a moderator about our check-in thread." } } });
    // The short answer stays the lead; the note follows the whole answer, which "Tell me more" shows.
    expect(appended.text).toBe(original.text);
    expect(appended.more).toBe(`${original.more}\n\nAsk a moderator about our check-in thread.`);
    const replaced = answer(question, { topicOverrides: { boundaries: { mode: "replace", text: "Our own words on boundaries." } } });
    expect(replaced.text).toBe("**Boundaries in the therapy relationship**\n\nOur own words on boundaries.");
    expect(replaced.more).toBeUndefined();
    expect(replaced.followUps).toEqual(answer(question).followUps);
  });

  it("uses the defaults when the community has set nothing", () => {
    expect(answerMessage({ text: "why does my therapist say we" }, { config: DEFAULT_CONFIG }).topic).toBe("we-in-therapy");
  });
});

describe("retrieval's shortcuts change nothing", () => {
  const corpusTexts = ["triage.json", "triage-holdout.json", "questions.json", "questions-holdout.json", "scorer-chat.json", "scorer-posts.json"].flatMap(
    (file) => (JSON.parse(readFileSync(`test/corpus/${file}`, "utf8")) as { text: string }[]).map(({ text }) => text),
  );

  it("answers with the community's own answer the words put first, else with the learned model's likeliest class", () => {
    const custom = resolveConfig({
      disabledTopics: ["trust", "first-session"],
      customAnswers: [{ id: "rules", title: "Server rules", answer: "See #rules.", sampleQuestions: ["where are the server rules?", "can I post memes?"] }],
    });
    let answered = 0;
    let unanswered = 0;
    for (const config of [DEFAULT_CONFIG, custom]) {
      for (const text of corpusTexts.filter((_, i) => i % 3 === 0)) {
        const message = normalise(text);
        const { matches, threshold, outOfScope } = rankTopics(message, config);
        const first = matches.find(({ topic, words }) => words >= (topic.startsWith(CUSTOM_ANSWER_TOPIC_PREFIX) ? MIN_SCORE : threshold));
        const retrieved = retrieve(message, config);
        if (first?.topic.startsWith(CUSTOM_ANSWER_TOPIC_PREFIX)) {
          expect(retrieved, text).toEqual(retrievedMatch(first, config));
          continue;
        }
        const likeliest = matches
          .filter(({ probability }) => probability !== undefined)
          .reduce<(typeof matches)[number] | undefined>((best, match) => (!best || match.probability! > best.probability! ? match : best), undefined);
        if (!likeliest || likeliest.probability! <= outOfScope) {
          expect(retrieved, text).toBeNull();
          unanswered++;
        } else {
          expect(retrieved?.source === "topic" && retrieved.topic, text).toBe(likeliest.topic);
          expect(retrieved?.probability, text).toBeCloseTo(likeliest.probability!, 12);
          expect(likeliest.topic.startsWith(DECOY_PREFIX) || config.disabledTopics.includes(likeliest.topic)).toBe(false);
          answered++;
        }
      }
    }
    expect(answered).toBeGreaterThan(500);
    expect(unanswered).toBeGreaterThan(500);
  }, 60_000);

  it("a phrase rule skipped for want of its markers would have changed nothing, on every corpus message", () => {
    expect(corpusTexts.length).toBeGreaterThan(5_000);
    for (const text of corpusTexts) expect(prepareText(text), text).toBe(prepareText(text, { gated: false }));
  });

  it("each phrase rule's markers are in every match, on the text as the rules before it leave it", () => {
    const samples = ["my therapist cut herself", "they hurt themselves", "she says we should stop", "thanks alliance", "can they hear me", "i brought it up"];
    for (const text of [...samples, ...corpusTexts]) {
      let prepared = text.toLowerCase();
      for (const [pattern, replacement, markers] of PHRASES) {
        for (const match of markers ? prepared.matchAll(new RegExp(pattern.source, "g")) : []) {
          expect(
            markers!.some((marker) => (typeof marker === "string" ? match[0].includes(marker) : marker.test(match[0]))),
            `${pattern.source} in ${text}`,
          ).toBe(true);
        }
        prepared = prepared.replace(pattern, replacement);
      }
    }
  });
});

describe("phrase pairs", () => {
  it("pair each word with the next, past a transparent word, and a negation with the words after it, each pair once", () => {
    expect(bigrams(["my", "therapist", "say", "we", "not", "help", "therapist", "therapist", "me"])).toEqual([
      "my therapist",
      "therapist say",
      "say we",
      "we not",
      "not help",
      "help therapist",
      "therapist therapist",
      "therapist me",
      "not therapist",
      "not me",
      "my say",
      "help me",
    ]);
    expect(bigrams(["therapist"])).toEqual([]);
    expect(bigrams(["therapist", "a", "b"])).toEqual(["therapist a", "a b"]);
  });
});
