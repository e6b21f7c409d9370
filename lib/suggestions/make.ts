// Building a suggestion from token ranges: trims the span and resolves the speaker mention.
import type { Range } from "./phrases";
import type { SpeakerBook } from "./speakers";
import type { Tokenized } from "./tokens";
import type { SuggestedKind, Suggestion, TextSpan } from "./types";

const DATELINE = /^(?:[A-Z][A-Z .,'-]*\s)?\([A-Za-z .]{2,30}\)\s*[—–-]+\s*/;

export interface Ctx {
  doc: Tokenized;
  book: SpeakerBook;
  /** Offsets inside direct quotes: cues there belong to the quoted speaker's own words. */
  quoted: (offset: number) => boolean;
}

export function span(doc: Tokenized, a: number, b: number): TextSpan {
  const start = doc.toks[a]!.start;
  const end = doc.toks[b]!.end;
  return { start, end, text: doc.text.slice(start, end) };
}

export function make(
  ctx: Ctx,
  start: number,
  end: number,
  kind: SuggestedKind,
  cue: TextSpan | null,
  who: Range | null,
  confidence: number,
  rule: string,
): Suggestion | null {
  const { doc } = ctx;
  while (start < end && /[\s,;:—–-]/.test(doc.text[start]!)) start++;
  // A wire dateline is not part of anyone's statement: "(Reuters) — …", "PARIS (AP) - …".
  const dateline = DATELINE.exec(doc.text.slice(start, end));
  if (dateline) start += dateline[0].length;
  while (end > start && /[\s,;:—–-]/.test(doc.text[end - 1]!)) end--;
  if (end - start < 3) return null;
  const s = who ? span(doc, who.a, who.b) : null;
  const speaker = s ? ctx.book.resolve(s.text, s.start, s.end) : null;
  return { start, end, quote: doc.text.slice(start, end), kind, cue, speaker, confidence, rule };
}
