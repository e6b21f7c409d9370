// Pure: the search's headlines (db/queries/search-text.ts) as pieces of plain text, so React
// and the reader's HTML renderer escape every piece and only wrap the marked ones in <mark>.

const MARK_START = "\ue000";
const MARK_END = "\ue001";

export interface TextPiece {
  text: string;
  marked: boolean;
}

/** "a \ue000b\ue001 c" → [a ][b, marked][ c]; adjacent pieces of the same kind are joined. */
export function markedPieces(headline: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let marked = false;
  for (const part of headline.split(/([\ue000\ue001])/)) {
    if (part === MARK_START) marked = true;
    else if (part === MARK_END) marked = false;
    else if (part) {
      const last = pieces.at(-1);
      if (last && last.marked === marked) last.text += part;
      else pieces.push({ text: part, marked });
    }
  }
  return pieces;
}

/** Whether a headline has any marked word in it. */
export function hasMarks(headline: string): boolean {
  return headline.includes(MARK_START);
}

/**
 * A quote's context cut to whole words: the prefix and suffix are the 32 characters around the
 * quote, so their outer ends usually fall mid-word ("…ton Civic Alliance"). Keeps everything
 * when there is only one word.
 */
export function wholeWords(headline: string, side: "prefix" | "suffix"): string {
  if (side === "prefix") {
    const cut = headline.search(/\s/);
    return cut > 0 ? headline.slice(cut).trimStart() : headline;
  }
  const cut = headline.search(/\s\S*$/);
  return cut > 0 ? headline.slice(0, cut).trimEnd() : headline;
}

/** How a search is named in "… match “bridge”": as typed when it has quotes of its own. */
export function quotedSearch(text: string): string {
  return text.includes('"') ? text : `“${text}”`;
}

/** "1 annotation matches", "4 annotations match"; "More than 1,000 …" past a count's limit. */
export function matchCount(total: number, countLimit = Infinity): string {
  if (total > countLimit) return `More than ${countLimit.toLocaleString("en")} annotations match`;
  return total === 1 ? "1 annotation matches" : `${total.toLocaleString("en")} annotations match`;
}
