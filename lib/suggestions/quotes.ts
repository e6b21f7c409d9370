// Direct quotations: where the quotation marks are, paragraph by paragraph. A quote left open at
// the end of a paragraph goes on in the next one (news style reopens it there).

export interface QuoteSegment {
  /** Offsets of the words inside the marks. */
  start: number;
  end: number;
  para: number;
  /** The offsets of the opening and closing marks (closing is -1 when the paragraph ends it). */
  open: number;
  close: number;
  /** It continues a quote left open at the end of the previous paragraph. */
  continued: boolean;
}

const OPENERS = "“«";
const CLOSERS = "”»";

export function paragraphs(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const re = /[^\n]+/g;
  for (const m of text.matchAll(re)) {
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function findQuotes(text: string): QuoteSegment[] {
  const out: QuoteSegment[] = [];
  let carried = false;
  paragraphs(text).forEach((p, para) => {
    let open = -1;
    let cont = carried;
    for (let k = p.start; k < p.end; k++) {
      const c = text[k]!;
      const straight = c === '"';
      if (open < 0 && (OPENERS.includes(c) || (straight && !/\w/.test(text[k - 1] ?? " ")))) {
        open = k;
      } else if (open >= 0 && (CLOSERS.includes(c) || straight)) {
        out.push(segment(text, open, k, para, cont));
        cont = false;
        open = -1;
      }
    }
    if (open >= 0) {
      out.push(segment(text, open, -1, para, cont, p.end));
      carried = true;
    } else carried = false;
  });
  return out.filter((q) => q.end > q.start);
}

function segment(
  text: string,
  open: number,
  close: number,
  para: number,
  continued: boolean,
  paraEnd = close,
): QuoteSegment {
  let start = open + 1;
  let end = close >= 0 ? close : paraEnd;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end, para, open, close, continued };
}

/** A full quotation rather than a scare-quoted phrase inside someone's reported clause. */
export function isFullQuote(text: string, q: QuoteSegment): boolean {
  const inner = text.slice(q.start, q.end);
  const wordCount = inner.split(/\s+/).length;
  if (/[,.!?…:;]$/.test(inner) && wordCount >= 2) return true;
  if (q.close < 0 || q.continued) return true;
  const before = text.slice(Math.max(0, q.open - 3), q.open);
  return /:\s*$/.test(before) && wordCount >= 2;
}
