import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles } from "@/db/schema";
import { documentHasText } from "@/lib/editor/anchors";
import { parseDocument } from "@/lib/editor/schema";

/** Whether a stored document holds any text; one that no longer parses is kept to be safe. */
function hasText(doc: unknown): boolean {
  try {
    return documentHasText(parseDocument(doc));
  } catch {
    return true;
  }
}

/**
 * The stored document when `docJson` would replace it with a different one that has text.
 * Called only when the last writer was someone else, so ordinary autosaves stay small.
 */
async function documentToBeReplaced(tx: Db, articleId: string, docJson: string): Promise<unknown> {
  const [row] = await tx
    .select({ doc: articles.doc })
    .from(articles)
    .where(and(eq(articles.id, articleId), sql`${articles.doc} <> ${docJson}::jsonb`));
  return row && hasText(row.doc) ? row.doc : null;
}

/** The stored version a save is about to replace, as read under the save's row lock. */
export interface VersionBeingReplaced {
  articleId: string;
  /** Who saved it; when no save made it, the article's last updater, or its creator. */
  savedBy: string;
}

/**
 * Another person's text that saving `docJson` would replace (as after "Keep my version" in a
 * conflict), to be kept in the save's audit event; null when the saver wrote it themselves,
 * or it has no text, or the save leaves it unchanged.
 */
export async function replacedTextToKeep(
  tx: Db,
  saverId: string,
  replaced: VersionBeingReplaced,
  docJson: string,
): Promise<unknown> {
  if (replaced.savedBy === saverId) return null;
  return documentToBeReplaced(tx, replaced.articleId, docJson);
}
