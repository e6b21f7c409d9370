import { type SQL, sql } from "drizzle-orm";
import { type Db, queryRows } from "../client";
import type { AnnotationKind } from "../enums";
import type {
  LinkedSource,
  RevisionAnnotation,
  RevisionSpeaker,
  RevisionVerdict,
} from "../revision-snapshot";
import { liveRevisions, onlyRevision, type PublishedPosition } from "./public-api";
import { escapeLike, foldForSearch } from "./speakers";

// The public API's annotations, as live revisions froze them (see public-api.ts for what
// "live" means and how lists page): one article's, and claims across articles.

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
  // What annotations refer to is looked up by id in objects built once per revision, so a
  // long article costs its annotations plus its speakers and sources, not their product. The
  // lookups are done before the rows are numbered (a sort), so the sort never carries the
  // lookup objects along with each row; MATERIALIZED keeps the planner from deferring them.
  const byId = (elements: SQL) =>
    sql`(SELECT jsonb_object_agg(x->>'id', x) FROM jsonb_array_elements(${elements}) AS x)`;
  const rows = await queryRows<AnnotationRecord>(
    db,
    sql`
      WITH l AS (${liveRevisions(params.revisionId ? onlyRevision(params.revisionId) : undefined)}),
      indexed AS MATERIALIZED (
        SELECT l.article_id, l.slug, l.title, l.published_us, l.annotations,
          ${byId(sql`l.speakers`)} AS speaker_by_id,
          ${byId(sql`coalesce(l.verdict_scale->'verdicts', '[]'::jsonb)`)} AS verdict_by_id,
          ${byId(sql`l.sources`)} AS source_by_id
        FROM l
      ),
      resolved AS MATERIALIZED (
        SELECT i.article_id, i.slug, i.title, i.published_us, e.position, e.elem AS annotation,
          i.speaker_by_id -> (e.elem->>'speakerId') AS speaker,
          i.verdict_by_id -> (e.elem->>'verdictId') AS verdict,
          (SELECT coalesce(jsonb_agg((i.source_by_id -> (link->>'sourceId')) || jsonb_build_object(
              'relation', link->'relation', 'excerpt', coalesce(link->'excerpt', '""'::jsonb))
              ORDER BY n), '[]'::jsonb)
            FROM jsonb_array_elements(e.elem->'sources') WITH ORDINALITY AS s(link, n)
            WHERE i.source_by_id -> (link->>'sourceId') IS NOT NULL
          ) AS sources
        FROM indexed AS i
        CROSS JOIN LATERAL jsonb_array_elements(i.annotations) WITH ORDINALITY AS e(elem, position)
      ),
      annotated AS (
        SELECT resolved.*, row_number() OVER (PARTITION BY article_id ORDER BY
          (annotation->>'start')::int, (annotation->>'end')::int DESC, position)::int AS number
        FROM resolved
      )
      SELECT article_id, slug, title, published_us::text AS published_us, number, annotation,
        speaker, verdict, sources
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

/**
 * `text` as foldForSearch folds it, without its cost where it is plain ASCII (most text): there
 * lower() gives the same, while translate() over the accent table costs microseconds a
 * character, a second per search across a few thousand annotations.
 */
function folded(text: SQL): SQL {
  return sql`(CASE WHEN ${text} ~ '[^\x01-\x7f]' THEN ${foldForSearch(text)} ELSE lower(${text}) END)`;
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
  if (params.speaker) {
    // The speaker as published, or any speaker merged into the live speaker with this slug.
    conditions.push(sql`(speaker->>'slug' = ${params.speaker}::text
      OR (speaker->>'id')::uuid IN (SELECT m.from_id FROM speaker_merges AS m
        JOIN speakers AS s ON s.id = m.into_id WHERE s.slug = ${params.speaker}::text))`);
  }
  if (params.verdict) conditions.push(sql`verdict->>'slug' = ${params.verdict}::text`);
  const text = params.text?.replace(/\p{Cc}/gu, "").trim();
  if (text) {
    // One text per annotation, its fields joined by a control character, which no search
    // holds, so a match never spans two fields.
    const fields = sql`concat_ws(chr(31), annotation->>'quote', annotation->>'cue',
      annotation->>'note', annotation->>'conclusion', speaker->>'name')`;
    const needle = foldForSearch(sql`${escapeLike(text)}::text`);
    conditions.push(sql`${folded(fields)} LIKE '%' || ${needle} || '%'`);
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

/** Every annotation of the live revision `revisionId`, in document order. */
export function listRevisionAnnotations(
  db: Db,
  revisionId: string,
): Promise<PublishedAnnotationRow[]> {
  return listPublishedAnnotations(db, { where: sql`true`, revisionId, limit: null });
}
