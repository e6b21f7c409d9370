import search from "approx-string-match";

export interface FuzzyMatch {
  start: number;
  end: number;
  errors: number;
}

/** Characters searched on each side of the expected place before the whole text. */
const WINDOW_MARGIN = 600;

/**
 * Approximate matches of the quote in the normalized new text, one per place (overlapping ends
 * of the same match merged, keeping the fewest errors). First a window around the expected
 * place with the whole error budget, then the whole text with a tight one: a cheap way to see
 * whether the quote, barely changed, also sits somewhere else.
 */
export function fuzzyMatches(
  text: string,
  quote: string,
  expectedAt: number,
  maxErrors: number,
): FuzzyMatch[] {
  if (maxErrors < 1 || quote.length === 0) return [];
  const from = Math.max(0, expectedAt - quote.length - WINDOW_MARGIN);
  const to = Math.min(text.length, expectedAt + 2 * quote.length + WINDOW_MARGIN);
  const near = search(text.slice(from, to), quote, maxErrors).map((m) => ({
    start: m.start + from,
    end: m.end + from,
    errors: m.errors,
  }));
  const tight = Math.max(1, Math.floor(maxErrors / 2));
  const everywhere = search(text, quote, tight).filter((m) => m.end <= from || m.start >= to);
  return mergeOverlapping([...near, ...everywhere]);
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
