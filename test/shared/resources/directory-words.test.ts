import { describe, expect, it } from "vitest";
import { answerMessage } from "../../../functions/engine/answer-message.ts";
import type { Copy } from "../../../shared/content/copy/copy.ts";
import { en } from "../../../shared/content/copy/en.ts";
import { writtenCopies } from "../../../shared/content/copy/index.ts";
import { INTERNATIONAL_MISCONDUCT, INTERNATIONAL_PROFESSIONAL } from "../../../shared/content/resources/international.ts";
import { resourcesAnswer } from "../../../shared/discord/resources-answer.ts";
import { fallbackAnswer } from "../../../shared/fallback.ts";
import { directoryIn, nameIn } from "../../../shared/resources/in-language.ts";
import { directory, INTERNATIONAL_DIRECTORIES, REGIONS } from "../../../shared/resources/index.ts";
import { DEFAULT_CONFIG, resolveConfig } from "../../../shared/schemas/community-config.ts";

const translated = writtenCopies().filter((copy): copy is Copy & Required<Pick<Copy, "directory">> => copy.language !== "en");
const entries = [...REGIONS.flatMap((region) => [...region.lines, ...region.professional.links, ...region.misconduct.links]), ...INTERNATIONAL_DIRECTORIES];
const descriptions = [...new Set(entries.flatMap((entry) => /\(([^()]+)\)$/.exec(entry.name)?.[1] ?? []))];
const hours = [...new Set(entries.flatMap((entry) => entry.hours ?? []))];
const digits = (text: string) => (text.match(/\d+/g) ?? []).join(" ");
/** English words the directory used around its numbers, which a reply in another language must not carry. */
const ENGLISH_AROUND_NUMBERS = /\b(?:free|call|text|daily|anonymous|confidential|hours|line for|helpline for|violence against)\b|24\/7/i;

describe("the directory's words in every language", () => {
  it.each(translated.map((copy) => [copy.language, copy] as const))("%s says every description, hours and the general signposts", (_language, copy) => {
    const words = copy.directory;
    expect(descriptions.filter((description) => !(description in words.descriptions))).toEqual([]);
    expect(hours.filter((text) => !(text in words.hours))).toEqual([]);
    expect(words.signposts[INTERNATIONAL_PROFESSIONAL.text]).toBeTruthy();
    expect(words.signposts[INTERNATIONAL_MISCONDUCT.text]).toBeTruthy();
    for (const name of Object.keys(words.names)) expect(entries.map((entry) => entry.name)).toContain(name);
  });

  it.each(translated.map((copy) => [copy.language, copy] as const))("%s keeps every number as the directory has it and adds no link", (_language, copy) => {
    // Hours are said in the language's way ("24 h/24", "16-22 Uhr"); they never hold a number to dial.
    for (const said of Object.values(copy.directory.hours)) expect(said).not.toMatch(/\d{3}/);
    const tables = [copy.directory.names, copy.directory.descriptions, copy.directory.hours, copy.directory.signposts];
    for (const table of tables) {
      for (const [english, said] of Object.entries(table)) {
        if (table !== copy.directory.hours) expect(digits(said), said).toBe(digits(english));
        expect(said).not.toMatch(/https?:|www\.|\.(?:com|org|de|fr|es|pt|br)\b/);
      }
    }
  });

  it("leaves English, and a name with nothing in brackets, exactly as the directory has it", () => {
    expect(directoryIn(directory, en)).toBe(directory);
    const spanish = translated.find((copy) => copy.language === "es")!;
    expect(nameIn("Samaritans", spanish.directory)).toBe("Samaritans");
    expect(nameIn("016 (all forms of violence against women)", spanish.directory)).toBe("016 (todas las formas de violencia contra las mujeres)");
  });
});

describe("replies say the lines in the member's language", () => {
  const cases = [
    ["es-ES", "ya no quiero vivir, tengo las pastillas aquí"],
    ["pt-PT", "não aguento mais, vou me matar hoje"],
    ["pt-BR", "não aguento mais, vou me matar hoje"],
    ["fr-FR", "j'ai envie d'en finir ce soir"],
    ["fr-BE", "j'ai envie d'en finir ce soir"],
    ["de-DE", "ich will nicht mehr leben"],
    ["es-US", "ya no quiero vivir"],
  ] as const;

  it.each(cases)("a crisis in %s: no English around the numbers, in the text or the resources", (locale, text) => {
    const answer = answerMessage({ text, locale }, { config: DEFAULT_CONFIG });
    expect(answer.kind).toBe("crisis");
    expect(answer.text).not.toMatch(ENGLISH_AROUND_NUMBERS);
    for (const resource of answer.resources) expect(`${resource.name} ${resource.hours ?? ""}`).not.toMatch(ENGLISH_AROUND_NUMBERS);
  });

  it("keeps the directory's numbers and the English reply unchanged", () => {
    const spanish = answerMessage({ text: "ya no quiero vivir", locale: "es-ES" }, { config: DEFAULT_CONFIG });
    expect(spanish.resources.map((resource) => resource.phone)).toContain("024");
    const english = answerMessage({ text: "i want to kill myself", locale: "en-GB" }, { config: DEFAULT_CONFIG });
    expect(english.text).toContain("(24/7");
  });

  it.each(["es", "pt", "fr", "de"] as const)("/resources and the fallback in %s carry no English signpost or hours", (language) => {
    const region = { es: "ES", pt: "BR", fr: "FR", de: "DE" }[language];
    const resources = resourcesAnswer({ region, language });
    expect(resources.text).not.toMatch(/\b(?:In (?:Spain|Brazil|France|Germany)|family doctor|is a good first step)\b/);
    for (const resource of resources.resources) expect(resource.hours ?? "").not.toMatch(ENGLISH_AROUND_NUMBERS);
    const elsewhere = resourcesAnswer({ region: "GB", language });
    expect(elsewhere.text).not.toMatch(/\b(?:In the UK|GP|NHS talking therapies)\b/);
    expect(fallbackAnswer({ region, language }).text).not.toMatch(ENGLISH_AROUND_NUMBERS);
  });
});

describe("a community's own line named like a built-in one, in another language", () => {
  it("is shown once when the moderator wrote the directory's English name and the reply names it in the member's language", () => {
    const englishName = "SNS 24 psychological counselling (option 4)";
    const config = resolveConfig({ region: "PT", extraResources: [{ name: englishName, phone: "+351 800 000 000" }] });
    for (const text of ["me quiero matar esta noche", "quero me matar hoje"]) {
      const answer = answerMessage({ text }, { config });
      expect(answer.kind, text).toBe("crisis");
      expect(
        answer.resources.filter((resource) => resource.name.includes("SNS 24")),
        text,
      ).toHaveLength(1);
      expect(answer.resources.map((resource) => resource.phone)).not.toContain("+351 800 000 000");
    }
    const resources = resourcesAnswer({ region: "PT", extraResources: config.extraResources, language: "es" }).resources;
    expect(resources.filter((resource) => resource.name.includes("SNS 24"))).toHaveLength(1);
  });
});
