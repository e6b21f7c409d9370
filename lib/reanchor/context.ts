/**
 * How well a place in the new text fits what surrounded the quote before: for each side, the
 * share of the old context that still touches the quote, read outward from it, either as an
 * unbroken run of characters or word by word (so "said 40 people" against "said 42 people"
 * still counts the words that stayed). 1 when both sides are unchanged, 0 when neither side
 * shares anything. Both sides weigh by their length. Works on normalized text.
 */
export function contextScore(
  text: string,
  start: number,
  end: number,
  prefix: string,
  suffix: string,
): number {
  const total = prefix.length + suffix.length;
  if (total === 0) return 1;
  const before = sideScore(
    prefix,
    text.slice(Math.max(0, start - prefix.length - SLACK), start),
    "before",
  );
  const after = sideScore(suffix, text.slice(end, end + suffix.length + SLACK), "after");
  return (before * prefix.length + after * suffix.length) / total;
}

/** Extra characters read on the new side, so that words inserted there can be stepped over. */
const SLACK = 16;

function sideScore(old: string, now: string, side: "before" | "after"): number {
  if (old.length === 0) return 1;
  let run = 0;
  if (side === "before") {
    while (
      run < old.length &&
      run < now.length &&
      old[old.length - 1 - run] === now[now.length - 1 - run]
    )
      run++;
  } else {
    while (run < old.length && run < now.length && old[run] === now[run]) run++;
  }
  if (run === old.length) return 1;
  return Math.max(run / old.length, wordScore(old, now, side));
}

/**
 * The words of the old context found again in order, read outward from the quote, stepping over
 * one inserted, deleted or replaced word at a time; as a share of the old context's characters.
 */
function wordScore(old: string, now: string, side: "before" | "after"): number {
  const outward = (s: string) => {
    const words = s.match(/\S+/g) ?? [];
    return side === "before" ? words.reverse() : words;
  };
  const oldWords = outward(old);
  const newWords = outward(now);
  // The farthest old word may be cut by the context's length limit.
  const farthest = oldWords.length - 1;
  const cutShort = side === "before" ? !/^\s/.test(old) : !/\s$/.test(old);
  const same = (i: number, j: number) => {
    const a = oldWords[i];
    const b = newWords[j];
    if (a === undefined || b === undefined) return false;
    if (a === b) return true;
    if (i !== farthest || !cutShort) return false;
    return side === "before" ? b.endsWith(a) : b.startsWith(a);
  };
  let matched = 0;
  let i = 0;
  let j = 0;
  while (i < oldWords.length && j < newWords.length) {
    if (same(i, j)) {
      matched += oldWords[i]!.length + 1;
      i++;
      j++;
    } else if (same(i + 1, j)) i++;
    else if (same(i, j + 1)) j++;
    else {
      i++;
      j++;
    }
  }
  return Math.min(1, matched / old.length);
}

/** Levenshtein distance over UTF-16 units, in two rows of memory. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const char = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (char === b.charCodeAt(j - 1) ? 0 : 1);
      current[j] = Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** 0..1: one minus the edit distance over the longer length. */
export function similarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - editDistance(a, b) / longest;
}

const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHARACTER.test(char);
}

/** Words are cut short or run on by at most this many characters before we give up. */
const MAX_WORD_STRETCH = 40;

/**
 * A fuzzy match ends wherever the fewest edits put it, often inside a word or on a space. A
 * quote that began and ended on word boundaries before should do so again: widen a cut word to
 * the whole word and drop white space the old quote did not hold at its edges.
 */
export function alignToWords(
  text: string,
  start: number,
  end: number,
  old: { startsAtWord: boolean; endsAtWord: boolean; edgeSpace: boolean },
): [number, number] {
  let from = start;
  let to = end;
  if (!old.edgeSpace) {
    while (from < to && /\s/.test(text[from]!)) from++;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
  }
  if (old.startsAtWord) {
    let stretch = 0;
    while (
      from > 0 &&
      isWordChar(text[from - 1]) &&
      isWordChar(text[from]) &&
      stretch++ < MAX_WORD_STRETCH
    ) {
      from--;
    }
  }
  if (old.endsAtWord) {
    let stretch = 0;
    while (
      to < text.length &&
      isWordChar(text[to]) &&
      isWordChar(text[to - 1]) &&
      stretch++ < MAX_WORD_STRETCH
    ) {
      to++;
    }
  }
  return [from, to];
}

/** How far past a fuzzy match's edges other word boundaries are tried, at most. */
const MAX_EDGE_REACH = 60;
/** Characters of the old context that must follow (or precede) an edge to confirm it. */
const CONFIRMING_CONTEXT = 12;

/**
 * The fewest edits can leave a replaced word at a quote's edge outside the match ("school the
 * council" against "school extraordinarily council" ends before "council"). Tries the word
 * boundaries near each edge, the end first, then the start. An edge the old context still
 * touches (its suffix follows, its prefix precedes) wins; among equals, the span whose text is
 * closest to the quote; on a tie, the span as it was.
 */
export function closestEdges(
  text: string,
  span: { start: number; end: number },
  old: { quote: string; prefix: string; suffix: string },
  reach: number,
): [number, number] {
  const limit = Math.min(reach, MAX_EDGE_REACH);
  const suffixNeeded = old.suffix.slice(0, CONFIRMING_CONTEXT);
  const prefixNeeded = old.prefix.slice(-CONFIRMING_CONTEXT);
  const confirmsEnd = (i: number) =>
    suffixNeeded === "" ? i === text.length : text.startsWith(suffixNeeded, i);
  const confirmsStart = (i: number) =>
    prefixNeeded === ""
      ? i === 0
      : text.slice(Math.max(0, i - prefixNeeded.length), i) === prefixNeeded;
  const rank = (confirmed: boolean, distance: number) => (confirmed ? 0 : 1_000_000) + distance;

  let { start, end } = span;
  let best = rank(confirmsEnd(end), editDistance(old.quote, text.slice(start, end)));
  const firstEnd = end;
  for (
    let i = Math.max(start + 1, firstEnd - limit);
    i <= Math.min(text.length, firstEnd + limit);
    i++
  ) {
    if (i === firstEnd || !isEdge(text, i - 1, i) || hasBreak(text, firstEnd, i)) continue;
    const score = rank(confirmsEnd(i), editDistance(old.quote, text.slice(start, i)));
    if (score < best) [end, best] = [i, score];
  }
  best = rank(confirmsStart(start), editDistance(old.quote, text.slice(start, end)));
  const firstStart = start;
  for (let i = Math.max(0, firstStart - limit); i <= Math.min(end - 1, firstStart + limit); i++) {
    if (i === firstStart || !isEdge(text, i - 1, i) || hasBreak(text, i, firstStart)) continue;
    const score = rank(confirmsStart(i), editDistance(old.quote, text.slice(i, end)));
    if (score < best) [start, best] = [i, score];
  }
  return [start, end];
}

/** A boundary between a word and white space (or the text's edge), on either side. */
function isEdge(text: string, before: number, after: number): boolean {
  const spaceBefore = before < 0 || /\s/.test(text[before]!);
  const spaceAfter = after >= text.length || /\s/.test(text[after]!);
  return spaceBefore !== spaceAfter;
}

function hasBreak(text: string, a: number, b: number): boolean {
  return text.slice(Math.min(a, b), Math.max(a, b)).includes("\n");
}
