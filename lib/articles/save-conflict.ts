import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles, users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { saveOfVersion } from "./replaced-text";

/** What the conflict error carries, so the editor can show the other person's text. */
export interface SaveConflictDetails {
  version: number;
  title: string;
  doc: unknown;
  savedAt: string;
  savedBy: string | null;
}

/**
 * The stored version and who saved it, from the save that made that version: the article's
 * updatedBy names whoever changed anything last, which may be a note rather than the text.
 */
export async function conflictDetails(tx: Db, articleId: string): Promise<SaveConflictDetails> {
  const [row] = await tx
    .select({
      version: articles.version,
      title: articles.title,
      doc: articles.doc,
      createdAt: articles.createdAt,
      createdBy: articles.createdBy,
    })
    .from(articles)
    .where(eq(articles.id, articleId));
  if (!row) throw new AppError("not_found", "This article no longer exists.");
  const save = await saveOfVersion(tx, articleId, row.version);
  const saverId = save ? save.actorId : row.createdBy;
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
    savedAt: (save?.at ?? row.createdAt).toISOString(),
    savedBy: saver ? saver.name || saver.email : null,
  };
}
