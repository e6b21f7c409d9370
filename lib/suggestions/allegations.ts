// Allegations without a named accuser: a clause with an accusing or hedging word ("was accused
// of", "allegedly", "his alleged role", "faces charges", "is suspected of").
import { ALLEGATION_WORDS } from "./lexicon";
import { clauseEnd, subjectBefore } from "./phrases";
import type { SpeakerBook } from "./speakers";
import type { Sentence, Tokenized } from "./tokens";
import type { Suggestion } from "./types";

const CLAUSE_BREAK = /^(?:[,;:—–]|that|who|which|while|but|because|after|when)$/i;
const POSSESSIVE = new Set(["his", "her", "its", "their", "the", "an", "a", "our", "my", "your"]);

export function hedgedAllegations(
  doc: Tokenized,
  quoted: (offset: number) => boolean,
  book: SpeakerBook,
): Suggestion[] {
  const out: Suggestion[] = [];
  const { toks, text } = doc;
  const words = new RegExp(ALLEGATION_WORDS.source, "gi");
  for (const s of doc.sentences) {
    const from = toks[s.first]!.start;
    let coveredTo = -1;
    for (const m of text.slice(from, toks[s.last]!.end).matchAll(words)) {
      const at = from + m.index;
      if (quoted(at) || at < coveredTo) continue;
      const found = allegationAt(doc, s, at, m[0], book);
      if (!found) continue;
      coveredTo = found.end;
      out.push(found);
    }
  }
  return out;
}

function allegationAt(
  doc: Tokenized,
  s: Sentence,
  at: number,
  match: string,
  book: SpeakerBook,
): Suggestion | null {
  const { toks, text } = doc;
  let k = s.first;
  while (k < s.last && toks[k + 1]!.start <= at) k++;
  const word = match.toLowerCase();
  let a: number;
  let relative = false;
  if (word === "alleged" && toks[k + 1] && /NOUN|ADJ/.test(toks[k + 1]!.pos)) {
    // "his alleged role in …": the noun phrase, from its determiner.
    a = POSSESSIVE.has(toks[k - 1]?.lower ?? "") ? k - 1 : k;
  } else if (
    word === "alleged" &&
    !/^(is|was|are|were|be|been|being)$/.test(toks[k - 1]?.lower ?? "")
  ) {
    // "X alleged that …" is a cue with a speaker: the reported-speech rules have it. The
    // passive "is alleged to have …" names no accuser and is a hedge like "allegedly".
    return null;
  } else {
    a = k;
    while (a > s.first && !CLAUSE_BREAK.test(toks[a - 1]!.text)) a--;
    // Keep "who" in front of a relative clause (it ends at the next comma).
    if (/^(who|which)$/.test(toks[a - 1]?.lower ?? "")) {
      a--;
      relative = true;
    }
    // "Roe, 27, is accused of …": the clause starts with its subject, past the apposition.
    if (/^(is|was|were|are|has|have|had)$/.test(toks[a]!.lower)) {
      const subject = subjectBefore(doc, a);
      if (subject) a = subject.a;
    }
  }
  const start = toks[a]!.start;
  let end = clauseEnd(doc, Math.max(a, k), s.last);
  if (relative) {
    const comma = toks.slice(k, s.last + 1).find((t) => t.text === "," && t.end <= end);
    if (comma) end = toks[comma.i - 1]!.end;
  }
  if (end - start < 8) return null;
  // "was accused by pundits of …": the accusers are named between "by" and "of".
  const agent = /^accused by (.+) of$/i.exec(match);
  const agentStart = at + "accused by ".length;
  const speaker = agent ? book.resolve(agent[1]!, agentStart, agentStart + agent[1]!.length) : null;
  const cueText = agent ? match.slice(0, "accused".length) : match;
  return {
    start,
    end,
    quote: text.slice(start, end),
    kind: "allegation",
    cue: { start: at, end: at + cueText.length, text: cueText },
    speaker,
    confidence: 0.6,
    rule: "allegation-hedge",
  };
}
