import { type SQL, sql } from "drizzle-orm";
import { type Db, queryRows } from "../client";
import type { AnnotationKind, ArticleStatus } from "../enums";
import { markedExcerptSql, markedSql, pageWindow, searchQuery } from "./search-text";

// The studio's search over every annotation, drafts and detached ones included. A word may match
// an annotation's own text (quote, conclusion, cue, note), its speaker's name, aliases or
// description, or the title or publisher of a source it links: each path is its own branch of a
// UNION so each uses its table's GIN index, and only the matches are ranked.

export interface StudioSearchFilters {
  kind?: AnnotationKind;
  speakerId?: string;
  status?: ArticleStatus;
  articleId?: string;
}

export interface StudioSearchHit {
  annotationId: string;
  articleId: string;
  articleTitle: string;
  articleStatus: ArticleStatus;
  kind: AnnotationKind;
  speakerName: string | null;
  verdictLabel: string | null;
  /** Context and quote with matched words between MARK_START and MARK_END. */
  prefix: string;
  quote: string;
  suffix: string;
  /** An excerpt of the note around its matches; "" when the note did not match. */
  note: string;
  detached: boolean;
}

export interface SearchPage<T> {
  hits: T[];
  /** Matches on every page. */
  total: number;
}

function filterSql(filters: StudioSearchFilters): SQL {
  const conditions: SQL[] = [sql`true`];
  if (filters.kind) conditions.push(sql`a.kind = ${filters.kind}`);
  if (filters.speakerId) conditions.push(sql`a.speaker_id = ${filters.speakerId}`);
  if (filters.status) conditions.push(sql`ar.status = ${filters.status}`);
  if (filters.articleId) conditions.push(sql`a.article_id = ${filters.articleId}`);
  return sql.join(conditions, sql` AND `);
}

/**
 * One page of the annotations matching `text` (websearch syntax), best first: ranked over the
 * annotation's words, its speaker's (weight B) and its sources' (weight D) together, the newest
 * article first among equals.
 */
export async function searchStudioAnnotations(
  db: Db,
  params: { text: string; filters: StudioSearchFilters; page: number; perPage: number },
): Promise<SearchPage<StudioSearchHit>> {
  const { limit, offset } = pageWindow(params.page, params.perPage);
  const query = sql`q.query`;
  const rows = await queryRows<
    Omit<StudioSearchHit, "detached"> & { detached: boolean; total: number }
  >(
    db,
    sql`
      WITH q AS (SELECT ${searchQuery(params.text)} AS query),
      matched AS (
        SELECT a.id FROM annotations AS a, q WHERE a.search @@ q.query
        UNION
        SELECT a.id FROM speakers AS s JOIN annotations AS a ON a.speaker_id = s.id, q
          WHERE s.search @@ q.query
        UNION
        SELECT l.annotation_id FROM sources AS so
          JOIN annotation_sources AS l ON l.source_id = so.id, q
          WHERE so.search @@ q.query
      ),
      ranked AS (
        SELECT a.id, ar.updated_at AS article_updated_at, count(*) OVER () AS total,
          ts_rank(a.search || setweight(coalesce(s.search, ''::tsvector), 'B')
            || setweight(coalesce(linked.search, ''::tsvector), 'D'), q.query) AS rank
        FROM matched AS m
        JOIN annotations AS a ON a.id = m.id
        JOIN articles AS ar ON ar.id = a.article_id
        LEFT JOIN speakers AS s ON s.id = a.speaker_id
        LEFT JOIN LATERAL (
          SELECT to_tsvector('english', string_agg(so.title || ' ' || so.publisher, ' ')) AS search
          FROM annotation_sources AS l JOIN sources AS so ON so.id = l.source_id
          WHERE l.annotation_id = a.id
        ) AS linked ON true
        CROSS JOIN q
        WHERE ${filterSql(params.filters)}
        ORDER BY rank DESC, ar.updated_at DESC, a.id
        LIMIT ${limit} OFFSET ${offset}
      )
      SELECT a.id AS "annotationId", a.article_id AS "articleId", ar.title AS "articleTitle",
        ar.status AS "articleStatus", a.kind, s.name AS "speakerName", v.label AS "verdictLabel",
        ${markedSql(sql`a.prefix`, query)} AS prefix, ${markedSql(sql`a.quote`, query)} AS quote,
        ${markedSql(sql`a.suffix`, query)} AS suffix, ${markedExcerptSql(sql`a.note`, query)} AS note,
        a.detached_at IS NOT NULL AS detached, ranked.total::int AS total
      FROM ranked
      JOIN annotations AS a ON a.id = ranked.id
      JOIN articles AS ar ON ar.id = a.article_id
      LEFT JOIN speakers AS s ON s.id = a.speaker_id
      LEFT JOIN verdicts AS v ON v.id = a.verdict_id
      CROSS JOIN q
      ORDER BY ranked.rank DESC, ranked.article_updated_at DESC, a.id`,
  );
  const total = rows[0]?.total ?? 0;
  return { hits: rows.map(({ total: _, ...hit }) => hit), total: Number(total) };
}

/** The choices of the studio search's Speaker and Article filters, by name and title. */
export async function listStudioSearchChoices(db: Db): Promise<{
  speakers: { id: string; name: string }[];
  articles: { id: string; title: string }[];
}> {
  const [speakers, articles] = await Promise.all([
    queryRows<{ id: string; name: string }>(
      db,
      sql`SELECT id, name FROM speakers ORDER BY lower(name), id`,
    ),
    queryRows<{ id: string; title: string }>(
      db,
      sql`SELECT id, title FROM articles ORDER BY lower(title), id`,
    ),
  ]);
  return { speakers, articles };
}
