import { describe, expect, it } from "vitest";
import { MARK_END, MARK_START } from "@/db/queries/search-text";
import { hasMarks, markedPieces, matchCount, wholeWords } from "./marked-text";

describe("markedPieces", () => {
  it("splits a headline into plain and marked pieces, joining neighbours", () => {
    const headline = `The ${MARK_START}bridge${MARK_END} ${MARK_START}closed${MARK_END}${MARK_START}!${MARK_END} <b>`;
    expect(markedPieces(headline)).toEqual([
      { text: "The ", marked: false },
      { text: "bridge", marked: true },
      { text: " ", marked: false },
      { text: "closed!", marked: true },
      { text: " <b>", marked: false },
    ]);
    expect(hasMarks(headline)).toBe(true);
  });

  it("leaves text without marks as one plain piece, and empty text as none", () => {
    expect(markedPieces("no match here")).toEqual([{ text: "no match here", marked: false }]);
    expect(markedPieces("")).toEqual([]);
    expect(hasMarks("no match here")).toBe(false);
  });
});

describe("wholeWords", () => {
  it("drops the part word at the outer end of a quote's context", () => {
    expect(wholeWords("ton Civic Alliance alleged that ", "prefix")).toBe(
      "Civic Alliance alleged that ",
    );
    expect(wholeWords(", the firm that won the €2.6 mil", "suffix")).toBe(
      ", the firm that won the €2.6",
    );
    expect(wholeWords("Riverton", "prefix")).toBe("Riverton");
    expect(wholeWords("", "suffix")).toBe("");
  });
});

describe("matchCount", () => {
  it("agrees with the count and stops at a limit", () => {
    expect(matchCount(1)).toBe("1 annotation matches");
    expect(matchCount(1234)).toBe("1,234 annotations match");
    expect(matchCount(1001, 1000)).toBe("More than 1,000 annotations match");
    expect(matchCount(1000, 1000)).toBe("1,000 annotations match");
  });
});
