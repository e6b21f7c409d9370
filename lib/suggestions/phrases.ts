// Token-level helpers: the noun phrase naming a speaker next to a cue, and clause boundaries.
import { CUE_FILLERS, SPEECH_VERBS, TITLES } from "./lexicon";
import type { Tok, Tokenized } from "./tokens";

export interface Range {
  a: number;
  b: number;
}

const NP_POS = new Set(["PROPN", "NOUN", "ADJ", "NUM", "DET", "PART", "PRON"]);
const NP_INNER = new Set(["of", "for", "in", "at", "from", "and", "with", "on"]);
// "…, when authorities announced …" is part of the clause, not a new attribution.
const SUBORDINATORS = /^(when|after|before|as|because|since|while|where|until|although|though|if)$/;
const TIME_WORDS =
  /^(week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)$/;
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
  while (
    b >= 0 &&
    toks[b]!.sent === sent &&
    (CUE_FILLERS.has(toks[b]!.lower) || toks[b]!.pos === "ADV" || toks[b]!.pos === "PART")
  ) {
    // "did not say", "has never said": a negated cue attributes nothing.
    if (/^(not|n't|n’t|never)$/.test(toks[b]!.lower)) return null;
    b--;
  }
  if (b < 0 || toks[b]!.sent !== sent) return null;
  // "The court last week ruled": the time is not part of the speaker.
  if (
    TIME_WORDS.test(toks[b]!.lower) &&
    /^(last|this|next|on|earlier)$/.test(toks[b - 1]?.lower ?? "")
  ) {
    b -= 2;
  }
  const inSentence = (x: number) => x >= 0 && toks[x]!.sent === sent;
  if (!inSentence(b)) return null;
  // "The Markets Authority (MA) is …": the bracketed abbreviation belongs to the name.
  if (toks[b]!.text === ")" && toks[b - 2]?.text === "(") b -= 3;
  if (!inSentence(b)) return null;
  // "Roe, who has long argued …, said" / "Roe - who …": the relative pronoun's antecedent.
  if (/^(who|which)$/.test(toks[b]!.lower) && /^[,—–-]$/.test(toks[b - 1]?.text ?? "")) b -= 2;
  if (!inSentence(b)) return null;
  // "Richardson, a former teammate, said": skip the apposition between commas (or dashes).
  if (
    /^[,—–-]$/.test(toks[b]!.text) &&
    !(toks[b]!.text === "-" && toks[b]!.start === toks[b - 1]?.end)
  ) {
    const mark = toks[b]!.text;
    let c = b - 1;
    while (c >= 0 && toks[c]!.sent === sent && toks[c]!.text !== mark && c > b - 30) c--;
    // A long stretch between commas is only an apposition when it is a relative clause.
    if (b - c > 12 && !/^(which|who|whose)$/.test(toks[c + 1]?.lower ?? "")) return null;
    if (c < 0 || toks[c]!.text !== mark || c === b - 1) return null;
    // "Its president, Marc Vidal, told …": a name in the apposition is the better speaker.
    const apposition = toks.slice(c + 1, b);
    const nameLike = (x: Tok) => x.pos === "PROPN" || /^(-|\.|and|&)$/.test(x.text);
    if (apposition.length > 0 && apposition[0]!.pos === "PROPN" && apposition.every(nameLike)) {
      return { a: c + 1, b: b - 1 };
    }
    b = c - 1;
    if (!inSentence(b)) return null;
  }
  const last = toks[b]!;
  if (last.pos === "PRON") {
    return STOP_PRONOUNS.has(last.lower) ? null : { a: b, b };
  }
  if (!NP_POS.has(last.pos) && !/^[A-Z]/.test(last.text)) return null;
  if (last.pos === "PART") return null; // "didn't say": a negation is no subject
  if (last.pos === "DET") return null;
  let a = b;
  while (a - 1 >= 0 && toks[a - 1]!.sent === sent) {
    const t = toks[a - 1]!;
    // Hyphenated words and plural possessives ("co-founder", "teachers' union") hold together.
    const joined =
      (t.end === toks[a]!.start && (t.text === "-" || toks[a]!.text === "-")) ||
      (/^['’]$/.test(t.text) && t.start === toks[a - 2]?.end);
    if (t.pos === "DET") {
      a--;
      break;
    }
    const possessive = /^(his|her|its|their)$/.test(t.lower);
    if (t.pos === "PRON" && !possessive) break;
    if (
      joined ||
      possessive ||
      /^['’]s$/.test(t.lower) ||
      (NP_POS.has(t.pos) && t.pos !== "PRON")
    ) {
      a--;
    } else if (NP_INNER.has(t.lower) && a - 2 >= 0 && /NOUN|PROPN/.test(toks[a - 2]!.pos)) {
      a--;
    } else if (/^[A-Z]/.test(t.text) && /^(PROPN|NOUN|ADJ|X)$/.test(t.pos)) a--;
    else break;
  }
  // "Jane Roe of the Daily Post": the name before "of the" belongs to the phrase.
  if (toks[a]?.pos === "DET" && toks[a - 1]?.lower === "of" && toks[a - 2]?.pos === "PROPN") {
    a -= 2;
    while (a - 1 >= 0 && toks[a - 1]!.sent === sent && toks[a - 1]!.pos === "PROPN") a--;
  }
  while (a < b && (NP_INNER.has(toks[a]!.lower) || toks[a]!.pos === "NUM")) a++;
  if (b - a > 9) return null;
  return { a, b };
}

/**
 * The cue sits in a clause that ends at its comma: a sentence-opening "While X said …, …" or a
 * relative clause ("Roe, who openly lobbied for …, was re-elected").
 */
export function inSubordinate(doc: Tokenized, subject: Range | null, cue?: number): boolean {
  if (subject === null) return false;
  if (cue !== undefined) {
    let b = cue - 1;
    while (b > subject.b && (doc.toks[b]!.pos === "ADV" || CUE_FILLERS.has(doc.toks[b]!.lower)))
      b--;
    if (/^(who|which)$/.test(doc.toks[b]!.lower)) return true;
  }
  const before = doc.toks[subject.a - 1];
  const first = before && (subject.a - 2 < 0 || doc.toks[subject.a - 2]!.sent !== before.sent);
  return first === true && /^(while|although|though|whereas|if|because|since)$/.test(before.lower);
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
    // "told the Courier the report was …": a second determiner starts another phrase.
    if (t.pos === "DET" && b >= k && /NOUN|PROPN/.test(toks[b]!.pos)) break;
    const joined = t.start === toks[b]?.end && (t.text === "-" || toks[b]!.text === "-");
    if (joined || t.lower === "'s" || t.lower === "’s" || (NP_POS.has(t.pos) && t.pos !== "PRON"))
      b++;
    else if (NP_INNER.has(t.lower) && b >= k && /NOUN|PROPN|ADJ/.test(toks[b]!.pos)) b++;
    else if (/^[A-Z]/.test(t.text) && t.pos !== "PUNCT") b++;
    else break;
  }
  while (b >= k && (NP_INNER.has(toks[b]!.lower) || toks[b]!.pos === "DET")) b--;
  return b >= k ? { a: k, b } : null;
}

// A capitalised "State" or "Report" is part of a name, not a cue.
// "rules", "states" and "reports" are often nouns. The tagger decides, except that after a name
// or pronoun and before no noun ("Jane Roe reports the …") the word is taken as the verb.
export function isSpeechVerb(doc: Tokenized, k: number): boolean {
  const t = doc.toks[k]!;
  if (!SPEECH_VERBS.has(t.text)) return false;
  const prev = doc.toks[k - 1];
  const next = doc.toks[k + 1];
  // "state Sen. Jane Roe": a word right before a capitalised title describes the title.
  if (next && /^[A-Z]/.test(next.text) && TITLES.has(next.lower)) return false;
  if (!/^(NOUN|PROPN|ADJ|ADP|NUM)$/.test(t.pos)) return true;
  // "…, reports Reuters.": after a comma and before a name, the word is the verb too.
  if (prev?.text === "," && next?.pos === "PROPN") return true;
  return (
    prev !== undefined &&
    /^(PROPN|PRON)$/.test(prev.pos) &&
    (next === undefined || next.pos !== "NOUN")
  );
}

/** Offsets of the reported clause [from, sentence end), without the final full stop. */
export function clauseEnd(doc: Tokenized, from: number, last: number, subordinate = false): number {
  const { toks } = doc;
  let end = last;
  for (let k = from; k <= last; k++) {
    const t = toks[k]!;
    const next = toks[k + 1];
    // "While X wants Y, Z …": a subordinate clause ends at its comma.
    if (subordinate && t.text === "," && k > from) {
      end = k - 1;
      break;
    }
    // The clause stops where another attribution attaches: ", according to", ", saying".
    if (t.text === "," && next && k + 1 <= last) {
      const after = doc.text.slice(next.start, next.start + 20).toLowerCase();
      if (
        /^(according to|per (?!se)|adding|saying|citing|noting|arguing|warning|insisting|claiming|stating|explaining|while|whereas|but |with |he said|she said|they said)/.test(
          after,
        )
      ) {
        end = k - 1;
        break;
      }
    }
    // "…, it has also acknowledged that …": a second attribution starts after the comma.
    if (t.text === "," && k > from && !SUBORDINATORS.test(next?.lower ?? "")) {
      const ahead = toks.slice(k + 1, Math.min(last, k + 6) + 1);
      const verb = ahead.findIndex((x, n) => isSpeechVerb(doc, k + 1 + n));
      if (verb > 0 && ahead.slice(0, verb).every((x) => x.pos !== "PUNCT" && x.pos !== "VERB")) {
        end = k - 1;
        break;
      }
    }
    if (t.lower === "and" && k > from && next && isSpeechVerb(doc, k + 1)) {
      end = k - 1;
      break;
    }
    if (/^[—–]$/.test(t.text) && /^(and|but)$/.test(next?.lower ?? "")) {
      end = k - 1;
      break;
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
