// Direct quotations and who said them: the cue right after the closing mark ("…," she said),
// right before the opening one (He said: "…"), or a quote that goes on from an earlier one in the
// same paragraph or the paragraph before.
import { ACCUSING_VERBS } from "./lexicon";
import { isSpeechVerb, phraseAfter, subjectBefore, type Range } from "./phrases";
import { findQuotes, isFullQuote, type QuoteSegment } from "./quotes";
import type { SpeakerBook } from "./speakers";
import { viaOuter } from "./via";
import type { Tokenized } from "./tokens";
import type { Suggestion, SuggestedSpeaker, TextSpan } from "./types";

const span = (doc: Tokenized, a: number, b: number): TextSpan => ({
  start: doc.toks[a]!.start,
  end: doc.toks[b]!.end,
  text: doc.text.slice(doc.toks[a]!.start, doc.toks[b]!.end),
});

function tokenAt(doc: Tokenized, offset: number): number {
  let lo = 0;
  let hi = doc.toks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.toks[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Attribution {
  cue: Range;
  speaker: Range;
  after: boolean;
}

/** `," she said` / `," said Jane Roe` right after the closing mark, within the sentence. */
function cueAfter(doc: Tokenized, q: QuoteSegment): Attribution | null {
  if (q.close < 0) return null;
  // `…review." The office said …`: a full stop inside the mark ends the sentence, so what
  // follows is a new one, not this quote's cue (which comes after a comma, "?" or "!").
  if (doc.text[q.close - 1] === ".") return null;
  const { toks } = doc;
  let k = tokenAt(doc, q.close) + 1;
  if (toks[k]?.text === ",") k++;
  const first = toks[k];
  if (!first || /^[.!?"“”]$/.test(first.text)) return null;
  for (let c = k; c < k + 10 && c < toks.length && toks[c]!.para === q.para; c++) {
    const t = toks[c]!;
    if (/^[.!?;"“”]$/.test(t.text)) return null;
    if (!isSpeechVerb(doc, c)) continue;
    if (c === k) {
      const np = phraseAfter(doc, c + 1);
      return np ? { cue: { a: c, b: c }, speaker: np, after: true } : null;
    }
    const np = subjectBefore(doc, c);
    return np && np.a >= k ? { cue: { a: c, b: c }, speaker: np, after: true } : null;
  }
  return null;
}

/** `He said: "` / `she told reporters, "` right before the opening mark. */
function cueBefore(doc: Tokenized, q: QuoteSegment): Attribution | null {
  const { toks } = doc;
  const k = tokenAt(doc, q.open) - 1;
  if (k < 0 || !/^[:,]$/.test(toks[k]!.text)) return null;
  const para = toks[k]!.para;
  for (let c = k - 1; c >= 0 && c > k - 8 && toks[c]!.para === para; c--) {
    const t = toks[c]!;
    if (/^[.!?;"“”]$/.test(t.text)) return null;
    if (!isSpeechVerb(doc, c)) continue;
    const np = subjectBefore(doc, c);
    return np ? { cue: { a: c, b: c }, speaker: np, after: false } : null;
  }
  return null;
}

export function directQuotes(doc: Tokenized, book: SpeakerBook): Suggestion[] {
  const out: Suggestion[] = [];
  const quotes = findQuotes(doc.text).filter((q) => isFullQuote(doc.text, q));
  const found = quotes.map((q) => cueAfter(doc, q) ?? cueBefore(doc, q));
  let previous: Suggestion | null = null;
  quotes.forEach((q, n) => {
    const hit = found[n];
    let speaker: SuggestedSpeaker | null = null;
    let cue: TextSpan | null = null;
    let rule = "";
    let confidence = 0.9;
    if (hit) {
      const s = span(doc, hit.speaker.a, hit.speaker.b);
      speaker = book.resolve(s.text, s.start, s.end);
      cue = span(doc, hit.cue.a, hit.cue.b);
      rule = hit.after ? "direct-quote-before-cue" : "direct-quote-after-cue";
      if (hit.after) {
        // `"…," Roe said, via the Daily Post`: the outer relation spans the quote and its cue.
        const last = Math.max(hit.cue.b, hit.speaker.b);
        const ctx = { doc, book, quoted: () => false };
        const outer = viaOuter(ctx, last, q.open, doc.toks[last]!.end);
        if (outer) out.push(outer);
      }
    } else {
      // A later segment of the same paragraph may carry the cue ("…. "…," she said.").
      const later = quotes.findIndex((r, m) => m > n && r.para === q.para && found[m]);
      const prev: Suggestion | null = previous;
      if (prev && (q.continued || paraOf(doc, prev.start) === q.para)) {
        speaker = prev.speaker;
        cue = prev.cue;
        rule = q.continued ? "direct-quote-continued-paragraph" : "direct-quote-continued";
        confidence = 0.75;
      } else if (later >= 0) {
        const h = found[later]!;
        const s = span(doc, h.speaker.a, h.speaker.b);
        speaker = book.resolve(s.text, s.start, s.end);
        cue = span(doc, h.cue.a, h.cue.b);
        rule = "direct-quote-continued";
        confidence = 0.75;
      } else if (prev && paraOf(doc, prev.start) >= q.para - 1 && startsParagraph(doc, q)) {
        speaker = prev.speaker;
        cue = prev.cue;
        rule = "direct-quote-continued-paragraph";
        confidence = 0.6;
      } else return;
    }
    const kind =
      cue && ACCUSING_VERBS.has(cue.text.toLowerCase()) ? "allegation" : "official_claim";
    const suggestion: Suggestion = {
      start: q.start,
      end: q.end,
      quote: doc.text.slice(q.start, q.end),
      kind,
      cue,
      speaker,
      confidence,
      rule,
    };
    out.push(suggestion);
    previous = suggestion;
  });
  return out;
}

function paraOf(doc: Tokenized, offset: number): number {
  return doc.toks[tokenAt(doc, offset)]!.para;
}

function startsParagraph(doc: Tokenized, q: QuoteSegment): boolean {
  const k = tokenAt(doc, q.open);
  return k === 0 || doc.toks[k - 1]!.para !== q.para;
}
