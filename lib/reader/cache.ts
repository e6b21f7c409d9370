import { unstable_cache } from "next/cache";
import { getDb } from "@/db/client";
import { getPublishedRevisionId, getRevision, type PublishedArticle } from "@/db/queries/articles";

const liveLookups = new Map<string, Promise<string | null>>();

/**
 * Which revision readers of this address see now, looked up on every request (one indexed
 * read), so a new publish shows at once. Lookups of one address that are under way at the
 * same moment share one query: the embedded database runs one query at a time, and under
 * load a popular article used to queue hundreds of identical lookups behind each other.
 */
export function liveRevisionId(slug: string): Promise<string | null> {
  let lookup = liveLookups.get(slug);
  if (!lookup) {
    lookup = getPublishedRevisionId(getDb(), slug).finally(() => liveLookups.delete(slug));
    liveLookups.set(slug, lookup);
  }
  return lookup;
}

/**
 * A revision by id. Revisions never change, so each is cached by its id for good, across
 * requests and restarts, with nothing to invalidate.
 */
export async function revisionById(revisionId: string): Promise<PublishedArticle | null> {
  const load = unstable_cache(() => getRevision(getDb(), revisionId), ["revision", revisionId]);
  const article = await load();
  // The cache stores JSON: revive the date.
  return article ? { ...article, publishedAt: new Date(article.publishedAt) } : null;
}

/** The published article at an address: its live revision. */
export async function publishedArticle(slug: string): Promise<PublishedArticle | null> {
  const revisionId = await liveRevisionId(slug);
  return revisionId ? revisionById(revisionId) : null;
}
