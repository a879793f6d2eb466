import { describe, expect, it } from "vitest";
import { normalise } from "../../../../functions/engine/normalise/normalise.ts";

const folded = (text: string) => normalise(text).folded;

describe("normalise: characters", () => {
  it("folds fullwidth and mathematical letters (NFKC)", () => {
    expect(folded("ｉ ｗａｎｔ ｔｏ ｄｉｅ")).toBe("i want to die");
    expect(folded("𝐢 𝐰𝐚𝐧𝐭 𝐭𝐨 𝐝𝐢𝐞")).toBe("i want to die");
  });

  it("strips zero-width characters and combining marks", () => {
    expect(folded("k\u200bill my\u200dself")).toBe("kill myself");
    expect(folded("k̷̢i̵l̶l̸ myself")).toBe("kill myself");
    expect(folded("i want to dïe")).toBe("i want to die");
  });

  it("folds Cyrillic and Greek look-alikes, and a capital I standing in for l", () => {
    expect(folded("i wаnt to kіll mysеlf")).toBe("i want to kill myself");
    expect(folded("ѕuісіdе")).toBe("suicide");
    expect(folded("i want to kiII myself")).toBe("i want to kill myself");
  });

  it("keeps the readable text lower-case with markup reduced, without expanding shorthand", () => {
    const message = normalise("**I'm** NOT ok <@123456789012345678> :wave:");
    expect(message.text).toBe("i'm not ok @user");
    expect(message.folded).toBe("i am not ok @user");
  });
});

describe("normalise: obfuscation", () => {
  it("undoes leetspeak in words, but leaves numbers and doses alone", () => {
    expect(folded("k1ll mys3lf")).toBe("kill myself");
    expect(folded("i w@nt to d!e")).toBe("i want to die");
    expect(folded("1 w4nt t0 3nd 1t 4ll")).toBe("1 want to end it all");
    expect(folded("i w@nt 2 d!e")).toBe("i want to die");
    expect(folded("i've been clean for 2 years, on 50mg")).toBe("i have been clean for 2 years, on 50 mg");
    expect(folded("my 2nd session at 5pm")).toBe("my 2nd session at 5pm");
  });

  it("rejoins letters spaced out with spaces, dots or dashes, splitting words at wider gaps", () => {
    expect(folded("i want to d i e")).toBe("i want to die");
    expect(folded("k i l l  m y s e l f")).toBe("kill myself");
    expect(folded("K  I  L  L   M  Y  S  E  L  F")).toBe("kill myself");
    expect(folded("s.u.i.c.i.d.e")).toBe("suicide");
    expect(folded("i want to d-i-e")).toBe("i want to die");
    expect(folded("k 1 l l  m y s 3 l f")).toBe("kill myself");
    expect(folded("a b c")).toBe("a b c");
    expect(folded("call 1 2 3 now")).toBe("call 1 2 3 now");
  });

  it("squeezes stretched letters back to the word", () => {
    expect(folded("i want to diieee")).toBe("i want to die");
    expect(folded("i wanna dieeeeee")).toBe("i want to die");
    expect(folded("kiiiiill myself")).toBe("kill myself");
    expect(folded("pleeease help")).toBe("please help");
    expect(folded("i want to diee")).toBe("i want to die");
    expect(folded("i feel good, see you next week")).toBe("i feel good, see you next week");
  });

  it("resolves split and censored words", () => {
    expect(folded("sui.cide")).toBe("suicide");
    expect(folded("i want to un-alive myself")).toBe("i want to kill myself");
    expect(folded("i'm going to k*ll myself")).toBe("i am going to kill myself");
    expect(folded("su*cide thoughts")).toBe("suicide thoughts");
    expect(folded("self-harm")).toBe("self harm");
  });
});

describe("normalise: chat shorthand and coded slang", () => {
  it.each([
    ["kms", "kill myself"],
    ["kys", "kill yourself"],
    ["i wanna kms fr", "i want to kill myself for real"],
    ["thinking about unaliving myself", "thinking about killing myself"],
    ["i want to unalive", "i want to kill myself"],
    ["i wanna be unalive", "i want to be dead"],
    ["i want to kermit sewerslide", "i want to commit suicide"],
    ["i wanna sewer slide", "i want to suicide"],
    ["ctb soon", "kill myself soon"],
    ["i'm ded", "i am dead"],
    ["idwtli", "i do not want to live"],
    ["iwtd", "i want to die"],
    ["im gonna off myself", "i am going to kill myself"],
    ["sh urges rn", "self harm urges right now"],
    ["i want to s/h", "i want to self harm"],
    ["i od'd", "i overdosed"],
    ["feeling sui again", "feeling suicidal again"],
    ["my t said", "my therapist said"],
  ])("%s → %s", (input, output) => {
    expect(folded(input)).toBe(output);
  });

  it("spells out contractions with or without apostrophes, curly or straight", () => {
    expect(folded("I don’t want to be here")).toBe("i do not want to be here");
    expect(folded("im not ok and i cant sleep")).toBe("i am not ok and i can not sleep");
  });
});

describe("normalise: Discord and Slack markup", () => {
  it("reduces mentions, channels, roles and custom emoji", () => {
    expect(normalise("<@U02ABCDEF|alliance> hi <#C123|general> <@&998877665544332211> <:sadcat:112233445566778899>").text).toBe("@user hi #general @role");
  });

  it("keeps link labels, spoiler, code and quote contents", () => {
    expect(normalise("see [my post](https://example.com/x) and <https://a.example|this>").text).toBe("see my post and this");
    expect(folded("||i want to kill myself||")).toBe("i want to kill myself");
    expect(folded("```\ni want to end it\n```")).toBe("i want to end it");
    expect(folded("`i want to die`")).toBe("i want to die");
    expect(folded("> i want to die\nthat's all")).toBe("i want to die that is all");
  });

  it("strips emphasis and turns laughing emoji into lol", () => {
    expect(folded("**i want to die** ~~i'm fine~~")).toBe("i want to die i am fine");
    expect(folded("i'm dead 💀")).toBe("i am dead lol");
    expect(folded("kill me :joy:")).toBe("kill me lol");
  });
});

describe("normalise: clauses", () => {
  it("cuts at sentence ends, line breaks and contrastive conjunctions, and rejoins fragments", () => {
    expect(normalise("I'm not suicidal, but I cut myself last night. Help").clauses).toEqual(["i am not suicidal,", "i cut myself last night help"]);
    expect(normalise("i'm done. with everything.").clauses).toEqual(["i am done with everything"]);
    expect(normalise("fine\ni want to die").clauses).toEqual(["fine", "i want to die"]);
  });

  it("keeps a 4,000-character run-on message in bounded clauses", () => {
    const clauses = normalise("my friend said she is fine, ".repeat(150).slice(0, 4_000)).clauses;
    expect(clauses.length).toBeGreaterThan(10);
    expect(Math.max(...clauses.map((clause) => clause.length))).toBeLessThanOrEqual(320);
  });
});
