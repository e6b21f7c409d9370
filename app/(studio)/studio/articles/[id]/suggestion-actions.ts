"use server";

import type { z } from "zod";
import { getDb } from "@/db/client";
import { runAction } from "@/lib/actions";
import { PERMISSIONS } from "@/lib/auth/roles";
import { recordSuggestionDecision } from "@/lib/suggestion-decisions/record";
import { recordDecisionSchema, suggestRequestSchema } from "@/lib/suggestion-decisions/schemas";
import { suggestForArticle } from "@/lib/suggestion-decisions/suggest";

// Whoever may edit drafts may ask for suggestions and decide them; each action checks it from
// the session, never from the input.
const editors = { roles: PERMISSIONS.editDrafts };

/** Suggests annotations for the article's plain text, minus those already rejected in it. */
export async function suggestAnnotationsAction(input: z.input<typeof suggestRequestSchema>) {
  return runAction({
    ...editors,
    schema: suggestRequestSchema,
    input,
    run: (_user, data) => suggestForArticle(getDb(), data),
  });
}

/** Records an acceptance (with the annotation it created) or a rejection of a suggestion. */
export async function recordSuggestionDecisionAction(input: z.input<typeof recordDecisionSchema>) {
  return runAction({
    ...editors,
    schema: recordDecisionSchema,
    input,
    run: async (user, data) => {
      await recordSuggestionDecision(getDb(), user, data);
      return null;
    },
  });
}
