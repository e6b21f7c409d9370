import { type SQL, sql } from "drizzle-orm";
import { type Db, queryRows } from "../client";
import type { AnnotationKind, SpeakerType } from "../enums";
import { escapeLike, foldForSearch } from "./speakers";

// Readers see published revisions only: every query here starts from
// articles.published_revision_id (with status 'published') and reads what the revision froze
// in its `annotations` and `speakers` jsonb, never the live annotations or speakers tables,
// which hold unpublished edits.

/** The largest page a caller may ask for, so a crafted ?perPage cannot load everything. */
const MAX_PER_PAGE = 100;

/** A usable page number: whole, at least 1; anything else (NaN, "abc", -3) is page 1. */
function pageNumber(page: number | undefined): number {
  return Number.isSafeInteger(page) && page! >= 1 ? page! : 1;
}

function pageSize(perPage: number, fallback: number): number {
  return Number.isSafeInteger(perPage) && perPage >= 1 ? Math.min(perPage, MAX_PER_PAGE) : fallback;
}

/** Each published annotation with a speaker: one row per element of a current revision's array. */
const publishedAnnotations = sql`
  articles AS a
  JOIN article_revisions AS r ON r.id = a.published_revision_id
  CROSS JOIN LATERAL jsonb_array_elements(r.annotations) WITH ORDINALITY AS e(elem, position)`;
/** Each speaker a current revision froze: one row per element of its `speakers` array. */
const publishedSpeakerRows = sql`
  articles AS a
  JOIN article_revisions AS r ON r.id = a.published_revision_id
  CROSS JOIN LATERAL jsonb_array_elements(r.speakers) AS sp(elem)`;
const isPublished = sql`a.status = 'published'`;

/** A speaker's public face: name, type and description as a published revision froze them. */
export interface PublicSpeaker {
  slug: string;
  name: string;
  type: SpeakerType;
  description: string;
}

const speakerFields = sql`sp.elem->>'slug' AS slug, sp.elem->>'name' AS name,
  sp.elem->>'type' AS type, coalesce(sp.elem->>'description', '') AS description`;

/** The speaker a frozen speaker id now stands for: the survivor of its merges, or itself. */
const mergedInto = (frozenId: SQL) => sql`LEFT JOIN speaker_merges AS m
  ON m.from_id = (${frozenId})::uuid`;

/**
 * Speakers quoted in current revisions, each as their most recently published one froze
 * them (a speaker edited since is shown as published until the next publish), with how many
 * published annotations are attributed to them. A speaker is in a revision's `speakers` only
 * when one of its annotations names them. Merged speakers count as the speaker they were
 * merged into (speaker_merges), which is listed once: as a revision froze it, or, when only
 * speakers merged into it were ever published, as it is now.
 */
export const publicSpeakers = sql`
  published_speakers AS (
    SELECT DISTINCT ON (g.id) g.id, g.slug, g.name, g.type, g.description, g.aliases
    FROM (
      SELECT coalesce(m.into_id::text, sp.elem->>'id') AS id,
        m.from_id IS NOT NULL AS merged,
        CASE WHEN m.from_id IS NULL THEN sp.elem->>'slug' ELSE live.slug END AS slug,
        CASE WHEN m.from_id IS NULL THEN sp.elem->>'name' ELSE live.name END AS name,
        CASE WHEN m.from_id IS NULL THEN sp.elem->>'type' ELSE live.type::text END AS type,
        CASE WHEN m.from_id IS NULL THEN coalesce(sp.elem->>'description', '')
          ELSE live.description END AS description,
        CASE WHEN m.from_id IS NULL THEN coalesce(sp.elem->'aliases', '[]'::jsonb)
          ELSE to_jsonb(live.aliases) END AS aliases,
        r.published_at, r.id AS revision_id
      FROM ${publishedSpeakerRows}
      ${mergedInto(sql`sp.elem->>'id'`)}
      LEFT JOIN speakers AS live ON live.id = m.into_id
      WHERE ${isPublished}
    ) AS g
    ORDER BY g.id, g.merged, g.published_at DESC, g.revision_id
  ),
  claims AS (
    SELECT coalesce(m.into_id::text, e.elem->>'speakerId') AS speaker_id,
      count(*)::int AS claim_count,
      count(*) FILTER (WHERE e.elem->>'kind' = 'official_claim')::int AS official_claims,
      count(*) FILTER (WHERE e.elem->>'kind' = 'allegation')::int AS allegations,
      count(*) FILTER (WHERE e.elem->>'kind' = 'verified_fact')::int AS verified_facts
    FROM ${publishedAnnotations}
    ${mergedInto(sql`e.elem->>'speakerId'`)}
    WHERE ${isPublished} AND e.elem->>'speakerId' IS NOT NULL
    GROUP BY 1
  )`;

export interface PublicSpeakerSummary extends PublicSpeaker {
  /** Annotations attributed to the speaker in currently published revisions, per kind. */
  counts: Record<AnnotationKind, number>;
}

/**
 * Speakers with at least one annotation in a currently published revision, most quoted first
 * (then by name), optionally only those whose published name or an alias contains `query`
 * (ignoring case and accents, as the studio's speaker search does). Pages count from 1.
 */
export async function listPublicSpeakers(
  db: Db,
  params: { query?: string; page?: number; perPage?: number },
): Promise<{ speakers: PublicSpeakerSummary[]; total: number }> {
  const perPage = pageSize(params.perPage ?? 30, 30);
  const offset = (pageNumber(params.page) - 1) * perPage;
  const text = (params.query ?? "").trim();
  const needle = foldForSearch(sql`${escapeLike(text)}::text`);
  const contains = (column: SQL) => sql`${foldForSearch(column)} LIKE '%' || ${needle} || '%'`;
  const matches =
    text === ""
      ? sql`true`
      : sql`(${contains(sql`s.name`)} OR EXISTS (
          SELECT 1 FROM jsonb_array_elements_text(s.aliases) AS alias WHERE ${contains(sql`alias`)}
        ) OR EXISTS (
          SELECT 1 FROM speaker_merges AS merged
          WHERE merged.into_id = s.id::uuid AND ${contains(sql`merged.from_name`)}
        ))`;

  const rows = await queryRows<
    PublicSpeaker & {
      official_claims: number;
      allegations: number;
      verified_facts: number;
      total: number;
    }
  >(
    db,
    sql`
      WITH ${publicSpeakers}
      SELECT s.slug, s.name, s.type, s.description,
        c.official_claims, c.allegations, c.verified_facts,
        (count(*) OVER ())::int AS total
      FROM published_speakers AS s
      JOIN claims AS c ON c.speaker_id = s.id
      WHERE ${matches}
      ORDER BY c.claim_count DESC, ${foldForSearch(sql`s.name`)}, s.name, s.id
      LIMIT ${perPage} OFFSET ${offset}`,
  );
  const total = rows[0]?.total ?? (offset > 0 ? await countPublicSpeakers(db, matches) : 0);
  return {
    speakers: rows.map(
      ({ official_claims, allegations, verified_facts, total: _, ...speaker }) => ({
        ...speaker,
        counts: {
          official_claim: Number(official_claims),
          allegation: Number(allegations),
          verified_fact: Number(verified_facts),
        },
      }),
    ),
    total: Number(total),
  };
}

/** How many speakers match, for a page past the end (which has no row to carry the total). */
async function countPublicSpeakers(db: Db, matches: SQL): Promise<number> {
  const [row] = await queryRows<{ total: number }>(
    db,
    sql`
      WITH ${publicSpeakers}
      SELECT count(*)::int AS total
      FROM published_speakers AS s
      JOIN claims AS c ON c.speaker_id = s.id
      WHERE ${matches}`,
  );
  return Number(row?.total ?? 0);
}

export interface PublicSpeakerAnnotation {
  annotationId: string;
  kind: AnnotationKind;
  quote: string;
  cue: string;
  articleSlug: string;
  articleTitle: string;
  publishedAt: Date;
}

export interface PublicSpeakerPage {
  speaker: PublicSpeaker;
  /** All of the speaker's published annotations, not just this page's. */
  total: number;
  annotations: PublicSpeakerAnnotation[];
}

/**
 * Where a merged speaker's old address leads: the slug of the live speaker it was merged
 * into (speaker_merges keeps chains pointing at a live one). Null for any other slug.
 */
export async function findMergedSpeakerSlug(db: Db, slug: string): Promise<string | null> {
  const [row] = await queryRows<{ slug: string }>(
    db,
    sql`SELECT s.slug FROM speaker_merges AS m JOIN speakers AS s ON s.id = m.into_id
      WHERE m.from_slug = ${slug}::text`,
  );
  return row?.slug ?? null;
}

/** The speaker a page shows: as a current revision froze it, or as it is now (see below). */
async function findPageSpeaker(
  db: Db,
  slug: string,
): Promise<(PublicSpeaker & { id: string }) | null> {
  // The containment test narrows the revisions before their arrays are expanded (and can use
  // a GIN index on article_revisions.speakers if one is added).
  const [frozen] = await queryRows<PublicSpeaker & { id: string }>(
    db,
    sql`
      SELECT sp.elem->>'id' AS id, ${speakerFields}
      FROM ${publishedSpeakerRows}
      WHERE ${isPublished}
        AND r.speakers @> jsonb_build_array(jsonb_build_object('slug', ${slug}::text))
        AND sp.elem->>'slug' = ${slug}::text
        -- A merged speaker's address redirects; its claims are listed under the survivor.
        AND NOT EXISTS (SELECT 1 FROM speaker_merges AS m WHERE m.from_slug = ${slug}::text)
      ORDER BY r.published_at DESC, r.id
      LIMIT 1`,
  );
  if (frozen) return frozen;
  // A speaker no revision froze yet, into which published speakers were merged: an editor's
  // merge made its page, which shows it as it is now.
  const [live] = await queryRows<PublicSpeaker & { id: string }>(
    db,
    sql`SELECT s.id::text AS id, s.slug, s.name, s.type::text AS type, s.description
      FROM speakers AS s
      WHERE s.slug = ${slug}::text
        AND EXISTS (SELECT 1 FROM speaker_merges AS m WHERE m.into_id = s.id)`,
  );
  return live ?? null;
}

/**
 * A speaker's public page: the speaker as their most recently published current revision
 * froze them, and every annotation attributed to them, or to a speaker merged into them, in
 * currently published revisions, as each revision froze it, newest publication first and in
 * document order within an article. Null when no current revision names a speaker with this
 * slug: drafts, unpublished edits and speakers only drafts mention stay out of sight.
 */
export async function getPublicSpeaker(
  db: Db,
  slug: string,
  params: { page?: number; perPage?: number } = {},
): Promise<PublicSpeakerPage | null> {
  const speaker = await findPageSpeaker(db, slug);
  if (!speaker) return null;
  const merged = await queryRows<{ id: string }>(
    db,
    sql`SELECT from_id::text AS id FROM speaker_merges WHERE into_id = ${speaker.id}::uuid`,
  );
  const ids = [speaker.id, ...merged.map((row) => row.id)];

  const perPage = pageSize(params.perPage ?? 20, 20);
  const offset = (pageNumber(params.page) - 1) * perPage;
  // The containment test narrows the revisions before their arrays are expanded (and can use
  // a GIN index on article_revisions.annotations if one is added).
  const containsOne = ids.map(
    (id) => sql`r.annotations @> jsonb_build_array(jsonb_build_object('speakerId', ${id}::text))`,
  );
  const bySpeaker = sql`${isPublished}
    AND (${sql.join(containsOne, sql` OR `)})
    AND e.elem->>'speakerId' IN (${sql.join(
      ids.map((id) => sql`${id}::text`),
      sql`, `,
    )})`;
  const rows = await queryRows<{
    annotation_id: string;
    kind: AnnotationKind;
    quote: string;
    cue: string;
    article_slug: string;
    article_title: string;
    published_ms: number;
    total: number;
  }>(
    db,
    sql`
      SELECT e.elem->>'id' AS annotation_id,
        e.elem->>'kind' AS kind,
        coalesce(e.elem->>'quote', '') AS quote,
        coalesce(e.elem->>'cue', '') AS cue,
        a.slug AS article_slug,
        r.title AS article_title,
        -- Milliseconds since the epoch: both drivers return a float8 as a number.
        floor(extract(epoch FROM r.published_at) * 1000)::float8 AS published_ms,
        (count(*) OVER ())::int AS total
      FROM ${publishedAnnotations}
      WHERE ${bySpeaker}
      ORDER BY r.published_at DESC, a.id, e.position
      LIMIT ${perPage} OFFSET ${offset}`,
  );
  let total = Number(rows[0]?.total ?? 0);
  if (rows.length === 0 && offset > 0) {
    const [row] = await queryRows<{ total: number }>(
      db,
      sql`SELECT count(*)::int AS total FROM ${publishedAnnotations} WHERE ${bySpeaker}`,
    );
    total = Number(row?.total ?? 0);
  }

  const { id: _, ...summary } = speaker;
  return {
    speaker: summary,
    total,
    annotations: rows.map((row) => ({
      annotationId: row.annotation_id,
      kind: row.kind,
      quote: row.quote,
      cue: row.cue,
      articleSlug: row.article_slug,
      articleTitle: row.article_title,
      publishedAt: new Date(Number(row.published_ms)),
    })),
  };
}
