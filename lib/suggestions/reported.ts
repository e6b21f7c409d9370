// Reported speech, sentence by sentence: "X said (that) …", "X told reporters …", "…, X said",
// "…, said X", "according to X", stance objects ("called for …"), inquiries ("is investigating
// whether …"), quoted phrases as objects, participles ("…, saying …", "a study showing …") and
// denials. Each yields the reported clause, its cue and the words naming its speaker.
import { ACCUSING_VERBS, STANCE_VERBS } from "./lexicon";
import { quotedObject } from "./phrase-objects";
import { clauseEnd, inSubordinate, isSpeechVerb, subjectBefore, type Range } from "./phrases";
import type { Sentence, Tok, Tokenized } from "./tokens";
import type { SuggestedKind, Suggestion } from "./types";
import { accordingTo } from "./according";
import { clauseStart, cueEnd, speakerAfter } from "./cue-context";
import { make, span, type Ctx } from "./make";
import { viaOuter } from "./via";

const PASSIVE = new Set(["was", "were", "is", "are", "be", "been", "being", "get", "got"]);
const FOR_STANCE =
  /^(called|calls|calling|lobbied|lobbies|lobbying|pushed|pushing|pressed|pressing|appealed|appealing)$/;
const REDUCED =
  /^(showing|declaring|suggesting|indicating|saying|claiming|warning|concluding|stating|arguing)$/;
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
        const end = clauseEnd(doc, from, s.last, inSubordinate(doc, who, k));
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
    // "a study showing …", "resolutions declaring …": a document or body as the source.
    if (REDUCED.test(t.lower) && /^(NOUN|PROPN)$/.test(toks[k - 1]?.pos ?? "") && k < s.last) {
      const who = subjectBefore(doc, k);
      const from = toks[k + 1]!.lower === "that" ? k + 2 : k + 1;
      if (who && from <= s.last) {
        const end = clauseEnd(doc, from, s.last);
        const cue = span(doc, k, k);
        push(
          make(ctx, toks[from]!.start, end, "official_claim", cue, who, 0.5, "participle-object"),
        );
      }
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
    const hasClause = k - 2 >= s.first;
    if (hasClause && toks[k - 1]?.text === "," && next && /^(DET|PROPN|NOUN|ADJ)$/.test(next.pos)) {
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
    const end = clauseEnd(doc, from, s.last, inSubordinate(doc, subject, k));
    const stance = STANCE_VERBS.has(cueLower);
    const cue = span(doc, k, cueEnd(ctx, k, from));
    const rule = stance ? "stance-object" : "reported-after-cue";
    // "X said that A and that B": two reported clauses, one suggestion each.
    let second = -1;
    for (let j = from + 1; j < s.last && toks[j]!.end <= end; j++) {
      if (toks[j]!.lower === "and" && toks[j + 1]?.lower === "that" && j + 2 <= s.last) second = j;
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
    // "Roe, via the Daily Post, said …": the outer relation runs from Roe to the clause's end.
    push(viaOuter(ctx, subject.b, toks[subject.a]!.start, end));
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
