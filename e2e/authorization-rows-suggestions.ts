import { suggestAttributions } from "../lib/suggestions";
import type { Suggestion } from "../lib/suggestions/types";
import type { ActionRow, Ctx, Who } from "./authorization-rows";

const SUGGESTIONS = "app/(studio)/studio/articles/[id]/suggestion-actions.ts";
const EDITORS: Who[] = ["reviewer", "editor", "admin"];

/** A sentence every suggester attributes: a direct quote, then who said it. */
const textOf = (attempt: string) => `“The ${attempt} bridge will reopen in May,” Anna Berg said.`;

/** The suggestion for the attempt's text, as the server's suggester makes it (it is pure). */
function suggestionFor(attempt: string): Suggestion {
  const found = suggestAttributions(textOf(attempt)).find((s) => s.quote.includes(attempt));
  if (!found) throw new Error(`The suggester finds nothing in: ${textOf(attempt)}`);
  return found;
}

/** Whether the admin's suggestions for the attempt's text still include its quote. */
async function stillSuggested(ctx: Ctx, attempt: string): Promise<boolean> {
  const { result } = await ctx.asAdmin(`${SUGGESTIONS}#suggestAnnotationsAction`, [
    { articleId: ctx.article.id, text: textOf(attempt) },
  ]);
  const { suggestions } = (result as { data: { suggestions: Suggestion[] } }).data;
  return suggestions.some((s) => s.quote === suggestionFor(attempt).quote);
}

/** The rows of the suggestion actions, spread into the matrix's list. */
export const SUGGESTION_ACTIONS: Record<string, ActionRow> = {
  // Reads only: nothing to see change.
  [`${SUGGESTIONS}#suggestAnnotationsAction`]: {
    allowed: EDITORS,
    args: (ctx, attempt) => [{ articleId: ctx.article.id, text: textOf(attempt) }],
  },
  // A rejection is seen by its effect: the suggestion no longer comes back for this article.
  [`${SUGGESTIONS}#recordSuggestionDecisionAction`]: {
    allowed: EDITORS,
    args: (ctx, attempt) => {
      const s = suggestionFor(attempt);
      return [
        {
          articleId: ctx.article.id,
          decision: "rejected",
          suggestion: {
            quote: s.quote,
            kind: s.kind,
            rule: s.rule,
            start: s.start,
            end: s.end,
            confidence: s.confidence,
            speakerName: s.speaker?.name ?? null,
            speakerType: s.speaker?.type ?? null,
            cue: s.cue?.text ?? null,
          },
        },
      ];
    },
    effect: async (ctx, attempt) => !(await stillSuggested(ctx, attempt)),
  },
};
