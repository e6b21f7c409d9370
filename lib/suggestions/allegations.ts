// Allegations without a named accuser: a clause with an accusing or hedging word ("was accused
// of", "allegedly", "his alleged role", "faces charges", "is suspected of").
import { ALLEGATION_WORDS } from "./lexicon";
import { clauseEnd } from "./phrases";
import type { Tokenized } from "./tokens";
import type { Suggestion } from "./types";

const CLAUSE_BREAK = /^(?:[,;:—–]|that|who|which|while|but|because|after|when)$/i;
const POSSESSIVE = new Set(["his", "her", "its", "their", "the", "an", "a", "our", "my", "your"]);

export function hedgedAllegations(
  doc: Tokenized,
  quoted: (offset: number) => boolean,
): Suggestion[] {
  const out: Suggestion[] = [];
  const { toks, text } = doc;
  for (const s of doc.sentences) {
    const from = toks[s.first]!.start;
    const m = ALLEGATION_WORDS.exec(text.slice(from, toks[s.last]!.end));
    if (!m) continue;
    const at = from + m.index;
    if (quoted(at)) continue;
    let k = s.first;
    while (k < s.last && toks[k + 1]!.start <= at) k++;
    const word = m[0].toLowerCase();
    let a: number;
    if (word === "alleged" && toks[k + 1] && /NOUN|ADJ/.test(toks[k + 1]!.pos)) {
      // "his alleged role in …": the noun phrase, from its determiner.
      a = POSSESSIVE.has(toks[k - 1]?.lower ?? "") ? k - 1 : k;
    } else if (word === "alleged") {
      continue; // "X alleged that …" is a cue with a speaker: the reported-speech rules have it.
    } else {
      a = k;
      while (a > s.first && !CLAUSE_BREAK.test(toks[a - 1]!.text)) a--;
      // Keep "who" in front of a relative clause; drop a comma or conjunction.
      if (toks[a - 1]?.lower === "who") a--;
    }
    const start = toks[a]!.start;
    const end = clauseEnd(doc, Math.max(a, k), s.last);
    if (end - start < 8) continue;
    out.push({
      start,
      end,
      quote: text.slice(start, end),
      kind: "allegation",
      cue: { start: at, end: at + m[0].length, text: m[0] },
      speaker: null,
      confidence: 0.6,
      rule: "allegation-hedge",
    });
  }
  return out;
}
