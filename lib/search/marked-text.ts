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
