import { describe, expect, it } from "vitest";
import { graphemesAfter, graphemesBefore } from "./graphemes";

const PIECES = [
  "a",
  " ",
  "é",
  "e\u0301",
  "“",
  "”",
  "’",
  "—",
  "\n",
  "\n\n",
  "\r\n",
  "👨‍👩‍👧",
  "🇫",
  "🇷",
  "🇫🇷",
  "👍🏽",
  "1\uFE0F\u20E3",
  "\u200D",
  "\u0301",
  "한",
  "\u1100\u1161",
  "क्ष",
];

/** A repeatable mix of the pieces above (a tiny linear congruential generator). */
function mixedText(seed: number, length: number): string {
  let state = seed;
  let text = "";
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    text += PIECES[state % PIECES.length];
  }
  return text;
}

/** The reference: segment the whole text and count clusters from the cut. */
function boundaries(text: string): number[] {
  const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });
  return [...[...segmenter.segment(text)].map((s) => s.index), text.length];
}

describe("graphemes", () => {
  it("cuts where segmenting the whole text would, at every cluster boundary", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const text = mixedText(seed, 120);
      const all = boundaries(text);
      for (let i = 0; i < all.length; i++) {
        const at = all[i]!;
        expect(graphemesBefore(text, at, 32)).toBe(text.slice(all[Math.max(0, i - 32)], at));
        expect(graphemesAfter(text, at, 32)).toBe(
          text.slice(at, all[Math.min(all.length - 1, i + 32)]),
        );
      }
    }
  });

  it("counts plain text by code unit without segmenting", () => {
    const text = "The bridge closed on 3 May, “officials” said — café.";
    expect(graphemesBefore(text, 20, 5)).toBe(text.slice(15, 20));
    expect(graphemesAfter(text, 20, 5)).toBe(text.slice(20, 25));
    expect(graphemesBefore(text, 3, 32)).toBe("The");
    expect(graphemesAfter(text, text.length - 2, 32)).toBe("é.");
  });
});
