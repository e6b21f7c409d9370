/**
 * A copy of a text in which edits a reader does not see as a change of wording compare equal:
 * runs of white space (double spaces, line breaks inside a paragraph, non-breaking spaces)
 * become one space, a blank line between blocks becomes one "\n", and typographic quotes,
 * apostrophes and dashes become their plain forms. Offsets found in the copy map back to the
 * real text, so a match made in the copy is placed on the characters the reader sees.
 */
export interface NormalizedText {
  /** The normalized copy. */
  text: string;
  /** The real offset where the copy's character i starts (length text.length + 1). */
  rawStart: Int32Array;
  /** The real offset where the copy's character i ends (length text.length). */
  rawEnd: Int32Array;
  /** The copy's offset of the character that holds real offset r (length raw.length + 1). */
  fromRaw: Int32Array;
}

const QUOTE_MARKS: Record<string, string> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201a": "'",
  "\u201b": "'",
  "\u2032": "'",
  "\u201c": '"',
  "\u201d": '"',
  "\u201e": '"',
  "\u201f": '"',
  "\u2033": '"',
  "\u00ab": '"',
  "\u00bb": '"',
  "\u2010": "-",
  "\u2011": "-",
  "\u2012": "-",
  "\u2013": "-",
  "\u2014": "-",
  "\u2015": "-",
  "\u2212": "-",
};

/** White space as the editor and a paste can produce it (what /\s/ matches), by code unit. */
export function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

const QUOTE_MARK_PATTERN = new RegExp(`[${Object.keys(QUOTE_MARKS).join("")}]`, "g");

/** The normalized form of a text, without the offset maps: native string passes only. */
export function normalized(raw: string): string {
  return raw
    .replace(/\s+/g, (run) => (run.indexOf("\n") !== run.lastIndexOf("\n") ? "\n" : " "))
    .replace(QUOTE_MARK_PATTERN, (mark) => QUOTE_MARKS[mark]!);
}

// The maps are built in one pass over code units into typed arrays, and the text by
// `normalized`: a 60 kB article is normalized on every re-anchoring, so both stay cheap.
export function normalizeText(raw: string): NormalizedText {
  const rawStart = new Int32Array(raw.length + 1);
  const rawEnd = new Int32Array(raw.length);
  const fromRaw = new Int32Array(raw.length + 1);
  let length = 0;
  let i = 0;
  while (i < raw.length) {
    let j = i + 1;
    if (isSpaceCode(raw.charCodeAt(i))) {
      while (j < raw.length && isSpaceCode(raw.charCodeAt(j))) j++;
    }
    fromRaw.fill(length, i, j);
    rawStart[length] = i;
    rawEnd[length] = j;
    length++;
    i = j;
  }
  fromRaw[raw.length] = length;
  rawStart[length] = raw.length;
  const text = normalized(raw);
  if (text.length !== length) throw new Error("Normalized text and its offset map disagree");
  return {
    text,
    rawStart: rawStart.slice(0, length + 1),
    rawEnd: rawEnd.slice(0, length),
    fromRaw,
  };
}

/** The real range of the copy's range [start, end). */
export function rawRange(norm: NormalizedText, start: number, end: number): [number, number] {
  return [norm.rawStart[start]!, end > start ? norm.rawEnd[end - 1]! : norm.rawStart[start]!];
}
