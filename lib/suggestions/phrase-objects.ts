// A quoted phrase that is the object of a cue ("called it an “adverse development”", "warning
// of “grave consequences”", "cheered the “historic” move"): the words inside the marks.
import { subjectBefore, type Range } from "./phrases";
import type { Sentence, Tokenized } from "./tokens";

const NAMING_VERBS = new Set(
  `called calling calls described describing describes dubbed branded labelled labeled termed
  hailed cheered praised warned warning warns`.split(/\s+/),
);

export interface PhraseObject {
  start: number;
  end: number;
  cue: Range;
  subject: Range | null;
}

/** The quoted phrase within a few words after token `k`, when nothing but its object comes first. */
export function quotedObject(doc: Tokenized, k: number, s: Sentence): PhraseObject | null {
  const { toks } = doc;
  if (!NAMING_VERBS.has(toks[k]!.lower)) return null;
  let open = -1;
  for (let j = k + 1; j <= Math.min(s.last, k + 5); j++) {
    const t = toks[j]!;
    if (/^["“]$/.test(t.text)) {
      open = j;
      break;
    }
    if (t.pos === "VERB" || t.pos === "AUX" || /^[,.;:]$/.test(t.text)) return null;
  }
  if (open < 0) return null;
  let close = -1;
  for (let j = open + 1; j <= Math.min(s.last, open + 8); j++) {
    if (/^["”]$/.test(toks[j]!.text)) {
      close = j;
      break;
    }
  }
  if (close <= open + 1) return null;
  return {
    start: toks[open + 1]!.start,
    end: toks[close - 1]!.end,
    cue: { a: k, b: toks[k + 1]?.lower === "on" || toks[k + 1]?.lower === "of" ? k + 1 : k },
    subject: subjectBefore(doc, k),
  };
}
