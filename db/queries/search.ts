import { type SQL, sql } from "drizzle-orm";
import { type Db, queryRows } from "../client";
import type { AnnotationKind, ArticleStatus } from "../enums";
import { markedExcerptSql, markedSql, pageWindow, searchQuery } from "./search-text";

// The studio's search over every annotation, drafts and detached ones included. A search may match
// an annotation's own text (quote, conclusion, cue, note), its speaker's name, aliases or
// description, or the title or publisher of a source it links: each path is its own branch of a
// UNION so each uses its table's GIN index, and only the matches are ranked. Each path must
// match the whole search by itself: "Quill bridge" finds the bridge only in what Quill is quoted
// saying about it if "Quill" is in the annotation's own words; the Speaker filter covers that.

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

/** The filters on the annotation `a`, applied inside each path so each stays narrow. */
function annotationFilterSql(filters: StudioSearchFilters): SQL {
  const conditions: SQL[] = [sql`true`];
  if (filters.kind) conditions.push(sql`a.kind = ${filters.kind}`);
  if (filters.speakerId) conditions.push(sql`a.speaker_id = ${filters.speakerId}`);
  if (filters.articleId) conditions.push(sql`a.article_id = ${filters.articleId}`);
  return sql.join(conditions, sql` AND `);
}

// ts_rank's weights for {D, C, B, A}. Speaker and source vectors are unweighted (all D): a
// speaker's words count like a conclusion (B), a source's like the default D.
const SPEAKER_WEIGHTS = "{0.4,0.2,0.4,1.0}";
const SOURCE_WEIGHTS = "{0.1,0.2,0.4,1.0}";

/**
 * One page of the annotations matching `text` (websearch syntax), best first, the most recently
 * changed article first among equals. An annotation's rank is the sum of what each path it was
 * found by contributes: its own words (quote A, conclusion B, cue and note C), its speaker's
 * name, aliases and description, and each linked source's title and publisher. Summing ranks
 * per path rather than ranking one concatenated vector is what keeps a common word fast: the
 * concatenation cost more than the search itself (see bench/search-run.ts).
 */
export async function searchStudioAnnotations(
  db: Db,
  params: { text: string; filters: StudioSearchFilters; page: number; perPage: number },
): Promise<SearchPage<StudioSearchHit>> {
  const { limit, offset } = pageWindow(params.page, params.perPage);
  // Written out in each place rather than shared through a CTE, so the planner sees the words
  // and estimates each index's matches (a CTE hides them, and it chose nested loops).
  const q = searchQuery(params.text);
  const filters = annotationFilterSql(params.filters);
  const status = params.filters.status ? sql`ar.status = ${params.filters.status}` : sql`true`;
  const rows = await queryRows<
    Omit<StudioSearchHit, "detached"> & { detached: boolean; total: number }
  >(
    db,
    sql`
      WITH matched AS (
        SELECT a.id, a.article_id, ts_rank(a.search, ${q}) AS rank
        FROM annotations AS a WHERE a.search @@ ${q} AND ${filters}
        UNION ALL
        SELECT a.id, a.article_id, ts_rank(${SPEAKER_WEIGHTS}, s.search, ${q})
        FROM speakers AS s JOIN annotations AS a ON a.speaker_id = s.id
        WHERE s.search @@ ${q} AND ${filters}
        UNION ALL
        SELECT a.id, a.article_id, ts_rank(${SOURCE_WEIGHTS}, so.search, ${q})
        FROM sources AS so
        JOIN annotation_sources AS l ON l.source_id = so.id
        JOIN annotations AS a ON a.id = l.annotation_id
        WHERE so.search @@ ${q} AND ${filters}
      ),
      ranked AS (
        SELECT m.id, sum(m.rank) AS rank, ar.updated_at, count(*) OVER () AS total
        FROM matched AS m JOIN articles AS ar ON ar.id = m.article_id
        WHERE ${status}
        GROUP BY m.id, ar.id
        ORDER BY rank DESC, ar.updated_at DESC, m.id
        LIMIT ${limit} OFFSET ${offset}
      ),
      q AS (SELECT ${q} AS query)
      SELECT a.id AS "annotationId", a.article_id AS "articleId", ar.title AS "articleTitle",
        ar.status AS "articleStatus", a.kind, s.name AS "speakerName", v.label AS "verdictLabel",
        ${markedSql(sql`a.prefix`, sql`q.query`)} AS prefix,
        ${markedSql(sql`a.quote`, sql`q.query`)} AS quote,
        ${markedSql(sql`a.suffix`, sql`q.query`)} AS suffix,
        ${markedExcerptSql(sql`a.note`, sql`q.query`)} AS note,
        a.detached_at IS NOT NULL AS detached, ranked.total::int AS total
      FROM ranked
      JOIN annotations AS a ON a.id = ranked.id
      JOIN articles AS ar ON ar.id = a.article_id
      LEFT JOIN speakers AS s ON s.id = a.speaker_id
      LEFT JOIN verdicts AS v ON v.id = a.verdict_id
      CROSS JOIN q
      ORDER BY ranked.rank DESC, ranked.updated_at DESC, a.id`,
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
