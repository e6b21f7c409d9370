import type { Db } from "@/db/client";
import { articleExists } from "@/db/queries/articles";
import { listMatchableSpeakers } from "@/db/queries/speakers";
import {
  listRejectedSuggestions,
  type RejectedSuggestion,
} from "@/db/queries/suggestion-decisions";
import { AppError } from "@/lib/errors";
import { suggestAttributions } from "@/lib/suggestions";
import type { Suggestion, SuggestOptions } from "@/lib/suggestions/types";
import { ARTICLE_NOT_FOUND } from "./record";
import type { SuggestRequest } from "./schemas";

/** The suggester's shape: the real one by default; tests pass a fixed one to test the filter. */
export type Suggester = (text: string, options: SuggestOptions) => Suggestion[];

const keyOf = (s: { quote: string; kind: string }) => `${s.kind}\u0000${s.quote}`;

/** The suggestions not already rejected in this article (same quote text and kind). */
export function withoutRejected(
  suggestions: readonly Suggestion[],
  rejected: readonly RejectedSuggestion[],
): Suggestion[] {
  if (rejected.length === 0) return [...suggestions];
  const keys = new Set(rejected.map(keyOf));
  return suggestions.filter((s) => !keys.has(keyOf(s)));
}

/**
 * Suggests annotations for an article's text, naming the newsroom's existing speakers where
 * they match and leaving out what reviewers of this article already rejected.
 */
export async function suggestForArticle(
  db: Db,
  request: SuggestRequest,
  suggest: Suggester = suggestAttributions,
): Promise<{ suggestions: Suggestion[] }> {
  if (!(await articleExists(db, request.articleId))) {
    throw new AppError("not_found", ARTICLE_NOT_FOUND);
  }
  const speakers = await listMatchableSpeakers(db);
  const rejected = await listRejectedSuggestions(db, request.articleId);
  return { suggestions: withoutRejected(suggest(request.text, { speakers }), rejected) };
}
