import { unstable_cache } from "next/cache";
import { getDb } from "@/db/client";
import { getPublishedRevisionId, getRevision, type PublishedArticle } from "@/db/queries/articles";

/**
 * The published article at an address. Which revision is live is looked up on every request
 * (one indexed read), so a new publish shows at once; the revision itself never changes, so it
 * is cached by its id for good, across requests and restarts, with nothing to invalidate.
 */
export async function publishedArticle(slug: string): Promise<PublishedArticle | null> {
  const revisionId = await getPublishedRevisionId(getDb(), slug);
  if (!revisionId) return null;
  const load = unstable_cache(() => getRevision(getDb(), revisionId), ["revision", revisionId]);
  const article = await load();
  // The cache stores JSON: revive the date.
  return article ? { ...article, publishedAt: new Date(article.publishedAt) } : null;
}
