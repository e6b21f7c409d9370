import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { CheckedArticle } from "@/db/revision-snapshot";
import { articles } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordArticleEvent } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { ARTICLE_GONE, type CheckedArticleInput } from "./checked-article-schema";
import { markArticleChanged } from "./last-change";

/** The article's columns behind each field, named as the audit records them. */
const COLUMNS = {
  outlet: "checkedOutlet",
  author: "checkedAuthor",
  url: "checkedUrl",
  date: "checkedDate",
} as const satisfies Record<keyof CheckedArticle, keyof typeof articles.$inferSelect>;
const FIELDS = Object.keys(COLUMNS) as (keyof CheckedArticle)[];

/**
 * Saves the article's "Checked article" fields: the piece this fact-check is about, as its
 * outlet published it. The form's base values are compared with what is stored, so someone
 * who saved these fields first is never overwritten unseen; the article's own version is
 * left alone (it counts text saves, which must not make this form stale).
 */
export async function updateCheckedArticle(
  db: Db,
  actor: Actor,
  input: CheckedArticleInput,
): Promise<{ checked: CheckedArticle }> {
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({
        id: articles.id,
        outlet: articles.checkedOutlet,
        author: articles.checkedAuthor,
        url: articles.checkedUrl,
        date: articles.checkedDate,
      })
      .from(articles)
      .where(eq(articles.id, input.articleId))
      .for("no key update");
    if (!found) throw new AppError("not_found", ARTICLE_GONE);
    // The id as the database prints it (lower-case), as the article's other audit rows carry it.
    const { id: articleId, ...row } = found;
    if (FIELDS.some((field) => row[field] !== input.base[field])) {
      throw new AppError(
        { code: "conflict", kind: "checked_article_conflict", details: row },
        "Someone else changed the checked article first. Their version is shown: keep yours or use theirs.",
      );
    }

    const changed = FIELDS.filter((field) => row[field] !== input[field]);
    const next: CheckedArticle = {
      outlet: input.outlet,
      author: input.author,
      url: input.url,
      date: input.date,
    };
    if (changed.length === 0) return { checked: row };

    const audited = (values: CheckedArticle) =>
      Object.fromEntries(changed.map((field) => [COLUMNS[field], values[field]]));
    await tx
      .update(articles)
      .set(Object.fromEntries(changed.map((field) => [COLUMNS[field], next[field]])))
      .where(eq(articles.id, articleId));
    await markArticleChanged(tx, articleId, actor.id);
    await recordArticleEvent(tx, articleId, {
      actorId: actor.id,
      action: "edit_checked_article",
      before: audited(row),
      after: audited(next),
    });
    return { checked: next };
  });
}
