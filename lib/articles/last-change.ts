import { asc, eq, inArray, type SQLWrapper, sql } from "drizzle-orm";
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
  const [articleId] = await lockArticles(
    tx,
    tx
      .select({ articleId: annotations.articleId })
      .from(annotations)
      .where(eq(annotations.id, annotationId)),
  );
  return articleId ?? null;
}

/**
 * Locks the articles whose ids `articleIds` (a subquery) selects, in id order, and returns
 * their ids: the first step of a change that reaches into several articles at once (merging
 * speakers or sources), taken in the same order as every other change, so none deadlocks.
 */
export async function lockArticles(tx: Db, articleIds: SQLWrapper): Promise<string[]> {
  const rows = await tx
    .select({ id: articles.id })
    .from(articles)
    .where(inArray(articles.id, articleIds))
    .orderBy(asc(articles.id))
    .for("no key update");
  return rows.map((row) => row.id);
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
