// Scoring of suggestions against the dev set's gold attributions, exactly as
// ../shared/suggest-dev/README.md defines it. Pure functions, so the rules are unit-tested.

export interface GoldAnnotation {
  quote: string;
  kind: "official_claim" | "allegation" | "verified_fact";
  speaker?: string | null;
}

export interface Span {
  start: number;
  end: number;
}

export interface GoldSpan extends Span {
  speaker: string | null;
  kind: "official_claim" | "allegation";
}

export interface ScoredSuggestion extends Span {
  speakerName: string | null;
  kind?: string;
}

export interface Counts {
  gold: number;
  suggested: number;
  matched: number;
  strictMatched: number;
  /** Matched pairs whose gold speaker is named, and how many of those name the same speaker. */
  speakerTotal: number;
  speakerCorrect: number;
  /** Matched pairs whose suggestion has the gold kind (not part of the README's scoring). */
  kindCorrect: number;
}

/**
 * Places every annotation: search from the previous annotation's start (a nested pair can start
 * at the same place); the first match is the span. Verified facts are placed (they move the search
 * start) but left out of the result, since they are not scored as attributions.
 */
export function locateGold(text: string, annotations: readonly GoldAnnotation[]): GoldSpan[] {
  const spans: GoldSpan[] = [];
  let from = 0;
  for (const a of annotations) {
    const start = text.indexOf(a.quote, from);
    if (start < 0) throw new Error(`Gold quote not found after offset ${from}: ${a.quote}`);
    from = start;
    if (a.kind === "verified_fact") continue;
    spans.push({ start, end: start + a.quote.length, speaker: a.speaker ?? null, kind: a.kind });
  }
  return spans;
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function jaccard(a: Span, b: Span): number {
  const inter = overlap(a, b);
  const union = a.end - a.start + (b.end - b.start) - inter;
  return union > 0 ? inter / union : 0;
}

/**
 * Greedy one-to-one matching, largest overlap first; ties go to the earlier gold start, then the
 * earlier suggestion start. Returns [goldIndex, suggestionIndex] pairs.
 */
export function matchSpans(
  gold: readonly Span[],
  suggested: readonly Span[],
  minJaccard = 0,
): Array<[number, number]> {
  const pairs: Array<{ g: number; s: number; o: number }> = [];
  gold.forEach((g, gi) =>
    suggested.forEach((s, si) => {
      const o = overlap(g, s);
      if (o > 0 && jaccard(g, s) >= minJaccard) pairs.push({ g: gi, s: si, o });
    }),
  );
  pairs.sort(
    (a, b) =>
      b.o - a.o ||
      gold[a.g]!.start - gold[b.g]!.start ||
      suggested[a.s]!.start - suggested[b.s]!.start ||
      a.g - b.g ||
      a.s - b.s,
  );
  const usedG = new Set<number>();
  const usedS = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const p of pairs) {
    if (usedG.has(p.g) || usedS.has(p.s)) continue;
    usedG.add(p.g);
    usedS.add(p.s);
    out.push([p.g, p.s]);
  }
  return out;
}

const TITLES = new Set(
  "the of mr mrs ms miss mx dr prof sir dame lord lady gov sen rep st".split(" "),
);

/** The README's name normalisation: lowercase, no possessive, split on non-alphanumerics, no titles. */
export function nameTokens(name: string): Set<string> {
  const tokens = name
    .toLowerCase()
    .replace(/['’]s\b/gu, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const kept = tokens.filter((t) => !TITLES.has(t));
  return new Set(kept.length > 0 ? kept : tokens);
}

export function sameSpeaker(gold: string, suggested: string | null): boolean {
  if (suggested === null) return false;
  const a = nameTokens(gold);
  const b = nameTokens(suggested);
  const subset = (x: Set<string>, y: Set<string>) => [...x].every((t) => y.has(t));
  return subset(a, b) || subset(b, a);
}

export function scoreArticle(
  gold: readonly GoldSpan[],
  suggested: readonly ScoredSuggestion[],
): Counts {
  const matched = matchSpans(gold, suggested);
  let speakerTotal = 0;
  let speakerCorrect = 0;
  let kindCorrect = 0;
  for (const [gi, si] of matched) {
    const g = gold[gi]!;
    if (suggested[si]!.kind === g.kind) kindCorrect++;
    if (g.speaker === null) continue;
    speakerTotal++;
    if (sameSpeaker(g.speaker, suggested[si]!.speakerName)) speakerCorrect++;
  }
  return {
    gold: gold.length,
    suggested: suggested.length,
    matched: matched.length,
    strictMatched: matchSpans(gold, suggested, 0.5).length,
    speakerTotal,
    speakerCorrect,
    kindCorrect,
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    gold: a.gold + b.gold,
    suggested: a.suggested + b.suggested,
    matched: a.matched + b.matched,
    strictMatched: a.strictMatched + b.strictMatched,
    speakerTotal: a.speakerTotal + b.speakerTotal,
    speakerCorrect: a.speakerCorrect + b.speakerCorrect,
    kindCorrect: a.kindCorrect + b.kindCorrect,
  };
}

export interface Figures {
  precision: number;
  recall: number;
  f1: number;
  strictPrecision: number;
  strictRecall: number;
  strictF1: number;
  speakerAccuracy: number;
  kindAgreement: number;
}

const ratio = (n: number, d: number) => (d > 0 ? n / d : 0);
const f1 = (p: number, r: number) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);

export function figures(c: Counts): Figures {
  const precision = ratio(c.matched, c.suggested);
  const recall = ratio(c.matched, c.gold);
  const strictPrecision = ratio(c.strictMatched, c.suggested);
  const strictRecall = ratio(c.strictMatched, c.gold);
  return {
    precision,
    recall,
    f1: f1(precision, recall),
    strictPrecision,
    strictRecall,
    strictF1: f1(strictPrecision, strictRecall),
    speakerAccuracy: ratio(c.speakerCorrect, c.speakerTotal),
    kindAgreement: ratio(c.kindCorrect, c.matched),
  };
}
