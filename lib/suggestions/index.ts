import { hedgedAllegations } from "./allegations";
import { directQuotes } from "./direct";
import { ALLEGATION_WORDS, BLAME_WORDS } from "./lexicon";
import { findQuotes, isFullQuote } from "./quotes";
import { reportedSpeech } from "./reported";
import { SpeakerBook } from "./speakers";
import { tokenize } from "./tokens";
import type { Suggestion, SuggestOptions } from "./types";

export type * from "./types";

/**
 * Suggests the attributed claims and allegations in `text` (offsets are JavaScript string
 * indices of `text`). Verified facts are never suggested: deciding them stays with a person.
 */
export function suggestAttributions(text: string, options: SuggestOptions = {}): Suggestion[] {
  if (text.trim() === "") return [];
  const doc = tokenize(text);
  const book = new SpeakerBook(doc, options.speakers ?? []);
  const quotes = findQuotes(text).filter((q) => isFullQuote(text, q));
  const quoted = (offset: number) =>
    quotes.some((q) => offset > q.open && offset < (q.close < 0 ? q.end + 1 : q.close));
  const all = [
    ...directQuotes(doc, book),
    ...reportedSpeech({ doc, book, quoted }),
    ...hedgedAllegations(doc, quoted, book),
  ];
  // A source's statement that carries an accusing or hedging word, or blames someone, is an
  // allegation by that source.
  // A denial stays the denier's claim, whatever words it repeats.
  for (const s of all) {
    const blame = ALLEGATION_WORDS.test(s.quote) || (s.speaker && BLAME_WORDS.test(s.quote));
    if (s.rule !== "denial" && blame) s.kind = "allegation";
  }
  return dedupe(all).sort((x, y) => x.start - y.start || y.end - x.end);
}

/** Two rules may find the same span: keep the more confident one. */
function dedupe(list: Suggestion[]): Suggestion[] {
  const best = new Map<string, Suggestion>();
  for (const s of list) {
    const key = `${s.start}:${s.end}`;
    const had = best.get(key);
    if (!had || had.confidence < s.confidence) best.set(key, s);
  }
  return [...best.values()];
}
