import { describe, expect, it } from "vitest";
import { extractAnchors, plainText } from "@/lib/editor/anchors";
import { buildAnnotatedDoc } from "@/lib/editor/build-doc";
import { applyAnchors, withoutAnnotationMarks } from "./apply";
import { VERSION_PAIRS } from "./fixtures";
import { reanchorAnnotations } from "./reanchor";
import { annotatedBefore } from "./score";

const blocks = [
  { type: "heading" as const, text: "Ferry fares to rise" },
  { type: "paragraph" as const, text: "Fares on the island ferry will rise by 8% in April." },
  { type: "paragraph" as const, text: "The operator blamed fuel costs, the council said." },
];

/** The plain-text range of the first occurrence of quote. */
function spanOf(text: string, quote: string): { start: number; end: number } {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  return { start, end: start + quote.length };
}

describe("applyAnchors", () => {
  const doc = buildAnnotatedDoc(blocks, []);
  const text = plainText(doc);

  it("puts each mark on exactly the outcome's text, in headings and paragraphs", () => {
    const placed = [
      { id: "h", kind: "official_claim" as const, ...spanOf(text, "Ferry fares") },
      { id: "p", kind: "allegation" as const, ...spanOf(text, "rise by 8% in April") },
      { id: "q", kind: "verified_fact" as const, ...spanOf(text, "the council said.") },
    ];
    const anchors = extractAnchors(applyAnchors(doc, placed));
    expect(anchors.map((a) => [a.id, a.kind, a.quote, a.start, a.end])).toEqual(
      placed.map((p) => [p.id, p.kind, text.slice(p.start, p.end), p.start, p.end]),
    );
  });

  it("keeps both marks where spans overlap or nest", () => {
    const placed = [
      {
        id: "outer",
        kind: "official_claim" as const,
        ...spanOf(text, "The operator blamed fuel costs"),
      },
      { id: "inner", kind: "allegation" as const, ...spanOf(text, "fuel costs") },
      {
        id: "across",
        kind: "verified_fact" as const,
        ...spanOf(text, "blamed fuel costs, the council"),
      },
    ];
    const anchors = extractAnchors(applyAnchors(doc, placed));
    expect(Object.fromEntries(anchors.map((a) => [a.id, a.quote]))).toEqual({
      outer: "The operator blamed fuel costs",
      inner: "fuel costs",
      across: "blamed fuel costs, the council",
    });
  });

  it("leaves out a span that holds no text of the document", () => {
    const gap = spanOf(text, "\n\n");
    const result = applyAnchors(doc, [{ id: "gap", kind: "official_claim", ...gap }]);
    expect(extractAnchors(result)).toEqual([]);
    expect(plainText(result)).toBe(text);
  });
});

describe("withoutAnnotationMarks", () => {
  it("removes every annotation mark and keeps the text", () => {
    const marked = annotatedBefore(VERSION_PAIRS[1]!);
    expect(extractAnchors(marked).length).toBeGreaterThan(0);
    const clean = withoutAnnotationMarks(marked);
    expect(extractAnchors(clean)).toEqual([]);
    expect(plainText(clean)).toBe(plainText(marked));
  });
});

describe("re-anchoring a whole version pair onto the new document", () => {
  it.each(VERSION_PAIRS.map((pair) => [pair.name, pair] as const))(
    "%s: the new document's anchors quote what the outcomes say",
    (_name, pair) => {
      const before = annotatedBefore(pair);
      const kinds = new Map(extractAnchors(before).map((a) => [a.id, a.kind]));
      const newDoc = withoutAnnotationMarks(buildAnnotatedDoc(pair.after, []));
      const outcomes = reanchorAnnotations(
        extractAnchors(before),
        plainText(before),
        plainText(newDoc),
      );
      const placed = outcomes.flatMap((o) =>
        o.start === undefined || o.end === undefined
          ? []
          : [{ id: o.id, kind: kinds.get(o.id)!, start: o.start, end: o.end }],
      );
      const after = extractAnchors(applyAnchors(newDoc, placed));
      const expected = outcomes
        .filter((o) => o.newQuote !== undefined)
        .map((o) => [o.id, o.newQuote, o.start]);
      expect(after.map((a) => [a.id, a.quote, a.start]).sort()).toEqual(expected.sort());
    },
  );
});
