import type { Node as PMNode } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { plainText } from "./anchors";
import { editorSchema } from "./schema";
import { Transform } from "@tiptap/pm/transform";
import { placeTextSpans, positionsOfTextOffsets } from "./text-positions";

const schema = editorSchema();
const paragraph = (...content: (string | "BR")[]) =>
  schema.nodes.paragraph!.create(
    null,
    content.map((piece) =>
      piece === "BR" ? schema.nodes.hardBreak!.create() : schema.text(piece),
    ),
  );
const doc = (...blocks: PMNode[]) => schema.nodes.doc!.create(null, blocks);

/** The document's text between the positions the offsets of `wanted` map to. */
function textAt(document: PMNode, wanted: string, occurrence = 0) {
  const positions = positionsOfTextOffsets(document);
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = positions.text.indexOf(wanted, start + 1);
  const range = positions.range(start, start + wanted.length);
  return range && document.textBetween(range.from, range.to, "\n\n", "\n");
}

describe("positionsOfTextOffsets", () => {
  it("gives the plain text it counts in", () => {
    const d = doc(paragraph("One."), paragraph("Two."));
    expect(positionsOfTextOffsets(d).text).toBe(plainText(d));
  });

  it("maps spans in the first, a middle and the last block to the same text", () => {
    const d = doc(paragraph("Alpha beta."), paragraph("Gamma delta."), paragraph("Epsilon."));
    expect(textAt(d, "beta")).toBe("beta");
    expect(textAt(d, "Gamma delta.")).toBe("Gamma delta.");
    expect(textAt(d, "Epsilon.")).toBe("Epsilon.");
  });

  it("counts emoji in UTF-16 units, as JavaScript string offsets do", () => {
    const d = doc(paragraph("🙂🙂 “Quoted,” she said."));
    expect(textAt(d, "“Quoted,”")).toBe("“Quoted,”");
  });

  it("counts a hard break as one character", () => {
    const d = doc(paragraph("Line one", "BR", "line two said."));
    expect(textAt(d, "line two")).toBe("line two");
  });

  it("follows nested blocks (list items, quotes) in document order", () => {
    const list = schema.nodes.bulletList!.create(null, [
      schema.nodes.listItem!.create(null, [paragraph("First item.")]),
      schema.nodes.listItem!.create(null, [paragraph("Second item.")]),
    ]);
    const d = doc(paragraph("Intro."), list, paragraph("Outro."));
    expect(textAt(d, "Second item.")).toBe("Second item.");
    expect(textAt(d, "Outro.")).toBe("Outro.");
  });

  it("maps a span across blocks, leaving the blank line out of the ends", () => {
    const d = doc(paragraph("End of one."), paragraph("Start of two."));
    const positions = positionsOfTextOffsets(d);
    const start = positions.text.indexOf("one.");
    const range = positions.range(start, positions.text.indexOf(" of two"));
    expect(d.textBetween(range!.from, range!.to, "|")).toBe("one.|Start");
    // A span that starts or ends on the separator snaps to the text beside it.
    const sep = positions.text.indexOf("\n\n");
    expect(positions.range(sep + 1, sep + 8)).toEqual(positions.range(sep + 2, sep + 8));
    expect(positions.range(sep - 3, sep + 1)).toEqual(positions.range(sep - 3, sep));
  });

  it("refuses spans outside the text, empty ones and ones holding only a separator", () => {
    const d = doc(paragraph("One."), paragraph("Two."));
    const positions = positionsOfTextOffsets(d);
    expect(positions.range(-1, 2)).toBeNull();
    expect(positions.range(2, 2)).toBeNull();
    expect(positions.range(0, positions.text.length + 1)).toBeNull();
    expect(positions.range(4, 6)).toBeNull();
  });
});

describe("placeTextSpans", () => {
  const story = () => doc(paragraph("Intro."), paragraph("“All is well,” the mayor said."));
  const spanOf = (d: PMNode, quote: string) => {
    const start = plainText(d).indexOf(quote);
    return { start, end: start + quote.length, quote };
  };

  it("follows edits made after the offsets were taken, before and around a span", () => {
    const before = story();
    const positions = positionsOfTextOffsets(before);
    const span = spanOf(before, "All is well");
    const tr = new Transform(before).insert(1, schema.text("Breaking: "));
    tr.insert(tr.doc.content.size - 1, schema.text("!"));
    const [placed] = placeTextSpans([span], {
      before,
      positions,
      edits: tr.mapping,
      now: tr.doc,
    });
    expect(tr.doc.textBetween(placed!.from, placed!.to)).toBe("All is well");
  });

  it("leaves out a span whose text was edited meanwhile or that the offsets cannot place", () => {
    const before = story();
    const positions = positionsOfTextOffsets(before);
    const span = spanOf(before, "All is well");
    const at = positions.range(span.start, span.end)!;
    const tr = new Transform(before).insert(at.from + 7, schema.text("not "));
    const placed = placeTextSpans([span, { start: 500, end: 510 }], {
      before,
      positions,
      edits: tr.mapping,
      now: tr.doc,
    });
    expect(placed).toEqual([]);
  });
});
