// Reported speech: "X said (that) …", "X told reporters …", "…, X said", "according to X, …",
// participles ("…, saying …") and denials. Each yields the reported clause and its speaker.
import { ACCUSING_VERBS, STANCE_VERBS } from "./lexicon";
import { clauseEnd, isSpeechVerb, phraseAfter, subjectBefore, type Range } from "./phrases";
import type { SpeakerBook } from "./speakers";
import type { Sentence, Tokenized } from "./tokens";
import type { SuggestedKind, Suggestion, TextSpan } from "./types";

const PASSIVE = new Set(["was", "were", "is", "are", "be", "been", "being", "get", "got"]);
const MEDIUM =
  /^\s*(?:in|on|via|through) (?:a|an|the|his|her|its|their) (?:[\w-]+ ){0,3}?(?:statement|email|e-mail|interview|letter|post|blog post|tweet|message|note|memo|filing|release|speech|briefing|conference|broadcast|video|report)\b/i;
const WHEN =
  /^\s*(?:on|last|this|earlier|late|early) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|day|night|morning|afternoon|evening|Twitter|Facebook|X|Instagram)\b/;
const PARTICIPLES = new Set([
  "saying",
  "adding",
  "warning",
  "arguing",
  "insisting",
  "claiming",
  "noting",
  "stating",
  "explaining",
]);

interface Ctx {
  doc: Tokenized;
  book: SpeakerBook;
  /** Offsets inside direct quotes: cues there belong to the quoted speaker's own words. */
  quoted: (offset: number) => boolean;
}

function span(doc: Tokenized, a: number, b: number): TextSpan {
  const start = doc.toks[a]!.start;
  const end = doc.toks[b]!.end;
  return { start, end, text: doc.text.slice(start, end) };
}

function make(
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
  if (end - start < 3) return null;
  const s = who ? span(doc, who.a, who.b) : null;
  const speaker = s ? ctx.book.resolve(s.text, s.start, s.end) : null;
  return { start, end, quote: doc.text.slice(start, end), kind, cue, speaker, confidence, rule };
}

/** Skips what sits between a cue and its clause: an addressee, a medium, a time, "that". */
function clauseStart(ctx: Ctx, k: number, last: number): number {
  const { doc } = ctx;
  const { toks } = doc;
  const cue = toks[k]!.lower;
  let p = k + 1;
  while (p <= last && /^[,:]$/.test(toks[p]!.text)) p++;
  for (let guard = 0; guard < 3 && p <= last; guard++) {
    const rest = doc.text.slice(toks[p - 1]!.end, toks[last]!.end);
    const m = MEDIUM.exec(rest) ?? WHEN.exec(rest);
    if (!m) break;
    const endOffset = toks[p - 1]!.end + m[0].length;
    while (p <= last && toks[p]!.end <= endOffset) p++;
  }
  if (/^(told|tell|tells|telling|urged|urges|warned)$/.test(cue) && p <= last) {
    // The addressee: "told reporters", "told the Associated Press", "told him".
    const that = toks.slice(p, Math.min(last, p + 8) + 1).findIndex((t) => t.lower === "that");
    if (that >= 0) p += that;
    else {
      const np = phraseAfter(doc, p, 6);
      if (np && !/^(to)$/.test(toks[np.b + 1]?.lower ?? "")) p = np.b + 1;
    }
  }
  if (toks[p]?.lower === "that" && toks[p + 1]?.pos !== "VERB" && toks[p + 1]?.pos !== "AUX") p++;
  return p;
}

function kindOf(cue: string): SuggestedKind {
  return ACCUSING_VERBS.has(cue.toLowerCase()) ? "allegation" : "official_claim";
}

export function reportedSpeech(ctx: Ctx): Suggestion[] {
  const out: Suggestion[] = [];
  for (const s of ctx.doc.sentences) out.push(...sentenceRules(ctx, s));
  return out;
}

function sentenceRules(ctx: Ctx, s: Sentence): Suggestion[] {
  const { doc } = ctx;
  const { toks } = doc;
  const out: Suggestion[] = [];
  let mainSubject: Range | null = null;
  for (let k = s.first; k <= s.last; k++) {
    const t = toks[k]!;
    if (ctx.quoted(t.start)) continue;
    const push = (x: Suggestion | null) => x && out.push(x);

    // "according to X, …" / "…, according to X" / "…, per X, …"
    if (
      (t.lower === "according" && toks[k + 1]?.lower === "to") ||
      (t.lower === "per" && toks[k - 1]?.text === ",")
    ) {
      const np = phraseAfter(doc, t.lower === "per" ? k + 1 : k + 2, 12);
      if (!np) continue;
      const cue = span(doc, k, t.lower === "per" ? k : k + 1);
      if (k === s.first || (k === s.first + 1 && toks[s.first]!.pos === "PUNCT")) {
        const from = toks[np.b + 1]?.text === "," ? np.b + 2 : np.b + 1;
        if (from <= s.last)
          push(
            make(
              ctx,
              toks[from]!.start,
              clauseEnd(doc, from, s.last),
              "official_claim",
              cue,
              np,
              0.85,
              "according-to-before",
            ),
          );
      } else if (np.b + 1 >= s.last || /^[.!?]$/.test(toks[np.b + 1]!.text)) {
        push(
          make(
            ctx,
            toks[s.first]!.start,
            toks[k - 1]!.text === "," ? toks[k - 2]!.end : toks[k - 1]!.end,
            "official_claim",
            cue,
            np,
            0.85,
            "according-to-after",
          ),
        );
      } else {
        push(
          make(
            ctx,
            toks[s.first]!.start,
            clauseEnd(doc, s.first, s.last),
            "official_claim",
            cue,
            np,
            0.7,
            "according-to-inside",
          ),
        );
      }
      continue;
    }

    if (!isSpeechVerb(t) || PASSIVE.has(toks[k - 1]?.lower ?? "")) continue;
    const cueLower = t.lower;

    // Participles: "…, saying (that) …" take the sentence's speaker.
    if (PARTICIPLES.has(cueLower) && toks[k - 1]?.text === ",") {
      if (toks[k + 1]?.lower === "to") continue; // "adding to the problems" is no cue
      const who = mainSubject ?? subjectBefore(doc, firstVerb(doc, s) ?? s.first);
      const from = clauseStart(ctx, k, s.last);
      if (from <= s.last && !isQuoteStart(doc, from))
        push(
          make(
            ctx,
            toks[from]!.start,
            clauseEnd(doc, from, s.last),
            kindOf(cueLower),
            span(doc, k, k),
            who,
            0.7,
            "participle-cue",
          ),
        );
      continue;
    }

    // Denials: "X, who denies the accusation," / "He has denied the allegations".
    if (/^(denies|denied|deny|denying)$/.test(cueLower)) {
      const who = toks[k - 1]?.lower === "who" ? subjectBefore(doc, k - 2) : subjectBefore(doc, k);
      const startTok = toks[k - 1]?.lower === "who" ? k - 1 : who ? who.a : k;
      let e = k + 1;
      while (e <= s.last && !/^[,.;:]$/.test(toks[e]!.text)) e++;
      push(
        make(
          ctx,
          toks[startTok]!.start,
          toks[e - 1]!.end,
          "official_claim",
          span(doc, k, k),
          who ?? null,
          0.8,
          "denial",
        ),
      );
      continue;
    }

    const subject = subjectBefore(doc, k);
    const next = toks[k + 1];
    // "…, X said." (clause first) or "…, said X."
    const endsHere =
      !next ||
      next.sent !== s.index ||
      /^[.!?]$/.test(next.text) ||
      (next.text === "," && k + 1 >= s.last);
    const rest = clauseStart(ctx, k, s.last);
    const afterMedium =
      !endsHere && (rest > s.last || (rest === s.last && /^[.!?]$/.test(toks[s.last]!.text)));
    if ((endsHere || afterMedium) && subject && toks[subject.a - 1]?.text === ",") {
      const clauseEndTok = subject.a - 2;
      if (clauseEndTok >= s.first && !isQuoted(ctx, s.first, clauseEndTok)) {
        push(
          make(
            ctx,
            toks[s.first]!.start,
            toks[clauseEndTok]!.end,
            kindOf(cueLower),
            span(doc, k, k),
            subject,
            0.8,
            "reported-before-cue",
          ),
        );
      }
      continue;
    }
    if (toks[k - 1]?.text === "," && subject === null) {
      const np = phraseAfter(doc, k + 1);
      if (
        np &&
        (np.b + 1 > s.last || /^[.,]$/.test(toks[np.b + 1]!.text)) &&
        !isQuoted(ctx, s.first, k - 2)
      ) {
        push(
          make(
            ctx,
            toks[s.first]!.start,
            toks[k - 2]!.end,
            kindOf(cueLower),
            span(doc, k, k),
            np,
            0.8,
            "reported-before-cue",
          ),
        );
        continue;
      }
    }
    if (!subject) continue;
    mainSubject ??= subject;
    const from = clauseStart(ctx, k, s.last);
    if (from > s.last || isQuoteStart(doc, from)) continue;
    const end = clauseEnd(doc, from, s.last);
    const stance = STANCE_VERBS.has(cueLower);
    push(
      make(
        ctx,
        toks[from]!.start,
        end,
        kindOf(cueLower),
        span(doc, k, from - 1 > k ? from - 1 : k),
        subject,
        stance ? 0.6 : 0.8,
        stance ? "stance-object" : "reported-after-cue",
      ),
    );
  }
  return out;
}

function firstVerb(doc: Tokenized, s: Sentence): number | null {
  for (let k = s.first; k <= s.last; k++) if (doc.toks[k]!.pos === "VERB") return k;
  return null;
}

function isQuoteStart(doc: Tokenized, k: number): boolean {
  return /^["“]$/.test(doc.toks[k]?.text ?? "");
}

function isQuoted(ctx: Ctx, a: number, b: number): boolean {
  return ctx.quoted(ctx.doc.toks[a]!.end) && ctx.quoted(ctx.doc.toks[b]!.start);
}

/** "…, said the company's chief executive Jane Roe in an email": the words up to a break. */
function speakerAfter(doc: Tokenized, k: number, last: number): Range | null {
  let b = k;
  const stop = /^(?:[,.;:!?]|in|on|when|who|after|during|at)$/;
  while (b <= last && b < k + 14 && !stop.test(doc.toks[b]!.text)) b++;
  return b > k ? { a: k, b: b - 1 } : null;
}
