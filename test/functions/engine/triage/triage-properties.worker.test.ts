import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answerMessage } from "../../../../functions/engine/answer-message.ts";
import { AnswerSchema } from "../../../../shared/schemas/answer.ts";
import { DEFAULT_CONFIG } from "../../../../shared/schemas/community-config.ts";
import CORPUS from "../../../corpus/triage.json" with { type: "json" };
import { FUZZ_SEED, PROPERTY_TIMEOUT_MS } from "../../../support/fuzz-inputs.ts";
import { OBFUSCATIONS, type Obfuscation } from "../../../support/obfuscate.ts";
import { postJson } from "../../../support/worker/fetch-worker.ts";

/**
 * Triage properties: a crisis message stays a crisis reply whatever figurative noise surrounds it and
 * however it is disguised. The properties run the engine the Worker answers with (answerMessage, pure
 * and fast); a sample of each goes through the Worker's real fetch as well. Seeds are the corpus's
 * plainly written crisis messages (its obfuscated and coded ones are disguised already).
 */
const RUNS = { noise: 500, perObfuscation: 400, combined: 600 };

type Labelled = { text: string; expect: string; category: string };
const corpus = CORPUS as Labelled[];
const PLAIN_CATEGORIES = new Set([
  "explicit",
  "passive",
  "plan_means",
  "self_harm",
  "overdose",
  "hopelessness",
  "abuse_danger",
  "harm_to_others",
  "third_party",
  "voices",
  "disclosure_in_question",
]);
const CRISES = corpus.filter((m) => m.expect === "crisis" && PLAIN_CATEGORIES.has(m.category)).map((m) => m.text);
/**
 * Figures of speech and chit-chat the corpus says are not crises, without laughter (a laugh anywhere in
 * the message is a known gap, below); after the crisis, only sentences of three words or more (a bare
 * "bye" or "thanks!" after it is another).
 */
const LAUGH = /\b(?:lol|lmao|haha|kidding|joking)\b|😂|💀|🤣|:joy:|:skull:/i;
const NOISE = corpus
  .filter((m) => m.expect === "benign" && (m.category === "figurative" || m.category === "chit_chat") && !LAUGH.test(m.text))
  .map((m) => m.text);
const NOISE_AFTER = NOISE.filter((text) => text.split(/\s+/).length >= 3);

const crisisMessage = fc.constantFrom(...CRISES);
/** Every this-many-th case also goes through the Worker's real fetch, which must agree. */
const THROUGH_FETCH_EVERY = 10;
let cases = 0;

async function kindOf(text: string): Promise<string> {
  const answer = answerMessage({ text, locale: "en-GB" }, { config: DEFAULT_CONFIG });
  if (answer.kind === "crisis") expect(answer.resources.length, text).toBeGreaterThan(0);
  cases += 1;
  if (cases % THROUGH_FETCH_EVERY === 0) {
    const response = await postJson("/v1/answer", { text, platform: "discord", locale: "en-GB" });
    expect(response.status, text).toBe(200);
    expect(AnswerSchema.parse(await response.json()).kind, text).toBe(answer.kind);
  }
  return answer.kind;
}

async function expectCrisis(original: string, disguised: string): Promise<void> {
  expect(await kindOf(disguised), `${JSON.stringify(disguised)} (from ${JSON.stringify(original)})`).toBe("crisis");
}

describe("triage properties", () => {
  it(
    `the seeds: all ${CRISES.length} plain crisis messages are crisis replies`,
    async () => {
      for (const text of CRISES) expect(await kindOf(text), text).toBe("crisis");
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "figurative noise and chit-chat before or after a crisis message keep it a crisis",
    async () => {
      const noisy = fc.record({
        crisis: crisisMessage,
        before: fc.array(fc.constantFrom(...NOISE), { maxLength: 3 }),
        after: fc.array(fc.constantFrom(...NOISE_AFTER), { maxLength: 3 }),
        separator: fc.constantFrom(". ", "! ", "? ", "\n", "\n\n"),
      });
      await fc.assert(
        fc.asyncProperty(noisy, async ({ crisis, before, after, separator: sep }) => {
          await expectCrisis(crisis, [...before, crisis, ...after].join(sep));
        }),
        { seed: FUZZ_SEED, numRuns: RUNS.noise },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  for (const [name, obfuscate] of Object.entries(OBFUSCATIONS) as [string, Obfuscation][]) {
    it(
      `disguised with ${name}, a crisis message stays a crisis`,
      async () => {
        const disguised = crisisMessage.chain((crisis) => fc.tuple(fc.constant(crisis), obfuscate(crisis)));
        await fc.assert(
          fc.asyncProperty(disguised, async ([crisis, text]) => expectCrisis(crisis, text)),
          { seed: FUZZ_SEED, numRuns: RUNS.perObfuscation },
        );
      },
      PROPERTY_TIMEOUT_MS,
    );
  }

  it(
    "disguised two ways at once (a word-level disguise, then a character-level one), a crisis message stays a crisis",
    async () => {
      const { spacedLetters, leetspeak, stretched, markup, zeroWidth, homoglyphs, letterCase } = OBFUSCATIONS;
      const disguised = fc
        .tuple(
          crisisMessage,
          fc.constantFrom<Obfuscation>(spacedLetters, leetspeak, stretched, markup),
          fc.constantFrom<Obfuscation>(zeroWidth, homoglyphs, letterCase),
        )
        .chain(([crisis, first, second]) => first(crisis).chain((once) => fc.tuple(fc.constant(crisis), second(once))));
      await fc.assert(
        fc.asyncProperty(disguised, async ([crisis, text]) => expectCrisis(crisis, text)),
        { seed: FUZZ_SEED, numRuns: RUNS.combined },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

describe("normalisation the properties found wanting (fixed)", () => {
  it.each([
    ["alternating case, where a capital I is an i", "i wAnT To dIe. iM SuIcIdAl"],
    ["a capital I standing in for an l still folds", "i want to kiII myseIf"],
    ["a number typed after spaced-out letters", "i took an o v e r d o s e 2 hours ago"],
    ["a stretched 'to' before a verb", "i want tooooo die"],
    ["a stretched 'too' before 'many'", "i took toooo many pills"],
    // Closed by the learned scorer, which reads the words the cues cannot parse.
    ["spaced-out letters of a word the normaliser does not know", "i keep t h i n k i n g about suicide"],
    ["leetspeak with ! before a digit", "honestly i just want to d!3"],
    ["a stretched 'of' reads as 'off'", "i'm tired offffff being alive"],
    // Closed by the clause splitter: a sentence that starts with "tonight" is its own clause, not a fragment.
    ["a figurative 'it' before 'do it'", "you're killing it with the new job! tonight i'm going to finally do it, i have the pills"],
  ])("%s: %s", async (_, text) => {
    expect(await kindOf(text)).toBe("crisis");
  });
});

/**
 * Known gaps the properties found, outside what the generators above produce. Each test fails while
 * the gap exists (`it.fails`); when one starts passing, the gap is closed: make it a plain test.
 */
describe("known gaps (reported; each test passes while the engine still misses it)", () => {
  it.fails.each([
    [
      "a laugh in another sentence makes a threat read as a joke",
      "my husband threatened to kill me last night. lol i'm dying of embarrassment, i called my therapist mom",
    ],
    [
      "a laugh in another sentence makes ideation read as a joke",
      "lol i'm dying of embarrassment, i called my therapist mom. i wish i could just stop being alive",
    ],
    ["a laughing emoji between sentences joins them", "she slayed that presentation 😂 i want to kill myself"],
    ["a bare sign-off after a short crisis message", "I feel like ending it. bye"],
    ["a bare thank-you after a plan", "i'm going to jump. thanks!"],
  ])("%s: %s", async (_, text) => {
    expect(await kindOf(text)).toBe("crisis");
  });
});
