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

/** White space as the editor and a paste can produce it, including non-breaking spaces. */
export function isSpace(char: string): boolean {
  return /\s/.test(char);
}

export function normalizeText(raw: string): NormalizedText {
  let text = "";
  const starts: number[] = [];
  const ends: number[] = [];
  const fromRaw = new Int32Array(raw.length + 1);
  let i = 0;
  while (i < raw.length) {
    const char = raw[i]!;
    if (isSpace(char)) {
      let j = i;
      let lineBreaks = 0;
      while (j < raw.length && isSpace(raw[j]!)) {
        if (raw[j] === "\n") lineBreaks++;
        j++;
      }
      for (let r = i; r < j; r++) fromRaw[r] = text.length;
      starts.push(i);
      ends.push(j);
      // Only a blank line separates blocks; a single line break is a break inside one.
      text += lineBreaks >= 2 ? "\n" : " ";
      i = j;
      continue;
    }
    fromRaw[i] = text.length;
    starts.push(i);
    ends.push(i + 1);
    text += QUOTE_MARKS[char] ?? char;
    i++;
  }
  fromRaw[raw.length] = text.length;
  starts.push(raw.length);
  return { text, rawStart: Int32Array.from(starts), rawEnd: Int32Array.from(ends), fromRaw };
}

/** The normalized form of a short string (a quote or its context), without the offset maps. */
export function normalized(raw: string): string {
  return normalizeText(raw).text;
}

/** The real range of the copy's range [start, end). */
export function rawRange(norm: NormalizedText, start: number, end: number): [number, number] {
  return [norm.rawStart[start]!, end > start ? norm.rawEnd[end - 1]! : norm.rawStart[start]!];
}

/** Equal once white space runs are collapsed: what a reader sees is the same text. */
export function sameVisibleText(a: string, b: string): boolean {
  const collapse = (s: string) => s.replace(/\s+/g, " ");
  return collapse(a) === collapse(b);
}
