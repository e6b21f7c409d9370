import { describe, expect, it } from "vitest";
import { VERSION_PAIRS } from "./fixtures";
import { withdrawNewOverlaps } from "./overlaps";
import { reanchorAnnotations, type ReanchorInput } from "./reanchor";
import { scorePair, tally } from "./score";

/** The anchor extractAnchors would give the n-th occurrence of quote in text. */
function anchorOf(text: string, quote: string, occurrence = 0, id = quote): ReanchorInput {
  let start = -1;
  for (let n = 0; n <= occurrence; n++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  const end = start + quote.length;
  return {
    id,
    quote,
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
    start,
    end,
  };
}

describe("re-anchoring the version pairs", () => {
  const scored = VERSION_PAIRS.map((pair) => ({ pair, scored: scorePair(pair) }));

  it.each(scored.map(({ pair, scored }) => [pair.name, scored] as const))(
    "%s: no annotation lands on other text",
    (_name, results) => {
      const wrong = results.filter((r) => r.verdict === "wrong");
      expect(wrong.map((r) => [r.annotation.id, r.outcome])).toEqual([]);
    },
  );

  it("gets each annotation the status its case calls for", () => {
    const mismatched = scored.flatMap(({ scored }) =>
      scored
        .filter((r) => r.annotation.status && r.annotation.status !== r.outcome.status)
        .map((r) => `${r.annotation.id}: ${r.outcome.status}, expected ${r.annotation.status}`),
    );
    expect(mismatched).toEqual([]);
  });

  it("places most annotations and flags few", () => {
    const total = tally(scored.flatMap(({ scored }) => scored));
    expect(total.wrong).toBe(0);
    expect(total.right).toBeGreaterThanOrEqual(69);
    expect(total.flagged).toBeLessThanOrEqual(15);
  });

  it("says why an annotation was not placed", () => {
    for (const { scored: results } of scored) {
      for (const { outcome } of results) {
        if (outcome.status === "not_found") {
          expect(outcome.reason).toMatch(/\w/);
          expect(outcome.start).toBeUndefined();
        } else {
          expect(outcome.reason).toBeUndefined();
          expect(outcome.newQuote).toBeDefined();
        }
      }
    }
  });
});

describe("reanchorAnnotations", () => {
  const oldText =
    "The minister resigned on Friday after the report was published.\n\nShe said she had done nothing wrong.";

  it("keeps annotations on unchanged text, in input order", () => {
    const inputs = [anchorOf(oldText, "done nothing wrong"), anchorOf(oldText, "The minister")];
    const outcomes = reanchorAnnotations(inputs, oldText, oldText);
    expect(outcomes.map((o) => [o.id, o.status, o.start, o.end])).toEqual([
      ["done nothing wrong", "kept", oldText.indexOf("done"), oldText.indexOf("done") + 18],
      ["The minister", "kept", 0, 12],
    ]);
  });

  it("finds the quote by its text when the stored offsets no longer fit it", () => {
    const stale = { ...anchorOf(oldText, "done nothing wrong"), start: 3, end: 21 };
    const [outcome] = reanchorAnnotations([stale], oldText, `Update.\n\n${oldText}`);
    expect(outcome).toMatchObject({
      status: "moved",
      start: oldText.indexOf("done") + 9,
      newQuote: "done nothing wrong",
    });
  });

  it("does not stretch a quote over a new paragraph break", () => {
    const sentence = "The minister resigned on Friday after the report was published.";
    const newText = oldText.replace("Friday after", "Friday\n\nafter");
    const [outcome] = reanchorAnnotations([anchorOf(oldText, sentence)], oldText, newText);
    expect(outcome!.status).toBe("not_found");
  });

  it("carries a quote that spanned two paragraphs over, still spanning them", () => {
    const quote = "was published.\n\nShe said";
    const [outcome] = reanchorAnnotations(
      [anchorOf(oldText, quote)],
      oldText,
      `Update.\n\n${oldText}`,
    );
    expect(outcome).toMatchObject({
      status: "moved",
      newQuote: quote,
      start: oldText.indexOf(quote) + 9,
    });
  });

  it("returns nothing for no annotations", () => {
    expect(reanchorAnnotations([], oldText, "")).toEqual([]);
  });

  it("places nothing on an empty new text", () => {
    const [outcome] = reanchorAnnotations([anchorOf(oldText, "The minister")], oldText, "");
    expect(outcome!.status).toBe("not_found");
  });

  it("places nothing for a quote of white space only", () => {
    const input = { ...anchorOf(oldText, "\n\n"), quote: "\n\n" };
    expect(reanchorAnnotations([input], oldText, oldText)[0]!.status).toBe("not_found");
  });

  it("obeys a stricter similarity threshold", () => {
    const before = "At least 40 people were injured, the police said.";
    const after = "At least 42 people were injured, the police said.";
    const input = anchorOf(before, "40 people");
    expect(reanchorAnnotations([input], before, after)[0]).toMatchObject({
      status: "changed",
      newQuote: "42 people",
      similarity: 0.889,
    });
    expect(reanchorAnnotations([input], before, after, { minSimilarity: 0.95 })[0]!.status).toBe(
      "not_found",
    );
  });

  it("does not place a short quote on the same word elsewhere when its own was deleted", () => {
    const before = "Rivera said no. Okafor denied it and Rivera said nothing more.";
    const after = "Rivera said no. Okafor denied it.";
    const outcomes = reanchorAnnotations([anchorOf(before, "Rivera said", 1)], before, after);
    expect(outcomes[0]!.status).toBe("not_found");
  });

  it("maps a match in text with other spaces and quote marks back onto the real characters", () => {
    const before = "He called it “a disgrace” on Monday.";
    const after = 'He  called it "a disgrace"\u00a0on Monday.';
    const outcomes = reanchorAnnotations(
      [anchorOf(before, "called it “a disgrace” on"), anchorOf(before, "a disgrace")],
      before,
      after,
    );
    // The same words: straight quotes and a non-breaking space change nothing a reviewer checked.
    expect(outcomes[0]).toMatchObject({
      status: "moved", // by the space added before it
      newQuote: 'called it "a disgrace"\u00a0on',
    });
    expect(outcomes[1]).toMatchObject({ status: "moved", newQuote: "a disgrace", start: 15 });
  });
});

describe("withdrawNewOverlaps", () => {
  const inputs = [
    { id: "a", quote: "", prefix: "", suffix: "", start: 0, end: 10 },
    { id: "b", quote: "", prefix: "", suffix: "", start: 20, end: 30 },
    { id: "c", quote: "", prefix: "", suffix: "", start: 5, end: 25 },
  ];

  it("withdraws the less sure of two spans that overlap only now", () => {
    const outcomes = withdrawNewOverlaps(inputs.slice(0, 2), [
      { id: "a", status: "kept", start: 0, end: 10, newQuote: "x" },
      { id: "b", status: "changed", start: 8, end: 14, newQuote: "y" },
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["kept", "not_found"]);
    expect(outcomes[1]!.reason).toContain("annotation a");
  });

  it("withdraws both when they are as sure, and leaves spans that overlapped before", () => {
    const outcomes = withdrawNewOverlaps(inputs, [
      { id: "a", status: "moved", start: 0, end: 10, newQuote: "x" },
      { id: "b", status: "moved", start: 5, end: 12, newQuote: "y" },
      { id: "c", status: "moved", start: 40, end: 60, newQuote: "z" },
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["not_found", "not_found", "moved"]);
    const nested = withdrawNewOverlaps(inputs, [
      { id: "a", status: "moved", start: 0, end: 10, newQuote: "x" },
      { id: "b", status: "moved", start: 20, end: 30, newQuote: "y" },
      { id: "c", status: "moved", start: 5, end: 25, newQuote: "z" },
    ]);
    expect(nested.map((o) => o.status)).toEqual(["moved", "moved", "moved"]);
  });
});
