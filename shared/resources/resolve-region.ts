import type { RegionChoice } from "./api.ts";
import { regionData } from "./region-data.ts";

const ISO_ALPHA2 = /^[A-Za-z]{2}$/;
const SCRIPT = /^[A-Za-z]{4}$/;

/**
 * The community's configured region wins; else the region subtag of the user's locale; else none.
 * A configured region without built-in data gives none rather than the locale's region: moderators
 * said where their community is, and a locale's region is only a guess.
 */
export function resolveRegion(input: { configuredRegion?: string | undefined; locale?: string | undefined }): RegionChoice {
  const configured = input.configuredRegion?.trim();
  if (configured && ISO_ALPHA2.test(configured)) {
    return { region: regionData(configured)?.code ?? null, fromLocale: false };
  }
  const fromLocale = localeRegion(input.locale);
  const data = regionData(fromLocale);
  return data ? { region: data.code, fromLocale: true } : { region: null, fromLocale: false };
}

/** The region subtag of a BCP-47 tag ("en-GB", "en_gb", "zh-Hant-TW"), or null ("en", "es-419"). */
export function localeRegion(locale: string | undefined): string | null {
  if (!locale) return null;
  const [language, ...rest] = locale.trim().split(/[-_]/);
  if (!language || !/^[A-Za-z]{2,3}$/.test(language)) return null;
  const next = rest[0] !== undefined && SCRIPT.test(rest[0]) ? rest[1] : rest[0];
  return next !== undefined && ISO_ALPHA2.test(next) ? next.toUpperCase() : null;
}
