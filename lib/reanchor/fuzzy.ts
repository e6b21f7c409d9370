import search from "approx-string-match";

export interface FuzzyMatch {
  start: number;
  end: number;
  errors: number;
}

/** Characters searched on each side of the expected place before the whole text. */
const WINDOW_MARGIN = 600;
/** Length of the grams the whole-text search looks pieces of a quote up by. */
const GRAM = 4;
/** Piece hits beyond which filtering saves nothing and the whole text is searched. */
const MAX_PIECE_HITS = 4000;
/** Share of the text the windows may cover before searching it whole is as cheap. */
const MAX_WINDOW_SHARE = 0.5;

/**
 * The new text, with an index of where each 4-character gram occurs, built on the first fuzzy
 * search only: most re-anchorings never need one.
 */
export class SearchableText {
  private grams: Map<number, number[]> | undefined;

  constructor(readonly text: string) {}

  /** Where `piece` (at least GRAM long) occurs, found through its rarest gram. */
  occurrences(piece: string): number[] {
    this.grams ??= indexGrams(this.text);
    let rarest: number[] = [];
    let offset = -1;
    for (let i = 0; i + GRAM <= piece.length; i++) {
      const at = this.grams.get(gramKey(piece, i)) ?? [];
      if (offset < 0 || at.length < rarest.length) [rarest, offset] = [at, i];
      if (at.length === 0) break;
    }
    return rarest
      .map((position) => position - offset)
      .filter((start) => start >= 0 && this.text.startsWith(piece, start));
  }
}

/**
 * A number for the gram at `at`, cheaper to hash than a string. Different grams may share one;
 * every hit is checked against the text, so that only costs a comparison.
 */
function gramKey(text: string, at: number): number {
  let key = 0;
  for (let i = at; i < at + GRAM; i++) key = (Math.imul(key, 65599) + text.charCodeAt(i)) | 0;
  return key;
}

function indexGrams(text: string): Map<number, number[]> {
  const grams = new Map<number, number[]>();
  for (let i = 0; i + GRAM <= text.length; i++) {
    const gram = gramKey(text, i);
    const list = grams.get(gram);
    if (list) list.push(i);
    else grams.set(gram, [i]);
  }
  return grams;
}

/**
 * Approximate matches of the quote in the normalized new text, one per place (overlapping ends
 * of the same match merged, keeping the fewest errors). First a window around the expected
 * place with the whole error budget, then the whole text with a tight one: a cheap way to see
 * whether the quote, barely changed, also sits somewhere else.
 */
export function fuzzyMatches(
  searchable: SearchableText,
  quote: string,
  expectedAt: number,
  maxErrors: number,
): FuzzyMatch[] {
  if (maxErrors < 1 || quote.length === 0) return [];
  const text = searchable.text;
  const from = Math.max(0, expectedAt - quote.length - WINDOW_MARGIN);
  const to = Math.min(text.length, expectedAt + 2 * quote.length + WINDOW_MARGIN);
  const near = searchIn(text, quote, maxErrors, from, to);
  const tight = Math.max(1, Math.floor(maxErrors / 2));
  const everywhere = searchEverywhere(searchable, quote, tight).filter(
    (m) => m.end <= from || m.start >= to,
  );
  return mergeOverlapping([...near, ...everywhere]);
}

function searchIn(text: string, quote: string, maxErrors: number, from: number, to: number) {
  return search(text.slice(from, to), quote, maxErrors).map((m) => ({
    start: m.start + from,
    end: m.end + from,
    errors: m.errors,
  }));
}

/**
 * `search` over the whole text, run only where a match can be: cut into maxErrors + 1 pieces,
 * a quote matched with at most maxErrors edits has at least one piece unedited (an edit
 * touches one piece), so every match lies around an exact occurrence of some piece. Those are
 * few in prose; the text between them is never scanned. A quote too short to cut into pieces
 * of a gram's length is searched whole.
 */
function searchEverywhere(
  searchable: SearchableText,
  quote: string,
  maxErrors: number,
): FuzzyMatch[] {
  const text = searchable.text;
  const count = maxErrors + 1;
  const size = Math.floor(quote.length / count);
  if (size < GRAM) return search(text, quote, maxErrors);
  const windows: [number, number][] = [];
  for (let piece = 0; piece < count; piece++) {
    const offset = piece * size;
    const pieceText = quote.slice(offset, piece === count - 1 ? quote.length : offset + size);
    for (const at of searchable.occurrences(pieceText)) {
      if (windows.length >= MAX_PIECE_HITS) return search(text, quote, maxErrors);
      windows.push([
        Math.max(0, at - offset - maxErrors),
        Math.min(text.length, at - offset + quote.length + maxErrors),
      ]);
    }
  }
  windows.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const window of windows) {
    const last = merged.at(-1);
    if (last && window[0] <= last[1]) last[1] = Math.max(last[1], window[1]);
    else merged.push(window);
  }
  const covered = merged.reduce((sum, [from, to]) => sum + to - from, 0);
  if (covered > text.length * MAX_WINDOW_SHARE) return search(text, quote, maxErrors);
  return merged.flatMap(([from, to]) => searchIn(text, quote, maxErrors, from, to));
}

function mergeOverlapping(matches: FuzzyMatch[]): FuzzyMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || a.end - b.end);
  const places: FuzzyMatch[][] = [];
  let reach = -1;
  for (const match of sorted) {
    if (match.start < reach) places.at(-1)!.push(match);
    else places.push([match]);
    reach = Math.max(reach, match.end);
  }
  return places.map((group) =>
    group.reduce((best, m) =>
      m.errors < best.errors ||
      (m.errors === best.errors && m.end - m.start > best.end - best.start)
        ? m
        : best,
    ),
  );
}
