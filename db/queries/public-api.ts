import { type SQL, sql } from "drizzle-orm";
import { type Db, queryRows } from "../client";
import type { AnnotationKind, SpeakerType } from "../enums";
import type {
  CheckedArticle,
  LinkedSource,
  NewsroomIdentity,
  RevisionAnnotation,
  RevisionSpeaker,
  RevisionVerdict,
  RevisionVerdictScale,
} from "../revision-snapshot";
import { escapeLike, foldForSearch } from "./speakers";
import { publicSpeakers } from "./speakers-public";

// The public API's reads. Like the reader pages they see published revisions only: every row
// starts from an article whose status is 'published' and the revision its
// published_revision_id names, and reads what that revision froze (its annotations, speakers,
// sources and verdicts jsonb), never the live annotations table, drafts or users.
//
// Lists are pages in a fixed order with a keyset ("after this row"), never an offset, so a
// publish between two pages neither repeats nor skips a row already passed. Publication times
// are compared in microseconds (as text: exact, where a JavaScript Date keeps milliseconds).

/** One row per live revision, with its article's id and address. */
const liveRevisions = sql`
  SELECT a.id AS article_id, a.slug, r.id AS revision_id, r.title, r.number AS revision_number,
    (extract(epoch FROM r.published_at) * 1000000)::bigint AS published_us,
    r.annotations, r.speakers, r.sources, r.verdict_scale, r.checked_article, r.newsroom
  FROM articles AS a
  JOIN article_revisions AS r ON r.id = a.published_revision_id
  WHERE a.status = 'published'`;

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

const articleColumns = sql`l.article_id, l.slug, l.title, l.revision_number,
  l.published_us::text AS published_us,
  (SELECT count(*) FILTER (WHERE e->>'kind' = 'official_claim')::int
    FROM jsonb_array_elements(l.annotations) AS e) AS official_claims,
  (SELECT count(*) FILTER (WHERE e->>'kind' = 'allegation')::int
    FROM jsonb_array_elements(l.annotations) AS e) AS allegations,
  (SELECT count(*) FILTER (WHERE e->>'kind' = 'verified_fact')::int
    FROM jsonb_array_elements(l.annotations) AS e) AS verified_facts,
  (SELECT coalesce(jsonb_agg(jsonb_build_object(
      'slug', v.elem->>'slug', 'label', v.elem->>'label', 'rating', v.elem->'rating',
      'count', (SELECT count(*) FROM jsonb_array_elements(l.annotations) AS e
        WHERE e->>'verdictId' = v.elem->>'id'))
    ORDER BY v.n), '[]'::jsonb)
    FROM jsonb_array_elements(coalesce(l.verdict_scale->'verdicts', '[]'::jsonb))
      WITH ORDINALITY AS v(elem, n)) AS verdict_counts,
  l.checked_article`;

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
  const rows = await queryRows<ArticleRecord>(
    db,
    sql`
      WITH l AS (${liveRevisions})
      SELECT ${articleColumns}
      FROM l
      WHERE ${after ? sql`(l.published_us, l.article_id) < (${after.publishedMicros}::bigint, ${after.articleId}::uuid)` : sql`true`}
      ORDER BY l.published_us DESC, l.article_id DESC
      LIMIT ${params.limit}`,
  );
  return rows.map(articleRow);
}

/** The live revision `revisionId` as the API shows it, or null when it is not live any more. */
export async function getLiveArticle(
  db: Db,
  revisionId: string,
): Promise<{ article: LiveArticleDetail; annotations: PublishedAnnotationRow[] } | null> {
  const [row] = await queryRows<
    ArticleRecord & { newsroom: NewsroomIdentity | null; verdict_scale: RevisionVerdictScale }
  >(
    db,
    sql`
      WITH l AS (${liveRevisions} AND r.id = ${revisionId}::uuid)
      SELECT ${articleColumns}, l.newsroom, l.verdict_scale
      FROM l`,
  );
  if (!row) return null;
  const annotations = await listPublishedAnnotations(db, {
    where: sql`true`,
    revisionId,
    limit: null,
  });
  return {
    article: { ...articleRow(row), newsroom: row.newsroom ?? null, verdictScale: row.verdict_scale },
    annotations,
  };
}

/** One annotation of a live revision with what it refers to, resolved in that revision. */
export interface PublishedAnnotationRow {
  articleId: string;
  articleSlug: string;
  articleTitle: string;
  publishedMicros: string;
  /** Its place in the article, in document order: the reader page's note number. */
  number: number;
  annotation: RevisionAnnotation;
  speaker: RevisionSpeaker | null;
  verdict: RevisionVerdict | null;
  sources: LinkedSource[];
}

type AnnotationRecord = {
  article_id: string;
  slug: string;
  title: string;
  published_us: string;
  number: number;
  annotation: RevisionAnnotation;
  speaker: RevisionSpeaker | null;
  verdict: RevisionVerdict | null;
  sources: LinkedSource[];
};

/**
 * Published annotations matching `where` (over the columns of `annotated` below), newest
 * publication first, then by article and in document order. Numbers follow the reader page:
 * by start, the longer of two spans starting together first, then as the revision stored them.
 */
async function listPublishedAnnotations(
  db: Db,
  params: { where: SQL; limit: number | null; revisionId?: string },
): Promise<PublishedAnnotationRow[]> {
  const onlyRevision = params.revisionId ? sql` AND r.id = ${params.revisionId}::uuid` : sql``;
  const rows = await queryRows<AnnotationRecord>(
    db,
    sql`
      WITH l AS (${liveRevisions}${onlyRevision}),
      annotated AS (
        SELECT l.article_id, l.slug, l.title, l.published_us, l.sources AS revision_sources,
          e.elem AS annotation,
          row_number() OVER (PARTITION BY l.article_id
            ORDER BY (e.elem->>'start')::int, (e.elem->>'end')::int DESC, e.position)::int AS number,
          (SELECT sp FROM jsonb_array_elements(l.speakers) AS sp
            WHERE sp->>'id' = e.elem->>'speakerId' LIMIT 1) AS speaker,
          (SELECT v FROM jsonb_array_elements(coalesce(l.verdict_scale->'verdicts', '[]'::jsonb)) AS v
            WHERE v->>'id' = e.elem->>'verdictId' LIMIT 1) AS verdict
        FROM l
        CROSS JOIN LATERAL jsonb_array_elements(l.annotations) WITH ORDINALITY AS e(elem, position)
      )
      SELECT article_id, slug, title, published_us::text AS published_us, number, annotation,
        speaker, verdict,
        (SELECT coalesce(jsonb_agg(src || jsonb_build_object(
            'relation', link->'relation', 'excerpt', coalesce(link->'excerpt', '""'::jsonb))
            ORDER BY n), '[]'::jsonb)
          FROM jsonb_array_elements(annotation->'sources') WITH ORDINALITY AS s(link, n)
          JOIN jsonb_array_elements(revision_sources) AS src ON src->>'id' = link->>'sourceId'
        ) AS sources
      FROM annotated
      WHERE ${params.where}
      ORDER BY published_us DESC, article_id DESC, number
      ${params.limit === null ? sql`` : sql`LIMIT ${params.limit}`}`,
  );
  return rows.map((row) => ({
    articleId: row.article_id,
    articleSlug: row.slug,
    articleTitle: row.title,
    publishedMicros: row.published_us,
    number: Number(row.number),
    annotation: row.annotation,
    speaker: row.speaker ?? null,
    verdict: row.verdict ?? null,
    sources: row.sources,
  }));
}

export interface ClaimFilters {
  kinds: readonly AnnotationKind[];
  /** A speaker's slug (slugs never change once a speaker exists). */
  speaker?: string;
  /** A verdict's slug as the revision published it. */
  verdict?: string;
  /** Text in the quote, cue, note, conclusion or speaker's name, ignoring case and accents. */
  text?: string;
}

/** Where the claims list stopped: the last claim of the page before. */
export interface ClaimPosition extends PublishedPosition {
  number: number;
}

/** Published annotations across live revisions that match `filters`, `limit` after `after`. */
export async function listPublishedClaims(
  db: Db,
  params: ClaimFilters & { limit: number; after?: ClaimPosition },
): Promise<PublishedAnnotationRow[]> {
  const conditions: SQL[] = [
    sql`annotation->>'kind' IN (${sql.join(
      params.kinds.map((kind) => sql`${kind}`),
      sql`, `,
    )})`,
  ];
  if (params.speaker) conditions.push(sql`speaker->>'slug' = ${params.speaker}::text`);
  if (params.verdict) conditions.push(sql`verdict->>'slug' = ${params.verdict}::text`);
  const text = params.text?.trim();
  if (text) {
    const needle = foldForSearch(sql`${escapeLike(text)}::text`);
    const fields = [
      sql`annotation->>'quote'`,
      sql`annotation->>'cue'`,
      sql`annotation->>'note'`,
      sql`annotation->>'conclusion'`,
      sql`speaker->>'name'`,
    ].map((field) => sql`${foldForSearch(sql`coalesce(${field}, '')`)} LIKE '%' || ${needle} || '%'`);
    conditions.push(sql`(${sql.join(fields, sql` OR `)})`);
  }
  const { after } = params;
  if (after) {
    conditions.push(sql`(published_us < ${after.publishedMicros}::bigint
      OR (published_us = ${after.publishedMicros}::bigint AND (article_id < ${after.articleId}::uuid
        OR (article_id = ${after.articleId}::uuid AND number > ${after.number}))))`);
  }
  return listPublishedAnnotations(db, {
    where: sql.join(conditions, sql` AND `),
    limit: params.limit,
  });
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
