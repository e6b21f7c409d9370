import { describe, expect, it } from "vitest";
import { figures, jaccard, locateGold, matchSpans, sameSpeaker, scoreArticle } from "./score";

describe("locateGold", () => {
  it("searches each quote from the previous start, so a nested pair can share it", () => {
    const text = "Ann said Bob said rain. Rain.";
    const spans = locateGold(text, [
      { quote: "Bob said rain", kind: "official_claim", speaker: "Ann" },
      { quote: "rain", kind: "official_claim", speaker: "Bob" },
      { quote: "Rain", kind: "verified_fact" },
    ]);
    expect(spans).toEqual([
      { start: 9, end: 22, speaker: "Ann", kind: "official_claim" },
      { start: 18, end: 22, speaker: "Bob", kind: "official_claim" },
    ]);
  });

  it("fails clearly on a quote that is not in the text", () => {
    expect(() => locateGold("abc", [{ quote: "x", kind: "allegation" }])).toThrow(/not found/);
  });
});

describe("matchSpans", () => {
  it("matches the largest overlap first, one to one", () => {
    const gold = [{ start: 0, end: 10 }];
    const sugg = [
      { start: 5, end: 20 },
      { start: 0, end: 9 },
    ];
    expect(matchSpans(gold, sugg)).toEqual([[0, 1]]);
  });

  it("breaks ties by earlier gold start, then earlier suggestion start", () => {
    const gold = [
      { start: 10, end: 20 },
      { start: 0, end: 20 },
    ];
    const sugg = [
      { start: 15, end: 20 },
      { start: 10, end: 15 },
    ];
    // All four pairs overlap by 5: gold 1 (start 0) goes first and takes suggestion 1 (start 10).
    expect(matchSpans(gold, sugg)).toEqual([
      [1, 1],
      [0, 0],
    ]);
  });

  it("under a Jaccard floor, a much longer suggestion does not match", () => {
    expect(jaccard({ start: 0, end: 10 }, { start: 0, end: 20 })).toBe(0.5);
    expect(matchSpans([{ start: 0, end: 10 }], [{ start: 0, end: 21 }], 0.5)).toEqual([]);
    expect(matchSpans([{ start: 0, end: 10 }], [{ start: 0, end: 20 }], 0.5)).toEqual([[0, 0]]);
  });
});

describe("sameSpeaker", () => {
  it("drops titles, possessives and 'the', and accepts a subset", () => {
    expect(sameSpeaker("Eva-Marie Persson", "Ms Persson")).toBe(true);
    expect(sameSpeaker("Benjamin Netanyahu", "Prime Minister Benjamin Netanyahu")).toBe(true);
    expect(sameSpeaker("The Ministry of Health", "ministry’s health")).toBe(true);
  });

  it("does not accept an abbreviation, another name or no speaker", () => {
    expect(sameSpeaker("Chinese Center for Disease Control", "Chinese CDC")).toBe(false);
    expect(sameSpeaker("Ann Lee", "Bob Lee")).toBe(false);
    expect(sameSpeaker("Ann Lee", null)).toBe(false);
  });

  it("keeps the tokens when only titles are left", () => {
    expect(sameSpeaker("The Dr", "dr")).toBe(true);
  });
});

describe("scoreArticle", () => {
  it("counts overlap, strict and speaker matches", () => {
    const gold = [
      { start: 0, end: 10, speaker: "Ann Lee", kind: "official_claim" as const },
      { start: 20, end: 30, speaker: null, kind: "allegation" as const },
    ];
    const sugg = [
      { start: 0, end: 10, speakerName: "Lee", kind: "official_claim" },
      { start: 25, end: 60, speakerName: "Bob" },
      { start: 70, end: 80, speakerName: "Bob" },
    ];
    const c = scoreArticle(gold, sugg);
    expect(c).toMatchObject({
      matched: 2,
      strictMatched: 1,
      speakerTotal: 1,
      speakerCorrect: 1,
      kindCorrect: 1,
    });
    const f = figures(c);
    expect(f.precision).toBeCloseTo(2 / 3);
    expect(f.recall).toBe(1);
    expect(f.strictF1).toBeCloseTo((2 * (1 / 3) * 0.5) / (1 / 3 + 0.5));
  });
});
