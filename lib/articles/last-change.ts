import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { annotations, articles } from "@/db/schema";

/**
 * Locks the row of the article an annotation belongs to and returns its id (null when there
 * is no such annotation). Call it before locking the annotation itself: document saves and
 * publishing lock the article first and its annotations second, and every transaction that
 * changes something inside an article takes the locks in that order, so none of them can
 * deadlock another.
 */
export async function lockArticleOfAnnotation(
  tx: Db,
  annotationId: string,
): Promise<string | null> {
  const [article] = await tx
    .select({ id: articles.id })
    .from(articles)
    .where(
      inArray(
        articles.id,
        tx
          .select({ articleId: annotations.articleId })
          .from(annotations)
          .where(eq(annotations.id, annotationId)),
      ),
    )
    .for("no key update");
  return article?.id ?? null;
}

/**
 * Records who last changed anything in the article (its text, title or status, an
 * annotation's details, a source link) and when: the studio's "Last change". Call it inside
 * the transaction that makes the change. The article's version is left alone: it counts
 * document saves, which are what the editor's concurrency check compares.
 */
export async function markArticleChanged(
  tx: Db,
  articleId: string,
  actorId: string,
): Promise<void> {
  await tx
    .update(articles)
    .set({ updatedBy: actorId, updatedAt: sql`now()` })
    .where(eq(articles.id, articleId));
}
