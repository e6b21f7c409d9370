import type { Mark } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { extractAnchors, plainText } from "./anchors";
import { editorSchema } from "./schema";

const schema = editorSchema();
const mark = (id: string, kind = "official_claim") => schema.marks.annotation!.create({ id, kind });

/** A paragraph from pieces of [text, ...annotation ids]. */
function paragraph(...pieces: [string, ...string[]][]) {
  return schema.nodes.paragraph!.create(
    null,
    pieces.map(([text, ...ids]) =>
      schema.text(
        text,
        ids.reduce<readonly Mark[]>((set, id) => mark(id).addToSet(set), []),
      ),
    ),
  );
}

describe("anchors", () => {
  it("joins blocks with a blank line", () => {
    const doc = schema.nodes.doc!.create(null, [paragraph(["One."]), paragraph(["Two."])]);
    expect(plainText(doc)).toBe("One.\n\nTwo.");
  });

  it("anchor nested and overlapping spans across paragraphs, in document order", () => {
    const doc = schema.nodes.doc!.create(null, [
      paragraph(["Intro."]),
      paragraph(["The ", "a"], ["bridge ", "a", "b"], ["closed", "b"], [" on 3 May."]),
      paragraph(["“Forty ", "c"], ["were", "c", "d"], [" hurt”, officials said.", "c"]),
    ]);
    const anchors = extractAnchors(doc);
    expect(anchors.map((a) => [a.id, a.quote])).toEqual([
      ["a", "The bridge "],
      ["b", "bridge closed"],
      ["c", "“Forty were hurt”, officials said."],
      ["d", "were"],
    ]);
    const text = plainText(doc);
    for (const a of anchors) expect(text.slice(a.start, a.end)).toBe(a.quote);
    expect(anchors[0]!.prefix).toBe("Intro.\n\n");
    expect(anchors[3]!.prefix).toBe("bridge closed on 3 May.\n\n“Forty ");
    expect(anchors[3]!.suffix).toBe(" hurt”, officials said.");
  });

  it("never splits an emoji or an accented letter in the context", () => {
    const before = "é🙂".repeat(20);
    const doc = schema.nodes.doc!.create(null, [
      paragraph([before], ["quote", "q"], ["🙂".repeat(40)]),
    ]);
    const [anchor] = extractAnchors(doc);
    expect(Array.from(anchor!.prefix)).toHaveLength(32);
    expect(anchor!.prefix).toBe("é🙂".repeat(16));
    expect(anchor!.suffix).toBe("🙂".repeat(32));
  });
});
