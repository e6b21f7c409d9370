import { type SQL, sql } from "drizzle-orm";
import { type Db, queryRows } from "../client";
import type { AnnotationKind } from "../enums";
import type { SearchPage } from "./search";
import { markedExcerptSql, markedSql, pageWindow, searchQuery } from "./search-text";

// The public search reads published_annotations ONLY, and only the rows of each article's
// current revision while it is published (the join below), so nothing of a draft, an
// unpublished change or an archived article can come back, whatever the filters say.

// A row counts only while its revision is its article's current one and the article is
// published. (Joined through the revision: joining articles on both id and revision made the
// planner expect a handful of rows and loop over thousands.)
const currentRows = sql`
  published_annotations AS pa
  JOIN article_revisions AS r ON r.id = pa.revision_id
  JOIN articles AS ar ON ar.published_revision_id = r.id AND ar.status = 'published'`;

export interface PublicSearchFilters {
  kind?: AnnotationKind;
  /** A speaker's id: their annotations and those of every speaker merged into them. */
  speakerId?: string;
  verdictSlug?: string;
  articleSlug?: string;
}

export interface PublicSearchHit {
  annotationId: string;
  articleSlug: string;
  articleTitle: string;
  kind: AnnotationKind;
  speakerName: string;
  verdictLabel: string | null;
  /** Context and quote with matched words between MARK_START and MARK_END. */
  prefix: string;
  quote: string;
  suffix: string;
  note: string;
}

function filterSql(filters: PublicSearchFilters): SQL {
  const conditions: SQL[] = [sql`true`];
  if (filters.kind) conditions.push(sql`pa.kind = ${filters.kind}`);
  if (filters.speakerId) {
    // Published rows keep the speaker id they were frozen with, merged away or not.
    conditions.push(sql`pa.speaker_id IN (SELECT ${filters.speakerId}::uuid
      UNION ALL SELECT from_id FROM speaker_merges WHERE into_id = ${filters.speakerId})`);
  }
  if (filters.verdictSlug) conditions.push(sql`pa.verdict_slug = ${filters.verdictSlug}`);
  if (filters.articleSlug) conditions.push(sql`r.slug = ${filters.articleSlug}`);
  return sql.join(conditions, sql` AND `);
}

/** Counting stops here: "more than 1,000" is all a reader needs, and counting is not free. */
export const COUNT_LIMIT = 1_000;

/**
 * One page of the published annotations matching `text`, best first, the most recently published
 * article first among equals; `total` stops at COUNT_LIMIT + 1. The count is its own query so the
 * ranking can run in parallel workers (a count over the same rows kept it in one).
 */
export async function searchPublishedAnnotations(
  db: Db,
  params: { text: string; filters: PublicSearchFilters; page: number; perPage: number },
): Promise<SearchPage<PublicSearchHit>> {
  const { limit, offset } = pageWindow(params.page, params.perPage);
  // Written out in each place rather than shared through a CTE, so the planner sees the words.
  const q = searchQuery(params.text);
  const matching = sql`${currentRows} WHERE pa.search @@ ${q} AND ${filterSql(params.filters)}`;
  const [hits, [count]] = await Promise.all([
    queryRows<PublicSearchHit>(
      db,
      sql`
        WITH ranked AS (
          SELECT pa.revision_id, pa.annotation_id, r.published_at, pa.position,
            ts_rank(pa.search, ${q}) AS rank
          FROM ${matching}
          ORDER BY rank DESC, r.published_at DESC, pa.position
          LIMIT ${limit} OFFSET ${offset}
        ),
        q AS (SELECT ${q} AS query)
        SELECT pa.annotation_id AS "annotationId", r.slug AS "articleSlug",
          r.title AS "articleTitle", pa.kind, pa.speaker_name AS "speakerName",
          (SELECT v->>'label' FROM jsonb_array_elements(r.verdict_scale->'verdicts') AS v
            WHERE v->>'slug' = pa.verdict_slug LIMIT 1) AS "verdictLabel",
          ${markedSql(sql`pa.prefix`, sql`q.query`)} AS prefix,
          ${markedSql(sql`pa.quote`, sql`q.query`)} AS quote,
          ${markedSql(sql`pa.suffix`, sql`q.query`)} AS suffix,
          ${markedExcerptSql(sql`pa.note`, sql`q.query`)} AS note
        FROM ranked
        JOIN published_annotations AS pa
          ON pa.revision_id = ranked.revision_id AND pa.annotation_id = ranked.annotation_id
        JOIN article_revisions AS r ON r.id = pa.revision_id
        CROSS JOIN q
        ORDER BY ranked.rank DESC, ranked.published_at DESC, ranked.position`,
    ),
    queryRows<{ total: number }>(
      db,
      sql`SELECT count(*)::int AS total FROM (SELECT 1 FROM ${matching} LIMIT ${COUNT_LIMIT + 1}) AS capped`,
    ),
  ]);
  return { hits, total: Number(count?.total ?? 0) };
}

export interface PublicSearchChoices {
  /** Each speaker under the id they live on now (merged speakers under the one they joined). */
  speakers: { id: string; name: string }[];
  verdicts: { slug: string; label: string }[];
  articles: { slug: string; title: string }[];
}

/** What the public filters offer: only what published revisions hold. */
export async function listPublicSearchChoices(db: Db): Promise<PublicSearchChoices> {
  const [speakers, verdicts, articles] = await Promise.all([
    queryRows<{ id: string; name: string }>(
      db,
      sql`
        SELECT id, name FROM (
          SELECT DISTINCT ON (coalesce(m.into_id, pa.speaker_id))
            coalesce(m.into_id, pa.speaker_id) AS id, pa.speaker_name AS name
          FROM ${currentRows}
          LEFT JOIN speaker_merges AS m ON m.from_id = pa.speaker_id
          WHERE pa.speaker_id IS NOT NULL
          -- The surviving speaker's own published name, when one of its rows has it.
          ORDER BY coalesce(m.into_id, pa.speaker_id), m.into_id IS NOT NULL, r.published_at DESC
        ) AS named ORDER BY lower(name), id`,
    ),
    queryRows<{ slug: string; label: string }>(
      db,
      sql`
        SELECT slug, label FROM (
          SELECT DISTINCT ON (pa.verdict_slug) pa.verdict_slug AS slug,
            coalesce((SELECT v->>'label' FROM jsonb_array_elements(r.verdict_scale->'verdicts') AS v
              WHERE v->>'slug' = pa.verdict_slug LIMIT 1), pa.verdict_slug) AS label
          FROM ${currentRows}
          WHERE pa.verdict_slug IS NOT NULL
          ORDER BY pa.verdict_slug, r.published_at DESC
        ) AS used ORDER BY lower(label), slug`,
    ),
    queryRows<{ slug: string; title: string }>(
      db,
      sql`
        SELECT r.slug, r.title FROM articles AS ar
        JOIN article_revisions AS r ON r.id = ar.published_revision_id
        WHERE ar.status = 'published' ORDER BY lower(r.title), r.slug`,
    ),
  ]);
  return { speakers, verdicts, articles };
}
