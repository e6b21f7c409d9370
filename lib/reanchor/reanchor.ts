import { alignToWords, closestEdges, contextScore, isWordChar, similarity } from "./context";
import { fuzzyMatches, SearchableText } from "./fuzzy";
import { normalized, normalizeText, rawRange, type NormalizedText } from "./normalize";
import { withdrawNewOverlaps } from "./overlaps";
import { positionMapper, type ExpectedPosition } from "./position";

export type ReanchorStatus = "kept" | "moved" | "changed" | "not_found";

export interface ReanchorInput {
  id: string;
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export interface ReanchorOutcome {
  id: string;
  status: ReanchorStatus;
  /** Where it now sits in the new plain text; absent when not_found. */
  start?: number;
  end?: number;
  /** The new text it covers (differs from the old quote only when "changed"). */
  newQuote?: string;
  /** 0..1, for "changed" (fuzzy): how alike old and new quote are. */
  similarity?: number;
  /** Why it was not placed, for the reviewer. */
  reason?: string;
}

export interface ReanchorOptions {
  /** How alike (0..1) an edited quote must stay to be carried over as "changed". */
  minSimilarity?: number;
}

export const DEFAULT_MIN_SIMILARITY = 0.8;
/** Share of the old context that must still surround a short quote for it to be placed. */
const MIN_CONTEXT = 0.5;
/** A lower bar for quotes long enough to say a good deal on their own. */
const MIN_CONTEXT_LONG = 0.25;
/** How far the best place's context must lead the next one's for the choice to be clear. */
const CLEAR_LEAD = 0.25;
/** A quote this long, once in each version, is the same quote whatever surrounds it. */
const DISTINCTIVE_LENGTH = 20;
/** A fuzzy match of a quote this long needs no context when it is the only one. */
const SELF_EVIDENT_LENGTH = 40;
/** Beyond this many exact occurrences, a quote is too common to place by its context. */
const MAX_OCCURRENCES = 5000;

interface Texts {
  oldText: string;
  newText: string;
  oldNorm: NormalizedText;
  newNorm: NormalizedText;
  searchable: SearchableText;
  expectedPosition: (start: number, end: number) => ExpectedPosition;
  oldOccurrences: Map<string, number>;
  minSimilarity: number;
}

/**
 * Carries annotations anchored in `oldText` over to `newText` (both article plain texts), in
 * input order. A wrong place is worse than none: a quote is placed only where its context or a
 * shared, unchanged block singles one place out, and otherwise reported not_found with why.
 */
export function reanchorAnnotations(
  annotations: readonly ReanchorInput[],
  oldText: string,
  newText: string,
  options: ReanchorOptions = {},
): ReanchorOutcome[] {
  const oldNorm = normalizeText(oldText);
  const newNorm = normalizeText(newText);
  const texts: Texts = {
    oldText,
    newText,
    oldNorm,
    newNorm,
    searchable: new SearchableText(newNorm.text),
    expectedPosition: positionMapper(oldNorm.text, newNorm.text),
    oldOccurrences: new Map(),
    minSimilarity: options.minSimilarity ?? DEFAULT_MIN_SIMILARITY,
  };
  const outcomes = annotations.map((annotation) => reanchorOne(annotation, texts));
  return withdrawNewOverlaps(annotations, outcomes);
}

function notFound(id: string, reason: string): ReanchorOutcome {
  return { id, status: "not_found", reason };
}

function reanchorOne(annotation: ReanchorInput, texts: Texts): ReanchorOutcome {
  const { id } = annotation;
  const quote = normalized(annotation.quote);
  if (quote.trim() === "") return notFound(id, "The annotation covers no text.");
  const prefix = normalized(annotation.prefix);
  const suffix = normalized(annotation.suffix);
  const offsetsHold = texts.oldText.slice(annotation.start, annotation.end) === annotation.quote;
  const oldStart = offsetsHold ? texts.oldNorm.fromRaw[annotation.start]! : -1;
  const expected: ExpectedPosition = offsetsHold
    ? texts.expectedPosition(oldStart, oldStart + quote.length)
    : { at: texts.newNorm.text.length >> 1, certain: false };

  const text = texts.newNorm.text;
  const occurrences = occurrencesOf(text, quote);
  if (occurrences.length > 0) {
    const chosen = chooseExact(occurrences, { quote, prefix, suffix, expected, texts });
    if (typeof chosen === "string") return notFound(id, chosen);
    return exactOutcome(annotation, chosen, quote.length, texts);
  }
  return fuzzyOutcome(annotation, { quote, prefix, suffix, expected, texts });
}

function occurrencesOf(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at >= 0 && found.length <= MAX_OCCURRENCES;) {
    found.push(at);
    at = text.indexOf(quote, at + 1);
  }
  return found;
}

interface Search {
  quote: string;
  prefix: string;
  suffix: string;
  expected: ExpectedPosition;
  texts: Texts;
}

/** The one occurrence the quote's context or position singles out, or why there is none. */
function chooseExact(occurrences: number[], search: Search): number | string {
  const { quote, prefix, suffix, expected, texts } = search;
  if (expected.certain && occurrences.includes(expected.at)) return expected.at;
  if (occurrences.length > MAX_OCCURRENCES) {
    return `The quote occurs more than ${MAX_OCCURRENCES} times; too common to place.`;
  }
  const text = texts.newNorm.text;
  const scored = occurrences
    .map((at) => ({ at, score: contextScore(text, at, at + quote.length, prefix, suffix) }))
    .sort((a, b) => b.score - a.score);
  const best = scored[0]!;
  if (scored.length === 1) {
    if (best.score >= MIN_CONTEXT) return best.at;
    let oldCount = texts.oldOccurrences.get(quote);
    if (oldCount === undefined) {
      oldCount = occurrencesOf(texts.oldNorm.text, quote).length;
      texts.oldOccurrences.set(quote, oldCount);
    }
    if (quote.length >= DISTINCTIVE_LENGTH && oldCount <= 1) return best.at;
    return "The quote still occurs once, but in a different context, so it may be other words.";
  }
  const second = scored[1]!;
  if (best.score >= MIN_CONTEXT && best.score - second.score >= CLEAR_LEAD) return best.at;
  const tied = scored.filter((s) => s.score >= MIN_CONTEXT && best.score - s.score < CLEAR_LEAD);
  return tied.length > 1
    ? `The quote occurs ${scored.length} times and its context fits ${tied.length} of them equally well.`
    : `The quote occurs ${scored.length} times and its context matches none.`;
}

function exactOutcome(
  annotation: ReanchorInput,
  at: number,
  length: number,
  texts: Texts,
): ReanchorOutcome {
  const [start, end] = rawRange(texts.newNorm, at, at + length);
  // Found in the normalized text, so the words are the same; white space, quote marks or dashes
  // may differ (an outlet's system curling quotes), which changes nothing the reviewer checked.
  const newQuote = texts.newText.slice(start, end);
  const status = start === annotation.start ? "kept" : "moved";
  return { id: annotation.id, status, start, end, newQuote };
}

interface FuzzyPlace {
  start: number;
  end: number;
  similarity: number;
  context: number;
}

function fuzzyOutcome(annotation: ReanchorInput, search: Search): ReanchorOutcome {
  const { quote, prefix, suffix, expected, texts } = search;
  const text = texts.newNorm.text;
  const maxErrors = Math.floor(quote.length * (1 - texts.minSimilarity));
  const shape = {
    startsAtWord: !(isWordChar(annotation.prefix.at(-1)) && isWordChar(annotation.quote[0])),
    endsAtWord: !(isWordChar(annotation.quote.at(-1)) && isWordChar(annotation.suffix[0])),
    edgeSpace: /^\s|\s$/.test(annotation.quote),
  };
  const crossesBlocks = quote.includes("\n");
  const places: FuzzyPlace[] = fuzzyMatches(texts.searchable, quote, expected.at, maxErrors)
    .map((match) => {
      const [alignedStart, alignedEnd] = alignToWords(text, match.start, match.end, shape);
      const [start, end] = closestEdges(
        text,
        { start: alignedStart, end: alignedEnd },
        { quote, prefix, suffix },
        maxErrors + 1,
      );
      const found = text.slice(start, end);
      return {
        start,
        end,
        similarity: similarity(quote, found),
        context: contextScore(text, start, end, prefix, suffix),
        found,
      };
    })
    .filter(
      (place) =>
        place.similarity >= texts.minSimilarity &&
        place.found.trim() !== "" &&
        (crossesBlocks || !place.found.includes("\n")),
    )
    .sort((a, b) => b.context + b.similarity - (a.context + a.similarity));
  if (places.length === 0) {
    return notFound(
      annotation.id,
      "No text close enough to the quote remains: it was deleted or reworded too much.",
    );
  }
  const best = places[0]!;
  const second = places[1];
  if (
    second &&
    (best.context - second.context < CLEAR_LEAD || best.similarity < second.similarity)
  ) {
    return notFound(
      annotation.id,
      `Text like the quote occurs ${places.length} times and its context does not single one out.`,
    );
  }
  // An edited quote shorter than a sentence can resemble other words by chance, so it must
  // still sit in its old context; a long one alone in the text needs none.
  const neededContext =
    quote.length < SELF_EVIDENT_LENGTH ? MIN_CONTEXT : second ? MIN_CONTEXT_LONG : 0;
  if (best.context < neededContext) {
    return notFound(
      annotation.id,
      "Text like the quote remains, but not where its context was, so it may be other words.",
    );
  }
  const [start, end] = rawRange(texts.newNorm, best.start, best.end);
  const newQuote = texts.newText.slice(start, end);
  return {
    id: annotation.id,
    status: "changed",
    start,
    end,
    newQuote,
    similarity: Math.round(similarity(annotation.quote, newQuote) * 1000) / 1000,
  };
}
