/**
 * Lower-case letters from other scripts that look like Latin ones, folded so "kіll" (Cyrillic і) reads
 * as "kill". Fullwidth and mathematical letters need no entry: compatibility normalisation folds them.
 */
export const HOMOGLYPHS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // Cyrillic
    а: "a", в: "b", г: "r", е: "e", ё: "e", к: "k", м: "m", н: "h", о: "o", п: "n", р: "p", с: "c", т: "t",
    у: "y", х: "x", ш: "w", щ: "w", ъ: "b", ь: "b", і: "i", ї: "i", ј: "j", ѕ: "s", ԁ: "d", ԛ: "q", ԝ: "w",
    ӏ: "l", һ: "h", ү: "y", ғ: "f", ɡ: "g",
    // Greek
    α: "a", β: "b", γ: "y", δ: "d", ε: "e", η: "n", ι: "i", κ: "k", μ: "u", ν: "v", ο: "o", π: "n", ρ: "p",
    σ: "o", ς: "c", τ: "t", υ: "u", χ: "x", ω: "w",
    // Latin look-alikes: small capitals, IPA, stroked letters
    ı: "i", ɑ: "a", ɩ: "i", ʟ: "l", ɪ: "i", ᴀ: "a", ʙ: "b", ᴄ: "c", ᴅ: "d", ᴇ: "e", ɢ: "g", ʜ: "h", ᴊ: "j",
    ᴋ: "k", ᴍ: "m", ɴ: "n", ᴏ: "o", ᴘ: "p", ʀ: "r", ꜱ: "s", ᴛ: "t", ᴜ: "u", ᴠ: "v", ᴡ: "w", ʏ: "y", ᴢ: "z",
    ø: "o", đ: "d", ł: "l", ß: "ss", æ: "ae", œ: "oe", ð: "d", þ: "p", ħ: "h", ŧ: "t", "¡": "i", "€": "e", "¢": "c", "¥": "y", "∂": "d",
  }),
);
