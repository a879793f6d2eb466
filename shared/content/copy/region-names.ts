/**
 * A language's names of countries and regions (CLDR, through Intl.DisplayNames), the formatter made on first use:
 * made at start-up, the first one cost workerd ~13 ms of CPU (ICU loading its data), a quarter of the Worker's start-up.
 */
export function regionNamesIn(language: string): (code: string) => string | undefined {
  let names: Intl.DisplayNames | undefined;
  return (code) => (names ??= new Intl.DisplayNames([language], { type: "region" })).of(code);
}
