import { asc, desc, ilike, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../client";
import { sources } from "../schema";
import { escapeLike } from "./speakers";

/** The columns every reader of a source needs; shared so the shape is defined once. */
export const sourceRecordColumns = {
  id: sources.id,
  url: sources.url,
  title: sources.title,
  publisher: sources.publisher,
  publishedAt: sources.publishedAt,
  archivedUrl: sources.archivedUrl,
};

export interface SourceSearchResult {
  id: string;
  url: string;
  title: string;
  publisher: string;
  publishedAt: string | null;
}

/**
 * The test "the title, publisher or address contains `text`" (ignoring case), and "the title
 * starts with it" for ordering, shared by every studio list of sources.
 */
export function sourceMatch(text: string): { matches: SQL; titleStarts: SQL } {
  const escaped = escapeLike(text);
  const contains = `%${escaped}%`;
  return {
    matches: or(
      ilike(sources.title, contains),
      ilike(sources.publisher, contains),
      ilike(sources.url, contains),
    )!,
    titleStarts: sql`${sources.title} ILIKE ${`${escaped}%`}`,
  };
}

/**
 * Sources whose title, publisher or address contains the query, ignoring case: those whose
 * title starts with it first, then the newest. An empty query lists the newest sources.
 */
export async function searchSources(
  db: Db,
  query: string,
  limit = 8,
): Promise<SourceSearchResult[]> {
  const text = query.trim();
  const { matches, titleStarts } = sourceMatch(text);
  return db
    .select({
      id: sources.id,
      url: sources.url,
      title: sources.title,
      publisher: sources.publisher,
      publishedAt: sources.publishedAt,
    })
    .from(sources)
    .where(text === "" ? undefined : matches)
    .orderBy(desc(titleStarts), desc(sources.createdAt), asc(sources.id))
    .limit(limit);
}
