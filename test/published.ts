import type { Db } from "@/db/client";
import { getPublishedRevisionId, getRevision, type PublishedArticle } from "@/db/queries/articles";

/** What readers of this address see, read the two steps the reader page reads it. */
export async function getPublishedArticle(db: Db, slug: string): Promise<PublishedArticle | null> {
  const revisionId = await getPublishedRevisionId(db, slug);
  return revisionId ? getRevision(db, revisionId) : null;
}
