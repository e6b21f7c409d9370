import type { Db } from "@/db/client";
import { type EditorArticle, getArticleForEditor } from "@/db/queries/articles";
import { isUuid } from "@/lib/ids";

/**
 * The working draft as the editor loads it; null when there is no such article. A mistyped
 * address is "not found", not a database error about uuid syntax.
 */
export async function findArticleForEditor(db: Db, id: string): Promise<EditorArticle | null> {
  return isUuid(id) ? getArticleForEditor(db, id) : null;
}
