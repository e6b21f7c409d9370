import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles, users } from "@/db/schema";
import { AppError } from "@/lib/errors";

/** What the conflict error carries, so the editor can show the other person's text. */
export interface SaveConflictDetails {
  version: number;
  title: string;
  doc: unknown;
  savedAt: string;
  savedBy: string | null;
}

/**
 * The stored version and who saved it (the article's doc_saved_by, not updatedBy, which
 * names whoever changed anything last, which may be a note rather than the text).
 */
export async function conflictDetails(tx: Db, articleId: string): Promise<SaveConflictDetails> {
  const [row] = await tx
    .select({
      version: articles.version,
      title: articles.title,
      doc: articles.doc,
      createdAt: articles.createdAt,
      createdBy: articles.createdBy,
      docSavedBy: articles.docSavedBy,
      docSavedAt: articles.docSavedAt,
    })
    .from(articles)
    .where(eq(articles.id, articleId));
  if (!row) throw new AppError("not_found", "This article no longer exists.");
  // No save made the version (a new article): its creator wrote it.
  const saverId = row.docSavedAt ? row.docSavedBy : row.createdBy;
  const [saver] = saverId
    ? await tx
        .select({ name: users.name, email: users.email })
        .from(users)
        .where(eq(users.id, saverId))
    : [];
  return {
    version: row.version,
    title: row.title,
    doc: row.doc,
    savedAt: (row.docSavedAt ?? row.createdAt).toISOString(),
    savedBy: saver ? saver.name || saver.email : null,
  };
}
