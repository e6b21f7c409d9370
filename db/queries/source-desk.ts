import { asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { annotationSources, annotations, articles, sources } from "../schema";
import { sourceMatch } from "./sources";

/** A source as the source desk lists and edits it. */
export interface DeskSource {
  id: string;
  url: string;
  title: string;
  publisher: string;
  publishedAt: string | null;
  archivedUrl: string | null;
  updatedAt: Date;
  /** How many annotations link it. */
  linkCount: number;
}

/** One annotation a source backs, for "where it is used". */
export interface SourceUse {
  sourceId: string;
  annotationId: string;
  articleId: string;
  articleTitle: string;
  quote: string;
}

const deskColumns = {
  id: sources.id,
  url: sources.url,
  title: sources.title,
  publisher: sources.publisher,
  publishedAt: sources.publishedAt,
  archivedUrl: sources.archivedUrl,
  updatedAt: sources.updatedAt,
  linkCount: sql<number>`(SELECT count(*) FROM annotation_sources AS l
    WHERE l.source_id = sources.id)::int`,
};

const withNumbers = (row: DeskSource): DeskSource => ({
  ...row,
  linkCount: Number(row.linkCount),
});

/** The desk's list: sources whose title, publisher or address contains `query`, newest first. */
export async function listDeskSources(
  db: Db,
  params: { query?: string; limit?: number },
): Promise<DeskSource[]> {
  const text = (params.query ?? "").trim();
  const { matches, titleStarts } = sourceMatch(text);
  const rows = await db
    .select(deskColumns)
    .from(sources)
    .where(text === "" ? undefined : matches)
    .orderBy(...(text === "" ? [] : [desc(titleStarts)]), desc(sources.createdAt), asc(sources.id))
    .limit(params.limit ?? 100);
  return rows.map(withNumbers);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function getDeskSource(db: Db, id: string): Promise<DeskSource | null> {
  if (!UUID.test(id)) return null;
  const [row] = await db.select(deskColumns).from(sources).where(eq(sources.id, id)).limit(1);
  return row ? withNumbers(row) : null;
}

/** The annotations these sources back, by article and position in it. */
export async function listSourceUses(db: Db, sourceIds: string[]): Promise<SourceUse[]> {
  if (sourceIds.length === 0) return [];
  return db
    .select({
      sourceId: annotationSources.sourceId,
      annotationId: annotations.id,
      articleId: articles.id,
      articleTitle: articles.title,
      quote: annotations.quote,
    })
    .from(annotationSources)
    .innerJoin(annotations, eq(annotations.id, annotationSources.annotationId))
    .innerJoin(articles, eq(articles.id, annotations.articleId))
    .where(inArray(annotationSources.sourceId, sourceIds))
    .orderBy(asc(articles.title), asc(articles.id), asc(annotations.start));
}

/** Every source's address, for finding likely duplicates under the current normalization. */
export async function listSourceAddresses(
  db: Db,
): Promise<{ id: string; url: string; title: string }[]> {
  return db
    .select({ id: sources.id, url: sources.url, title: sources.title })
    .from(sources)
    .orderBy(asc(sources.createdAt), asc(sources.id));
}

/** How many annotations link both sources: a merge keeps one link for each. */
export async function countSharedAnnotations(db: Db, a: string, b: string): Promise<number> {
  const [row] = await db
    .select({
      n: sql<number>`count(*)::int`,
    })
    .from(annotationSources)
    .where(
      sql`${annotationSources.sourceId} = ${a} AND EXISTS (SELECT 1 FROM annotation_sources AS other
        WHERE other.annotation_id = ${annotationSources.annotationId} AND other.source_id = ${b})`,
    );
  return Number(row?.n ?? 0);
}
