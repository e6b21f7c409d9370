// Reported speech: "X said (that) …", "X told reporters …", "…, X said", "according to X, …",
// participles ("…, saying …") and denials. Each yields the reported clause and its speaker.
import { ACCUSING_VERBS, STANCE_VERBS } from "./lexicon";
import { quotedObject } from "./phrase-objects";
import {
  clauseEnd,
  inSubordinate,
  isSpeechVerb,
  phraseAfter,
  subjectBefore,
  type Range,
} from "./phrases";
import type { Sentence, Tok, Tokenized } from "./tokens";
import type { SuggestedKind, Suggestion } from "./types";
import { accordingTo } from "./according";
import { make, span, type Ctx } from "./make";

const PASSIVE = new Set(["was", "were", "is", "are", "be", "been", "being", "get", "got"]);
const MEDIUM =
  /^\s*(?:in|on|via|through) (?:a|an|the|his|her|its|their) (?:[\w-]+ ){0,3}?(?:statement|email|e-mail|interview|letter|post|blog post|tweet|message|note|memo|filing|release|speech|briefing|conference(?: call)?|call|podcast|programme|program|show|hearing|broadcast|video|report)\b/i;
const FOR_OUTLET = /^\s*for (?:the )?[A-Z][\w.&]*(?: [A-Z][\w.&]*)*(?=,)/;
const MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
const WHEN = new RegExp(
  String.raw`^\s*(?:(?:on|last|this|earlier|late|early) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month|year|day|night|morning|afternoon|evening|Twitter|Facebook|X|Instagram)\b|on (?:\d{1,2} ${MONTH}|${MONTH} \d{1,2})(?:,? \d{4})?\b)`,
);
const FOR_STANCE =
  /^(called|calls|calling|lobbied|lobbies|lobbying|pushed|pushing|pressed|pressing|appealed|appealing)$/;
const INQUIRY =
  /^(investigating|investigates|investigated|examining|examines|probing|probes|reviewing)$/;
const AFTER_NAME = /^(?:[,.;:!?]|in|on|when|who|after|during|at)$/;
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

/** Skips what sits between a cue and its clause: an addressee, a medium, a time, "that". */
function clauseStart(ctx: Ctx, k: number, last: number): number {
  const { doc } = ctx;
  const { toks } = doc;
  const cue = toks[k]!.lower;
  let p = k + 1;
  const skipMedium = () => {
    for (let guard = 0; guard < 3 && p <= last; guard++) {
      const rest = doc.text.slice(toks[p - 1]!.end, toks[last]!.end);
      const m = MEDIUM.exec(rest) ?? WHEN.exec(rest) ?? FOR_OUTLET.exec(rest);
      if (!m) break;
      const endOffset = toks[p - 1]!.end + m[0].length;
      while (p <= last && toks[p]!.end <= endOffset) p++;
    }
  };
  skipMedium();
  if (/^(told|tell|tells|telling)$/.test(cue) && p <= last) {
    // The addressee: "told reporters", "told the Associated Press", "told him".
    const that = toks.slice(p, Math.min(last, p + 8) + 1).findIndex((t) => t.lower === "that");
    if (that >= 0) p += that;
    else {
      const np = phraseAfter(doc, p, 6);
      if (np && !/^(to)$/.test(toks[np.b + 1]?.lower ?? "")) p = np.b + 1;
      skipMedium(); // "told analysts on a conference call"
    }
  }
  while (p <= last && /^[,:]$/.test(toks[p]!.text)) p++;
  // "assured the public on Weibo, a social media site, that …": past the detour to "that".
  const rest = toks.slice(p, Math.min(last, p + 25) + 1);
  const commaThat = rest.findIndex((t, n) => t.lower === "that" && rest[n - 1]?.text === ",");
  if (commaThat > 0 && rest.slice(0, commaThat).every((t) => t.pos !== "VERB")) p += commaThat;
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

    const according = accordingTo(ctx, s, k);
    if (according !== undefined) {
      push(according);
      continue;
    }

    // "X is investigating whether …": an allegation by the one investigating.
    if (INQUIRY.test(t.lower) && toks[k + 1]?.lower === "whether") {
      const end = clauseEnd(doc, k + 1, s.last);
      const cue = span(doc, k, k);
      push(
        make(
          ctx,
          toks[k + 1]!.start,
          end,
          "allegation",
          cue,
          subjectBefore(doc, k),
          0.6,
          "inquiry-whether",
        ),
      );
      continue;
    }
    // "called for an inquiry", "lobbied for the league to act", "wants the league to act".
    const forStance = FOR_STANCE.test(t.lower) && toks[k + 1]?.lower === "for";
    const wants =
      /^(wants|wanted|want)$/.test(t.lower) &&
      /^(DET|PROPN|NOUN|PRON)$/.test(toks[k + 1]?.pos ?? "");
    if ((forStance || wants) && !PASSIVE.has(toks[k - 1]?.lower ?? "")) {
      const from = forStance ? k + 2 : k + 1;
      const who = subjectBefore(doc, k);
      if (who && from <= s.last) {
        const cue = span(doc, k, forStance ? k + 1 : k);
        const end = clauseEnd(doc, from, s.last, inSubordinate(doc, who));
        push(make(ctx, toks[from]!.start, end, "official_claim", cue, who, 0.6, "stance-object"));
      }
      continue;
    }
    const phrase = PASSIVE.has(toks[k - 1]?.lower ?? "") ? null : quotedObject(doc, k, s);
    if (phrase) {
      const who = phrase.subject ?? (toks[k - 1]?.text === "," ? mainSubject : null);
      const cue = span(doc, phrase.cue.a, phrase.cue.b);
      push(
        make(ctx, phrase.start, phrase.end, kindOf(t.lower), cue, who, 0.6, "quoted-phrase-object"),
      );
      continue;
    }
    if (!isSpeechVerb(doc, k) || PASSIVE.has(toks[k - 1]?.lower ?? "")) continue;
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

    // "X said … and said …": the second cue shares the first one's subject.
    const subject: Range | null =
      toks[k - 1]?.lower === "and" && mainSubject ? mainSubject : subjectBefore(doc, k);
    const next = toks[k + 1];
    // "…, X said." (clause first) or "…, said X."
    const endsHere =
      !next ||
      next.sent !== s.index ||
      /^[.!?]$/.test(next.text) ||
      (next.text === "," &&
        (k + 1 >= s.last || /^(according|per)$/.test(toks[k + 2]?.lower ?? "")));
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
    // "…, said the company's chief Jane Roe in an email."
    if (toks[k - 1]?.text === "," && next && /^(DET|PROPN|NOUN|ADJ)$/.test(next.pos)) {
      const np = speakerAfter(doc, k + 1, s.last);
      // A name, not a clause: no verb, one determiner at most (at its start), and it ends the
      // sentence or a place or time follows.
      const words = np ? toks.slice(np.a, np.b + 1) : [];
      const after = np ? toks[np.b + 1] : undefined;
      const verbless =
        words.every(
          (x, n) =>
            (!/^(VERB|AUX)$/.test(x.pos) || (/ed$/.test(x.lower) && words[n - 1]?.pos === "ADV")) &&
            (n === 0 || x.pos !== "DET"),
        ) &&
        (!after || after.sent !== s.index || AFTER_NAME.test(after.text));
      if (np && verbless && !isQuoted(ctx, s.first, k - 2)) {
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
    // `"…," she told reporters`: the direct-quote rule has this one.
    const beforeSubject = toks[subject.a - 1];
    if (beforeSubject?.sent === s.index && /^[”"]$/.test(beforeSubject.text)) continue;
    mainSubject ??= subject;
    const from = clauseStart(ctx, k, s.last);
    if (from > s.last || isQuoteStart(doc, from)) continue;
    // A reported clause has a verb, unless the cue takes an object ("urged calm", "warned of").
    const objectCue =
      STANCE_VERBS.has(cueLower) || ACCUSING_VERBS.has(cueLower) || toks[from]?.lower === "of";
    const clauseToks = toks.slice(from, s.last + 1);
    // (A past form tagged as an adjective counts: the tagger sometimes reads "paved" so.)
    const verb = (x: Tok) =>
      x.pos === "VERB" || x.pos === "AUX" || (x.pos === "ADJ" && /ed$/.test(x.lower));
    if (!objectCue && !clauseToks.some(verb)) continue;
    const end = clauseEnd(doc, from, s.last, inSubordinate(doc, subject));
    const stance = STANCE_VERBS.has(cueLower);
    const cue = span(doc, k, cueEnd(ctx, k, from));
    const rule = stance ? "stance-object" : "reported-after-cue";
    // "X said that A and that B": two reported clauses, one suggestion each.
    let second = -1;
    for (let j = from + 1; j < s.last && toks[j]!.end <= end; j++) {
      if (toks[j]!.lower === "and" && toks[j + 1]?.lower === "that") second = j;
    }
    const firstEnd = second > 0 ? toks[second - 1]!.end : end;
    push(
      make(
        ctx,
        toks[from]!.start,
        firstEnd,
        kindOf(cueLower),
        cue,
        subject,
        stance ? 0.6 : 0.8,
        rule,
      ),
    );
    if (second > 0) {
      push(make(ctx, toks[second + 2]!.start, end, kindOf(cueLower), cue, subject, 0.7, rule));
    }
  }
  return out;
}

/** The cue's last token: the verb with its addressee or medium, not a date or "that". */
function cueEnd(ctx: Ctx, k: number, from: number): number {
  const { doc } = ctx;
  const rest = doc.text.slice(doc.toks[k]!.end);
  if (WHEN.test(rest)) return k;
  let b = from - 1;
  while (b > k && /^(that|,|:)$/.test(doc.toks[b]!.lower)) b--;
  const within = doc.text.slice(doc.toks[k]!.end, doc.toks[b]!.end);
  const time = /,? (?:on|last|this|earlier) [\w ,]+$/.exec(within);
  if (time && WHEN.test(time[0].replace(/^,/, ""))) {
    while (b > k && doc.toks[b]!.start >= doc.toks[k]!.end + time.index) b--;
  }
  return b;
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
