// "according to X, …", "…, according to X" and "…, per X, …" (a cue inside the clause makes
// the whole clause the quote).
import { make, span, type Ctx } from "./make";
import { clauseEnd, phraseAfter } from "./phrases";
import type { Sentence, Tokenized } from "./tokens";
import type { Suggestion } from "./types";

/**
 * The suggestion for an "according to" / ", per" cue at token `k`: undefined when there is no
 * such cue there, null when there is one but no suggestion can be made of it.
 */
export function accordingTo(ctx: Ctx, s: Sentence, k: number): Suggestion | null | undefined {
  const { doc } = ctx;
  const { toks } = doc;
  const t = toks[k]!;
  const isAccording = t.lower === "according" && toks[k + 1]?.lower === "to";
  const isPer = t.lower === "per" && toks[k - 1]?.text === ",";
  if (!isAccording && !isPer) return undefined;
  const np = phraseAfter(doc, isPer ? k + 1 : k + 2, 12);
  if (!np) return null;
  const cue = span(doc, k, isPer ? k : k + 1);
  if (k === s.first || (k === s.first + 1 && toks[s.first]!.pos === "PUNCT")) {
    let from = np.b + 1;
    // "According to the Transport Authority (TA), …": past the bracket and the comma.
    if (toks[from]?.text === "(") {
      while (from <= s.last && toks[from]!.text !== ")") from++;
      from++;
    }
    if (toks[from]?.text === ",") from++;
    if (from > s.last) return null;
    const end = clauseEnd(doc, from, s.last);
    return make(
      ctx,
      toks[from]!.start,
      end,
      "official_claim",
      cue,
      np,
      0.85,
      "according-to-before",
    );
  }
  // After the clause ("…, according to X." or "…, according to a study published …") unless
  // what comes before the cue has no verb yet ("Y, per X, is often found …": the cue is inside).
  const before = toks.slice(s.first, k).filter((x) => x.pos !== "PUNCT");
  // "Ferries are late, according to …" is a whole clause; "He had, according to …" is not yet.
  const clauseBefore =
    before.some((x) => x.pos === "VERB") ||
    (before.some((x) => x.pos === "AUX") && before.at(-1)?.pos !== "AUX");
  const atEnd = np.b + 1 >= s.last || /^[.!?]$/.test(toks[np.b + 1]!.text);
  const after = atEnd || clauseBefore;
  // After the clause, the quote ends before the cue (and its comma); inside, at the sentence end.
  const lastBefore = toks[k - 1]!.text === "," ? k - 2 : k - 1;
  const end = after ? toks[lastBefore]!.end : sentenceEnd(doc, s);
  const [confidence, rule] = after ? [0.85, "according-to-after"] : [0.7, "according-to-inside"];
  return make(ctx, toks[s.first]!.start, end, "official_claim", cue, np, confidence, rule);
}

function sentenceEnd(doc: Tokenized, s: Sentence): number {
  let e = s.last;
  while (e > s.first && /^[.;:!?]$/.test(doc.toks[e]!.text)) e--;
  return doc.toks[e]!.end;
}
