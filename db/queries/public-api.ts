import { type SQL, sql } from "drizzle-orm";
import { type Db, queryRows } from "../client";
import type { AnnotationKind, SpeakerType } from "../enums";
import type {
  CheckedArticle,
  NewsroomIdentity,
  RevisionVerdict,
  RevisionVerdictScale,
} from "../revision-snapshot";
import { publicSpeakers } from "./speakers-public";

// The public API's reads. Like the reader pages they see published revisions only: every row
// starts from an article whose status is 'published' and the revision its
// published_revision_id names, and reads what that revision froze (its annotations, speakers,
// sources and verdicts jsonb), never the live annotations table, drafts or users.
//
// Lists are pages in a fixed order with a keyset ("after this row"), never an offset, so a
// publish between two pages neither repeats nor skips a row already passed. Publication times
// are compared in microseconds (as text: exact, where a JavaScript Date keeps milliseconds).
// Annotations (an article's, and claims across articles) are in public-annotations.ts.

/** Microseconds since the epoch of a revision's publication (exact: extract gives a numeric). */
export const publishedMicros = sql`(extract(epoch FROM r.published_at) * 1000000)::bigint`;

/** One row per live revision meeting `condition`, with its article's id and address. */
export function liveRevisions(condition: SQL = sql`true`): SQL {
  return sql`
    SELECT a.id AS article_id, a.slug, r.id AS revision_id, r.title, r.number AS revision_number,
      ${publishedMicros} AS published_us,
      r.annotations, r.speakers, r.sources, r.verdict_scale, r.checked_article, r.newsroom
    FROM articles AS a
    JOIN article_revisions AS r ON r.id = a.published_revision_id
    WHERE a.status = 'published' AND ${condition}`;
}

export const onlyRevision = (revisionId: string) => sql`r.id = ${revisionId}::uuid`;

/** Where a list stopped: the last row of the page before (articles and claims). */
export interface PublishedPosition {
  /** Microseconds since the epoch, as text. */
  publishedMicros: string;
  articleId: string;
}

export interface LiveArticleRow {
  articleId: string;
  slug: string;
  title: string;
  revisionNumber: number;
  publishedMicros: string;
  counts: Record<AnnotationKind, number>;
  /** Each verdict the revision uses, in the scale's order, with how many annotations carry it. */
  verdictCounts: (Pick<RevisionVerdict, "slug" | "label" | "rating"> & { count: number })[];
  checkedArticle: CheckedArticle | null;
}

export interface LiveArticleDetail extends LiveArticleRow {
  newsroom: NewsroomIdentity | null;
  verdictScale: RevisionVerdictScale;
}

type ArticleRecord = {
  article_id: string;
  slug: string;
  title: string;
  revision_number: number;
  published_us: string;
  official_claims: number;
  allegations: number;
  verified_facts: number;
  verdict_counts: LiveArticleRow["verdictCounts"];
  checked_article: CheckedArticle | null;
};

/**
 * An article's columns, counted in one pass over its annotations: per kind, and the verdicts
 * it uses, each with how many annotations carry it, in the scale's order.
 */
function articleRows(live: SQL, extraColumns: SQL = sql``): SQL {
  return sql`
    WITH l AS (${live})
    SELECT l.article_id, l.slug, l.title, l.revision_number, l.published_us::text AS published_us,
      c.official_claims, c.allegations, c.verified_facts,
      (SELECT coalesce(jsonb_agg(jsonb_build_object(
          'slug', v.elem->>'slug', 'label', v.elem->>'label', 'rating', v.elem->'rating',
          'count', (SELECT count(*) FROM unnest(c.verdict_ids) AS id WHERE id = v.elem->>'id'))
          ORDER BY v.n), '[]'::jsonb)
        FROM jsonb_array_elements(coalesce(l.verdict_scale->'verdicts', '[]'::jsonb))
          WITH ORDINALITY AS v(elem, n)
        WHERE v.elem->>'id' = ANY (c.verdict_ids)) AS verdict_counts,
      l.checked_article${extraColumns}
    FROM l
    CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE e->>'kind' = 'official_claim')::int AS official_claims,
        count(*) FILTER (WHERE e->>'kind' = 'allegation')::int AS allegations,
        count(*) FILTER (WHERE e->>'kind' = 'verified_fact')::int AS verified_facts,
        coalesce(array_agg(e->>'verdictId') FILTER (WHERE e->>'verdictId' IS NOT NULL),
          '{}'::text[]) AS verdict_ids
      FROM jsonb_array_elements(l.annotations) AS e
    ) AS c
    ORDER BY l.published_us DESC, l.article_id DESC`;
}

function articleRow(row: ArticleRecord): LiveArticleRow {
  return {
    articleId: row.article_id,
    slug: row.slug,
    title: row.title,
    revisionNumber: Number(row.revision_number),
    publishedMicros: row.published_us,
    counts: {
      official_claim: Number(row.official_claims),
      allegation: Number(row.allegations),
      verified_fact: Number(row.verified_facts),
    },
    verdictCounts: row.verdict_counts.map((verdict) => ({
      ...verdict,
      count: Number(verdict.count),
    })),
    checkedArticle: row.checked_article ?? null,
  };
}

/** Published articles, newest publication first (then by article id), `limit` after `after`. */
export async function listLiveArticles(
  db: Db,
  params: { limit: number; after?: PublishedPosition },
): Promise<LiveArticleRow[]> {
  const { after } = params;
  const keyset = after
    ? sql`(${publishedMicros}, a.id) < (${after.publishedMicros}::bigint, ${after.articleId}::uuid)`
    : undefined;
  // The page is chosen first, so only its articles' annotations are counted.
  const page = sql`${liveRevisions(keyset)}
    ORDER BY published_us DESC, article_id DESC LIMIT ${params.limit}`;
  const rows = await queryRows<ArticleRecord>(db, articleRows(page));
  return rows.map(articleRow);
}

/** The live revision `revisionId` as the API shows it, or null when it is not live any more. */
export async function getLiveArticle(
  db: Db,
  revisionId: string,
): Promise<LiveArticleDetail | null> {
  const [row] = await queryRows<
    ArticleRecord & { newsroom: NewsroomIdentity | null; verdict_scale: RevisionVerdictScale }
  >(db, articleRows(liveRevisions(onlyRevision(revisionId)), sql`, l.newsroom, l.verdict_scale`));
  if (!row) return null;
  return { ...articleRow(row), newsroom: row.newsroom ?? null, verdictScale: row.verdict_scale };
}

export interface QuotedSpeakerRow {
  id: string;
  slug: string;
  name: string;
  type: SpeakerType;
  description: string;
  counts: Record<AnnotationKind, number>;
}

/** Where the speakers list stopped: the last speaker of the page before. */
export interface SpeakerPosition {
  slug: string;
  id: string;
}

/**
 * Speakers with at least one annotation in a live revision, each as the latest of those froze
 * them, with their published annotations counted per kind; by slug, `limit` after `after`.
 */
export async function listQuotedSpeakers(
  db: Db,
  params: { limit: number; after?: SpeakerPosition },
): Promise<QuotedSpeakerRow[]> {
  const { after } = params;
  const rows = await queryRows<
    Omit<QuotedSpeakerRow, "counts"> & {
      official_claims: number;
      allegations: number;
      verified_facts: number;
    }
  >(
    db,
    sql`
      WITH ${publicSpeakers}
      SELECT s.id, s.slug, s.name, s.type, s.description,
        c.official_claims, c.allegations, c.verified_facts
      FROM published_speakers AS s
      JOIN claims AS c ON c.speaker_id = s.id
      WHERE ${after ? sql`(s.slug, s.id) > (${after.slug}::text, ${after.id}::text)` : sql`true`}
      ORDER BY s.slug, s.id
      LIMIT ${params.limit}`,
  );
  return rows.map(({ official_claims, allegations, verified_facts, ...speaker }) => ({
    ...speaker,
    counts: {
      official_claim: Number(official_claims),
      allegation: Number(allegations),
      verified_fact: Number(verified_facts),
    },
  }));
}
