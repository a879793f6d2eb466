import type { Copy, DirectoryWords } from "../content/copy/copy.ts";
import { INTERNATIONAL_MISCONDUCT, INTERNATIONAL_PROFESSIONAL } from "../content/resources/international.ts";
import type { Resource } from "../schemas/answer.ts";
import type { CrisisSupport, ResourceDirectory, SignpostSupport } from "./api.ts";

/**
 * The directory as a reply in another language says it. The directory keeps its words in English beside the
 * numbers it confirmed; here a line's name keeps its own words and only what the directory adds in brackets is
 * said in the reply's language (or the whole name, where the line has one in that language), and hours and
 * signposts come from the language's copy (`copy.directory`). Numbers, SMS routes and URLs are never touched.
 * English, and any language without directory words, gets the directory exactly as it is.
 */
export function directoryIn(directory: ResourceDirectory, copy: Copy): ResourceDirectory {
  const words = copy.directory;
  if (!words) return directory;
  return {
    resolveRegion: directory.resolveRegion,
    crisisSupport: (choice, reason, audience) => supportIn(directory.crisisSupport(choice, reason, audience), copy),
    professionalHelp: (choice) => signpostIn(directory.professionalHelp(choice), copy, "professional"),
    misconductRoute: (choice) => signpostIn(directory.misconductRoute(choice), copy, "misconduct"),
  };
}

/** The lines and the international directory of a crisis reply, in the copy's language. */
export function supportIn(support: CrisisSupport, copy: Copy): CrisisSupport {
  const words = copy.directory;
  if (!words) return support;
  return {
    ...support,
    lines: support.lines.map((line) => resourceIn(line, words)),
    international: support.international.map((entry) => resourceIn(entry, words)),
  };
}

/** A signpost sentence in the copy's language: the region's own, else the international one of its kind. */
export function signpostIn(signpost: SignpostSupport, copy: Copy, kind: "professional" | "misconduct"): SignpostSupport {
  const words = copy.directory;
  if (!words) return signpost;
  const general = kind === "professional" ? INTERNATIONAL_PROFESSIONAL.text : INTERNATIONAL_MISCONDUCT.text;
  const text = words.signposts[signpost.text] ?? words.signposts[general] ?? signpost.text;
  return { text, resources: signpost.resources.map((resource) => resourceIn(resource, words)) };
}

/** A line or entry with its name and hours in the language's words; everything else as the directory has it. */
export function resourceIn<T extends Resource>(resource: T, words: DirectoryWords): T {
  const named = { ...resource, name: nameIn(resource.name, words) };
  return resource.hours ? { ...named, hours: words.hours[resource.hours] ?? resource.hours } : named;
}

/** "016 (all forms of violence against women)" → "016 (todas las formas de violencia contra las mujeres)". */
export function nameIn(name: string, words: DirectoryWords): string {
  const whole = words.names[name];
  if (whole) return whole;
  const bracketed = /^(.*) \(([^()]+)\)$/.exec(name);
  if (!bracketed) return name;
  const description = words.descriptions[bracketed[2]!];
  return description ? `${bracketed[1]} (${description})` : name;
}
