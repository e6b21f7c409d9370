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
 * A revision by id. Its reader page and exports are kept once made (lib/reader/page.ts,
 * lib/exports/files.ts), so this read happens about once per revision for each.
 */
export function revisionById(revisionId: string): Promise<PublishedArticle | null> {
  return getRevision(getDb(), revisionId);
}

/** The published article at an address: its live revision. */
export async function publishedArticle(slug: string): Promise<PublishedArticle | null> {
  const revisionId = await liveRevisionId(slug);
  return revisionId ? revisionById(revisionId) : null;
}
