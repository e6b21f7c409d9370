import { directQuotes } from "./direct";
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
  const all = [...directQuotes(doc, book)];
  return all.sort((x, y) => x.start - y.start || y.end - x.end);
}
