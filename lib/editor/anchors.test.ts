import type { Mark } from "@tiptap/pm/model";
import { describe, expect, it } from "vitest";
import { documentHasText, extractAnchors, plainText } from "./anchors";
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

describe("context at the cut points is cut between grapheme clusters", () => {
  const decomposed = "e\u0301"; // é as e + combining acute: two code units, one character
  const family = "👨‍👩‍👧"; // three people joined by zero-width joiners: eight code units
  const flag = "🇫🇷"; // two regional indicators
  const thumb = "👍🏽"; // emoji + skin-tone modifier
  const keycap = "1\uFE0F\u20E3";

  /** One paragraph "<before><quote><after>" with the quote annotated. */
  function anchorOf(before: string, after: string, quote = "quote") {
    const doc = schema.nodes.doc!.create(null, [paragraph([before], [quote, "q"], [after])]);
    const [anchor] = extractAnchors(doc);
    const text = plainText(doc);
    // Offsets stay in UTF-16 code units: they index the plain text directly.
    expect(text.slice(anchor!.start, anchor!.end)).toBe(quote);
    expect(anchor!.start).toBe(before.length);
    return anchor!;
  }
  const clusters = (text: string) => [
    ...new Intl.Segmenter("en", { granularity: "grapheme" }).segment(text),
  ];

  it("keeps a decomposed accent with its letter on both sides", () => {
    // 32 characters back lands exactly between "e" and its accent when counted in code units.
    const anchor = anchorOf(`x${decomposed}${"a".repeat(31)}`, `${"b".repeat(31)}${decomposed}y`);
    expect(anchor.prefix).toBe(`${decomposed}${"a".repeat(31)}`);
    expect(anchor.suffix).toBe(`${"b".repeat(31)}${decomposed}`);
  });

  it("keeps ZWJ families, flags, skin tones and keycaps whole", () => {
    for (const emoji of [family, flag, thumb, keycap]) {
      const anchor = anchorOf(`start ${emoji.repeat(40)}`, `${emoji.repeat(40)} end`);
      expect(anchor.prefix).toBe(emoji.repeat(32));
      expect(anchor.suffix).toBe(emoji.repeat(32));
    }
  });

  it("counts a mix of plain letters and emoji as a reader would", () => {
    const anchor = anchorOf(
      `Intro ${"a".repeat(20)}${family}${"b".repeat(11)}`,
      ` ${flag}${"c".repeat(40)}`,
    );
    expect(anchor.prefix).toBe(`${"a".repeat(20)}${family}${"b".repeat(11)}`);
    expect(clusters(anchor.prefix)).toHaveLength(32);
    expect(anchor.suffix).toBe(` ${flag}${"c".repeat(30)}`);
    expect(clusters(anchor.suffix)).toHaveLength(32);
  });

  it("keeps curly quotes and the blank line between paragraphs as characters of context", () => {
    const doc = schema.nodes.doc!.create(null, [
      paragraph([`“${"Long ".repeat(10)}”`]),
      paragraph(["“", "q"], ["It was", "q"], ["”", "q"], [`’${"s".repeat(40)}`]),
    ]);
    const [anchor] = extractAnchors(doc);
    expect(anchor!.quote).toBe("“It was”");
    expect(anchor!.prefix).toBe(`${"Long ".repeat(10).slice(-29)}”\n\n`);
    expect(anchor!.suffix).toBe(`’${"s".repeat(31)}`);
  });

  it("does not cut a flag out of a run of flags by its regional indicators", () => {
    // Flags pair up regional indicators from the start of a run: a window starting after an odd
    // number of them would pair the wrong halves (🇫🇷🇩🇪 read from its second indicator is R, RD, E).
    const flags = "🇫🇷🇩🇪🇮🇹".repeat(20);
    const anchor = anchorOf(`x${flags}`, flags);
    expect(anchor.prefix).toBe(flags.slice(-32 * 4));
    expect(clusters(anchor.prefix).every(({ segment }) => segment.length === 4)).toBe(true);
    expect(anchor.suffix).toBe(flags.slice(0, 32 * 4));
  });

  it("takes all there is when the text is shorter than the context", () => {
    const anchor = anchorOf(`${family}${decomposed}`, `${flag}`);
    expect(anchor.prefix).toBe(`${family}${decomposed}`);
    expect(anchor.suffix).toBe(flag);
  });
});

describe("documentHasText", () => {
  it("is false for empty paragraphs, white space and hard breaks, true for a word", () => {
    const empty = schema.nodes.doc!.create(null, [schema.nodes.paragraph!.create()]);
    const blank = schema.nodes.doc!.create(null, [
      paragraph(["  \u00a0 "]),
      schema.nodes.paragraph!.create(null, [schema.nodes.hardBreak!.create()]),
    ]);
    const text = schema.nodes.doc!.create(null, [paragraph(["  "]), paragraph(["Word"])]);
    expect(documentHasText(empty)).toBe(false);
    expect(documentHasText(blank)).toBe(false);
    expect(documentHasText(text)).toBe(true);
  });
});
