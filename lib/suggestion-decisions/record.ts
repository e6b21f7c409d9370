import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articleExists } from "@/db/queries/articles";
import { annotations, suggestionDecisions } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { AppError } from "@/lib/errors";
import type { RecordDecisionInput } from "./schemas";

export const ARTICLE_NOT_FOUND = "This article no longer exists. Reload the page.";

/**
 * Records what a reviewer did with a suggestion, with the suggestion as it was proposed. An
 * acceptance's annotation must not belong to another article; it may not exist yet, because
 * the editor creates it as a mark and the document saver writes its row on the next save.
 * A retried acceptance of the same annotation is recorded once.
 */
export async function recordSuggestionDecision(
  db: Db,
  actor: Actor,
  input: RecordDecisionInput,
): Promise<void> {
  await db.transaction(async (tx) => {
    if (!(await articleExists(tx, input.articleId))) {
      throw new AppError("not_found", ARTICLE_NOT_FOUND);
    }
    if (input.annotationId) {
      const [annotation] = await tx
        .select({ articleId: annotations.articleId })
        .from(annotations)
        .where(eq(annotations.id, input.annotationId));
      if (annotation && annotation.articleId !== input.articleId) {
        throw new AppError("invalid_input", "That annotation belongs to another article.");
      }
    }
    const { suggestion } = input;
    await tx
      .insert(suggestionDecisions)
      .values({
        articleId: input.articleId,
        actorId: actor.id,
        decision: input.decision,
        rule: suggestion.rule,
        kind: suggestion.kind,
        quote: suggestion.quote,
        start: suggestion.start,
        end: suggestion.end,
        confidence: suggestion.confidence,
        speakerName: suggestion.speakerName,
        speakerType: suggestion.speakerType,
        cue: suggestion.cue ?? "",
        annotationId: input.annotationId ?? null,
      })
      .onConflictDoNothing({ target: suggestionDecisions.annotationId });
  });
}
