import { describe, expect, it } from "vitest";
import { answerMessage } from "../../../../functions/engine/answer-message.ts";
import { composeCheckIn } from "../../../../functions/engine/compose/check-in.ts";
import { composeCrisis } from "../../../../functions/engine/compose/crisis.ts";
import { withUnsupportedNote } from "../../../../functions/engine/compose/unsupported-language.ts";
import { replyLanguage } from "../../../../functions/engine/reply/reply-language.ts";
import type { Copy } from "../../../../shared/content/copy/copy.ts";
import { en } from "../../../../shared/content/copy/en.ts";
import { copyFor, copyForLocale, hasCopy, writtenCopies } from "../../../../shared/content/copy/index.ts";
import { LANGUAGES, languageOfLocale, noteLanguage } from "../../../../shared/content/languages.ts";
import { DISCORD_LIMITS } from "../../../../shared/render/discord.ts";
import { directory } from "../../../../shared/resources/index.ts";
import { CRISIS_REASONS, REDIRECT_REASONS } from "../../../../shared/schemas/answer.ts";
import { DEFAULT_CONFIG } from "../../../../shared/schemas/community-config.ts";

/** Markers a copy must place in its sentence: dropping a parameter (a number, a line's name) is a defect. */
const A = "‹A›";
const B = "‹B›";
const C = "‹C›";

/** Every sentence of a copy with parameters, called with markers, and the markers each must keep. */
function sentencesWithParameters(copy: Copy): [name: string, text: string, keeps: string[]][] {
  const perReason = CRISIS_REASONS.flatMap((reason): [string, string, string[]][] => [
    [`crisis.voice.${reason}.danger`, copy.crisis.voice[reason].danger(A), [A]],
    [`checkIn.danger.${reason}`, copy.checkIn.danger[reason](A), [A]],
  ]);
  return [
    ["words.list", copy.words.list([A, B, C]), [A, B, C]],
    ["words.or", copy.words.or([A, B]), [A, B]],
    ["contact.call", copy.contact.call(A), [A]],
    ["contact.text", copy.contact.text(A), [A]],
    ["contact.whatsapp", copy.contact.whatsapp(A), [A]],
    ["contact.messageOnWhatsApp", copy.contact.messageOnWhatsApp(A), [A]],
    ["contact.goTo", copy.contact.goTo(A), [A]],
    ["contact.callOrText", copy.contact.callOrText(A), [A]],
    ["contact.callAndPress", copy.contact.callAndPress(A, B), [A, B]],
    ["contact.textKeyword", copy.contact.textKeyword(A, B), [A, B]],
    ["emergency.ambulanceFirst", copy.emergency.ambulanceFirst(A, B), [A, B]],
    ["emergency.policeFirst", copy.emergency.policeFirst(A, B), [A, B]],
    ["emergency.ambulanceOn", copy.emergency.ambulanceOn(A), [A]],
    ["lines.primary", copy.lines.primary(A, B, C), [A, B, C]],
    ["lines.textInstead", copy.lines.textInstead(A), [A]],
    ["lines.textLineInstead", copy.lines.textLineInstead(A, B, C), [A, B, C]],
    ["lines.other", copy.lines.other(A, B, C), [A, B, C]],
    ["lines.byPhone", copy.lines.byPhone(A, B), [A, B]],
    ["lines.alsoReach", copy.lines.alsoReach(A), [A]],
    ["lines.notInRegion", copy.lines.notInRegion(A, B, C), [A, B, C]],
    ["lines.notInRegion (no region)", copy.lines.notInRegion(null, B, C), [B, C]],
    ["lines.outsideHoursLine", copy.lines.outsideHoursLine(A, B, C), [A, B, C]],
    ["lines.outsideHoursEmergency", copy.lines.outsideHoursEmergency(A), [A]],
    ["lines.directoryOnly", copy.lines.directoryOnly(A, B, C), [A, B, C]],
    ["lines.directoryOnly (no region)", copy.lines.directoryOnly(null, B, C), [B, C]],
    ...perReason,
    ["crisis.overdose", copy.crisis.overdose(A, false), [A]],
    ["crisis.overdose (someone else)", copy.crisis.overdose(A, true), [A]],
    ["crisis.wound", copy.crisis.wound(A, false), [A]],
    ["crisis.wound (someone else)", copy.crisis.wound(A, true), [A]],
    ["crisis.friendUnreachable", copy.crisis.friendUnreachable(A), [A]],
    ["crisis.communityRecommends", copy.crisis.communityRecommends(A), [A]],
    ["checkIn.offerLine", copy.checkIn.offerLine(A, B, C, "24/7"), [A, B, C, "24/7"]],
    ["checkIn.offerDirectory", copy.checkIn.offerDirectory(A, B, C), [A, B, C]],
    ["checkIn.offerNoLine", copy.checkIn.offerNoLine(A), [A]],
    ["fallback.withLine", copy.fallback.withLine(A, B, C), [A, B, C]],
    ["rateLimited", copy.rateLimited(37), ["37"]],
    ["cooldown", copy.cooldown(37), ["37"]],
    ["resources.text", copy.resources.text(A, true, B, C), [A, B, C]],
    ["resources.text (no region)", copy.resources.text(null, false, null, C), [C]],
    ["interactions.slashCommandUsage", copy.interactions.slashCommandUsage("/ask"), ["/ask"]],
  ];
}

/** Every fixed sentence and label of a copy. */
function fixedSentences(copy: Copy): [name: string, text: string][] {
  return [
    ["emergency.localNumber", copy.emergency.localNumber],
    ["emergency.localAmbulance", copy.emergency.localAmbulance],
    ["lines.noLine", copy.lines.noLine],
    ...CRISIS_REASONS.flatMap((reason): [string, string][] => [
      [`crisis.voice.${reason}.opening`, copy.crisis.voice[reason].opening],
      [`crisis.voice.${reason}.company`, copy.crisis.voice[reason].company],
      [`crisis.voice.${reason}.closing`, copy.crisis.voice[reason].closing],
      [`checkIn.question.${reason}`, copy.checkIn.question[reason]],
      [`checkIn.offer.${reason}`, copy.checkIn.offer[reason]],
    ]),
    ["crisis.datedPlan", copy.crisis.datedPlan],
    ["crisis.bot", copy.crisis.bot],
    ["crisis.stillHere", copy.crisis.stillHere],
    ["crisis.abuseLineHelps", copy.crisis.abuseLineHelps],
    ["crisis.noAbuseLine", copy.crisis.noAbuseLine],
    ["checkIn.bot", copy.checkIn.bot],
    ...REDIRECT_REASONS.flatMap((reason): [string, string][] => [
      [`redirect.${reason}.why`, copy.redirect[reason].why],
      [`redirect.${reason}.offer`, copy.redirect[reason].offer],
      ...copy.redirect[reason].followUps.map((question, i): [string, string] => [`redirect.${reason}.followUps.${i}`, question]),
    ]),
    ["outOfScope.intro", copy.outOfScope.intro],
    ["outOfScope.openings.greeting", copy.outOfScope.openings.greeting],
    ["outOfScope.openings.thanks", copy.outOfScope.openings.thanks],
    ["outOfScope.openings.unknown", copy.outOfScope.openings.unknown],
    ...copy.outOfScope.followUps.map((question, i): [string, string] => [`outOfScope.followUps.${i}`, question]),
    ["unsupported.note", copy.unsupported.note],
    ["unsupported.linesIntro", copy.unsupported.linesIntro],
    ["fallback.withoutLine", copy.fallback.withoutLine],
    ["about.text", copy.about.text],
    ...copy.about.followUps.map((question, i): [string, string] => [`about.followUps.${i}`, question]),
    ["interactions.alreadyAnswered", copy.interactions.alreadyAnswered],
    ["interactions.sentPrivately", copy.interactions.sentPrivately],
    ["interactions.unknownAction", copy.interactions.unknownAction],
    ["commands.ask", copy.commands.ask],
    ["commands.askQuestion", copy.commands.askQuestion],
    ["commands.resources", copy.commands.resources],
    ["commands.about", copy.commands.about],
    ["labels.resourcesTitle.crisis", copy.labels.resourcesTitle.crisis],
    ["labels.resourcesTitle.checkIn", copy.labels.resourcesTitle.checkIn],
    ["labels.resourcesTitle.other", copy.labels.resourcesTitle.other],
    ["labels.youCouldAlsoAsk", copy.labels.youCouldAlsoAsk],
    ["labels.asked", copy.labels.asked],
  ];
}

describe.each(writtenCopies().map((copy) => [copy.language, copy] as const))("the %s copy", (_language, copy) => {
  it("keeps every parameter it is given (numbers, names, links)", () => {
    for (const [name, text, keeps] of sentencesWithParameters(copy)) for (const kept of keeps) expect(text, name).toContain(kept);
  });

  it("says every fixed sentence, with no phone number or link of its own (those come from the directory)", () => {
    for (const [name, text] of fixedSentences(copy)) {
      expect(text.trim(), name).not.toBe("");
      expect(text, name).not.toMatch(/\d{3}|https?:|www\./);
    }
  });

  it("fits the platforms: follow-ups fit a button, /about fits one Discord message", () => {
    const followUps = [...copy.outOfScope.followUps, ...copy.about.followUps, ...REDIRECT_REASONS.flatMap((reason) => copy.redirect[reason].followUps)];
    for (const question of followUps) expect(question.length, question).toBeLessThanOrEqual(DISCORD_LIMITS.buttonLabel);
    expect(copy.about.text.length).toBeLessThan(DISCORD_LIMITS.content);
    for (const description of Object.values(copy.commands)) expect(description.length, description).toBeLessThanOrEqual(100);
  });
});

describe("choosing the copy", () => {
  it("answers in a language's own copy once it is written, in English until then", () => {
    for (const language of LANGUAGES) expect(copyFor(language).language).toBe(hasCopy(language) ? language : "en");
    expect(copyFor(null)).toBe(en);
    expect(copyForLocale("nl-NL")).toBe(en);
  });

  it("reads the language of a locale only when Alliance answers in it", () => {
    expect(languageOfLocale("pt-BR")).toBe("pt");
    expect(languageOfLocale("DE_at")).toBe("de");
    expect(languageOfLocale("nl-NL")).toBeNull();
    expect(languageOfLocale(undefined)).toBeNull();
  });

  it("words the adapters' own notes in the member's language, else the community's, else the server's", () => {
    expect(noteLanguage({ memberLocale: "fr-CA", defaultLanguage: "de", serverLocale: "es-ES" })).toBe("fr");
    expect(noteLanguage({ memberLocale: "nl-NL", defaultLanguage: "de", serverLocale: "es-ES" })).toBe("de");
    expect(noteLanguage({ serverLocale: "es-ES" })).toBe("es");
    expect(noteLanguage({})).toBeNull();
  });

  it("answers a message in another language in English, with the note; the community's default breaks ties", () => {
    const other = replyLanguage({ text: "ik wil praten", locale: "nl-NL" }, {}, () => "other");
    expect(other).toMatchObject({ detected: "other", unsupported: true });
    expect(other.copy).toBe(en);
    const seen: (string | undefined)[] = [];
    const spy = (_text: string, locale?: string) => {
      seen.push(locale);
      return "en" as const;
    };
    replyLanguage({ text: "ok", locale: "en-US" }, { defaultLanguage: "pt" }, spy);
    replyLanguage({ text: "ok", locale: "fr-FR" }, {}, spy);
    expect(seen).toEqual(["pt", "fr-FR"]);
  });
});

describe("replies in a language", () => {
  // A copy in English words marked as Spanish: which route a line gives follows the copy's language.
  const spanishMarked: Copy = { ...en, language: "es" };
  const us = directory.crisisSupport({ region: "US", fromLocale: false }, "suicide_self_harm");

  it("gives 988's Spanish route (press 2, text AYUDA) in a Spanish reply, and the US lines stay", () => {
    const reply = composeCrisis("suicide_self_harm", us, [], undefined, spanishMarked);
    expect(reply.text).toContain("call **988** and press **2**");
    expect(reply.text).toContain("text **AYUDA** to **988**");
    expect(reply.resources.map((resource) => resource.phone)).toContain("988");
    const checkIn = composeCheckIn(null, "suicide_self_harm", us, spanishMarked);
    expect(checkIn.text).toContain("press **2**");
  });

  it("keeps the English reply without the Spanish route, and never puts a route in the contract's resources", () => {
    const reply = composeCrisis("suicide_self_harm", us, []);
    expect(reply.text).not.toContain("press");
    expect(reply.text).not.toContain("AYUDA");
    for (const resource of reply.resources) expect(Object.keys(resource)).not.toContain("languageRoutes");
  });

  it("answers an unreadable message with the note, the region's lines and emergency number, never silence", () => {
    const config = { ...DEFAULT_CONFIG, region: "GB" };
    const answer = answerMessage({ text: "hoe werkt therapie eigenlijk", locale: "nl-NL" }, { config, detectLanguage: () => "other" });
    expect(answer.language).toBe("en");
    expect(answer.text.startsWith(en.unsupported.note)).toBe(true);
    expect(answer.text).toContain("Samaritans");
    expect(answer.text).toContain("999");
    expect(answer.resources.map((resource) => resource.name)).toContain("Samaritans");
  });

  it("keeps a crisis reply whole and adds the note after it", () => {
    const crisis = composeCrisis("suicide_self_harm", us, []);
    const noted = withUnsupportedNote(crisis, us, en);
    expect(noted.text).toBe(`${crisis.text}\n\n${en.unsupported.note}`);
    expect(noted.resources).toEqual(crisis.resources);
  });
});
