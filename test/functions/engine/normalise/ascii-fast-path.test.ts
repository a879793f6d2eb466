import { describe, expect, it } from "vitest";
import { foldCharacters } from "../../../../functions/engine/normalise/fold-characters.ts";
import { stripMarkup } from "../../../../functions/engine/normalise/strip-markup.ts";
import { comparisonTexts } from "../../../../scripts/bench/comparison-texts.ts";

const NON_ASCII = /[^\x00-\x7f]/;

const MARKUP = [
  "",
  "<@123456789012345678> hi <#123|general> <:joy:123456789012> <a:kekw:123456789012345> :skull: :sob:",
  "[link](https://example.com) www.example.com ```js\ncode\n``` ||spoiler|| > quote\n# heading\n- item\n1. item",
  "*bold* _it_ ~~gone~~ &amp; &lt;3 &quot;x&#39; @everyone @here <t:1700000000:R> </cmd:123456789012345678>",
  "<!date^1700000000^{date}|Nov 14> <https://example.com|label> <mailto:a@b.c>",
  "I'M KILL ME myseIf stiII `tick`",
];

describe("normalise's ASCII fast path (one scan for stripMarkup's pictographs and foldCharacters' Unicode)", () => {
  it("an ASCII text stays ASCII through stripMarkup, and both passes read it as they do without the hint", () => {
    let ascii = 0;
    for (const raw of [...comparisonTexts().map(([, text]) => text), ...MARKUP]) {
      if (NON_ASCII.test(raw)) continue;
      ascii++;
      const stripped = stripMarkup(raw);
      expect(NON_ASCII.test(stripped)).toBe(false);
      expect(stripMarkup(raw, true)).toBe(stripped);
      expect(foldCharacters(stripped, true)).toBe(foldCharacters(stripped));
    }
    expect(ascii).toBeGreaterThan(10_000);
  });

  it("without the hint, emoji and other scripts are still folded", () => {
    expect(stripMarkup("ok 😂 fine")).toBe("ok  lol  fine");
    expect(foldCharacters("Ｃａｆé")).toBe("cafe");
  });
});
