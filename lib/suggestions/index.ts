import type { Suggestion, SuggestOptions } from "./types";

export type * from "./types";

// Baseline: a direct quote followed by `X said` or preceded by `X said:`.
// Straight and curly double quotes both count as quotation marks.
const QUOTE = /["“]([^"“”]+)["”]/g;
const AFTER =
  /^\s*,?\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*|he|she|they|it)\s+(said|says|added|told)\b/;
const BEFORE = /([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)\s+(said|says|added|told)\s*:\s*$/;

/** Suggests attributed claims in `text`; offsets are JavaScript string indices of `text`. */
export function suggestAttributions(text: string, options: SuggestOptions = {}): Suggestion[] {
  const out: Suggestion[] = [];
  for (const m of text.matchAll(QUOTE)) {
    const start = (m.index ?? 0) + 1;
    const quote = m[1] ?? "";
    const end = start + quote.length;
    const after = AFTER.exec(text.slice(end + 1, end + 120));
    const before = BEFORE.exec(text.slice(Math.max(0, start - 121), start - 1));
    const hit = after ?? before;
    if (!hit) continue;
    const name = hit[1] ?? "";
    const known = options.speakers?.find((s) => s.name === name || s.aliases.includes(name));
    out.push({
      start,
      end,
      quote,
      kind: "official_claim",
      cue: null,
      speaker: { name, type: "person", mention: null, speakerId: known?.id ?? null },
      confidence: 0.5,
      rule: after ? "direct-quote-before-cue" : "direct-quote-after-cue",
    });
  }
  return out;
}
