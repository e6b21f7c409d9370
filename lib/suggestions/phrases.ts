// Token-level helpers: the noun phrase naming a speaker next to a cue, and clause boundaries.
import { CUE_FILLERS, SPEECH_VERBS } from "./lexicon";
import type { Tok, Tokenized } from "./tokens";

export interface Range {
  a: number;
  b: number;
}

const NP_POS = new Set(["PROPN", "NOUN", "ADJ", "NUM", "DET", "PART", "PRON"]);
const NP_INNER = new Set(["of", "for", "in", "at", "from", "and", "with", "on"]);
const STOP_PRONOUNS = new Set(["that", "which", "what", "this", "there", "who", "it's"]);

/**
 * The noun phrase that ends just before token `k` (the subject of a cue), skipping auxiliaries
 * and adverbs ("has also said"). It stops at punctuation, a verb or a determiner (inclusive).
 * Returns null when there is none.
 */
export function subjectBefore(doc: Tokenized, k: number): Range | null {
  const { toks } = doc;
  const sent = toks[k]!.sent;
  let b = k - 1;
  while (b >= 0 && toks[b]!.sent === sent && CUE_FILLERS.has(toks[b]!.lower)) b--;
  if (b < 0 || toks[b]!.sent !== sent) return null;
  // "Richardson, a former teammate, said": skip the apposition between commas.
  if (toks[b]!.text === ",") {
    let c = b - 1;
    while (c >= 0 && toks[c]!.sent === sent && toks[c]!.text !== "," && c > b - 30) c--;
    // A long stretch between commas is only an apposition when it is a relative clause.
    if (b - c > 12 && !/^(which|who|whose)$/.test(toks[c + 1]?.lower ?? "")) return null;
    if (c < 0 || toks[c]!.text !== "," || c === b - 1) return null;
    b = c - 1;
  }
  const last = toks[b]!;
  if (last.pos === "PRON") {
    return STOP_PRONOUNS.has(last.lower) ? null : { a: b, b };
  }
  if (!NP_POS.has(last.pos) && !/^[A-Z]/.test(last.text)) return null;
  if (last.pos === "DET") return null;
  let a = b;
  while (a - 1 >= 0 && toks[a - 1]!.sent === sent) {
    const t = toks[a - 1]!;
    const joined = t.end === toks[a]!.start && (t.text === "-" || toks[a]!.text === "-");
    if (t.pos === "DET") {
      a--;
      break;
    }
    if (t.pos === "PRON" && t.lower !== "his" && t.lower !== "her" && t.lower !== "their") break;
    if (joined || t.lower === "'s" || t.lower === "’s" || (NP_POS.has(t.pos) && t.pos !== "PRON")) {
      a--;
    } else if (NP_INNER.has(t.lower) && a - 2 >= 0 && /NOUN|PROPN/.test(toks[a - 2]!.pos)) {
      a--;
    } else if (/^[A-Z]/.test(t.text) && t.pos !== "PUNCT" && t.pos !== "VERB") a--;
    else break;
  }
  while (a < b && (NP_INNER.has(toks[a]!.lower) || toks[a]!.pos === "NUM")) a++;
  if (b - a > 9) return null;
  return { a, b };
}

/** The noun phrase starting at token `k` ("said Jane Roe, a teacher" → "Jane Roe"). */
export function phraseAfter(doc: Tokenized, k: number, maxLen = 10): Range | null {
  const { toks } = doc;
  const start = toks[k];
  if (!start) return null;
  if (start.pos === "PRON") return STOP_PRONOUNS.has(start.lower) ? null : { a: k, b: k };
  let b = k - 1;
  while (b + 1 < toks.length && toks[b + 1]!.sent === start.sent && b + 1 - k < maxLen) {
    const t = toks[b + 1]!;
    const joined = t.start === toks[b]?.end && (t.text === "-" || toks[b]!.text === "-");
    if (joined || t.lower === "'s" || t.lower === "’s" || (NP_POS.has(t.pos) && t.pos !== "PRON"))
      b++;
    else if (NP_INNER.has(t.lower) && b >= k && /NOUN|PROPN/.test(toks[b]!.pos)) b++;
    else if (/^[A-Z]/.test(t.text) && t.pos !== "PUNCT") b++;
    else break;
  }
  while (b >= k && (NP_INNER.has(toks[b]!.lower) || toks[b]!.pos === "DET")) b--;
  return b >= k ? { a: k, b } : null;
}

// A capitalised "State" or "Report" is part of a name, not a cue.
export const isSpeechVerb = (t: Tok) => SPEECH_VERBS.has(t.text);

/** Offsets of the reported clause [from, sentence end), without the final full stop. */
export function clauseEnd(doc: Tokenized, from: number, last: number): number {
  const { toks } = doc;
  let end = last;
  for (let k = from; k <= last; k++) {
    const t = toks[k]!;
    const next = toks[k + 1];
    // The clause stops where another attribution attaches: ", according to", ", saying".
    if (t.text === "," && next && k + 1 <= last) {
      const after = doc.text.slice(next.start, next.start + 20).toLowerCase();
      if (
        /^(according to|per |adding|saying|citing|noting|he said|she said|they said)/.test(after)
      ) {
        end = k - 1;
        break;
      }
    }
    if (t.text === ";") {
      end = k - 1;
      break;
    }
  }
  let e = end;
  while (e > from && /^[.,;:—–-]$/.test(toks[e]!.text)) e--;
  return toks[e]!.end;
}
