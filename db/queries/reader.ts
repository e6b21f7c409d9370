import { asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import { articleRevisions, articles } from "../schema";
import type { AnnotationKind } from "../enums";

/** Characters of an article's text shown under its title on the home page. */
export const DESCRIPTION_LENGTH = 200;

export interface PublishedArticleCard {
  slug: string;
  title: string;
  publishedAt: Date;
  /** Annotations per kind in the published revision. */
  counts: Record<AnnotationKind, number>;
  /** The start of the published text on one line, cut at a word with "…" when longer. */
  description: string;
}

/**
 * Text nodes, hard breaks and every node with content (paragraphs, headings, list items,
 * quotes), in document order: `.**` visits a node before its children, so a block yields a
 * separator (a space) before its text, and words of adjacent blocks never run together.
 */
const TEXT_PIECES_PATH = `strict $.** ? (@.type == "text" || @.type == "hardBreak" || exists (@.content))`;

/** Enough text, whitespace collapsed, to cut a description from, computed in the database. */
const leadingText = sql<string | null>`(
  SELECT left(
    btrim(regexp_replace(
      string_agg(
        CASE WHEN t.node->>'type' = 'text' THEN t.node->>'text' ELSE ' ' END,
        '' ORDER BY t.n
      ),
      '\\s+', ' ', 'g'
    )),
    ${DESCRIPTION_LENGTH * 2}
  )
  FROM jsonb_path_query(${articleRevisions.doc}, ${TEXT_PIECES_PATH}::jsonpath)
    WITH ORDINALITY AS t(node, n)
)`;

const kindCount = (kind: AnnotationKind) =>
  sql<number>`(
    SELECT count(*)::int FROM jsonb_array_elements(${articleRevisions.annotations}) AS e
    WHERE e->>'kind' = ${kind}
  )`.mapWith(Number);

/** `text` cut to at most `max` characters at a word boundary, with "…" when it was cut. */
export function shortenDescription(text: string, max = DESCRIPTION_LENGTH): string {
  const chars = Array.from(text.replace(/\s+/g, " ").trim());
  if (chars.length <= max) return chars.join("");
  const cut = chars.slice(0, max).join("");
  const space = cut.lastIndexOf(" ");
  // Cut at the last word boundary unless that throws away most of the text (one long word).
  const kept = space >= max * 0.6 ? cut.slice(0, space) : cut;
  return `${kept.replace(/[\s,;:–—-]+$/u, "")}…`;
}

/**
 * The home page's list: every published article, newest publication first, with its
 * annotation counts per kind and the start of its text, all from the published revision and
 * in one query (documents never leave the database).
 */
export async function listPublishedArticleCards(db: Db): Promise<PublishedArticleCard[]> {
  const rows = await db
    .select({
      slug: articles.slug,
      title: articleRevisions.title,
      publishedAt: articleRevisions.publishedAt,
      officialClaims: kindCount("official_claim"),
      allegations: kindCount("allegation"),
      verifiedFacts: kindCount("verified_fact"),
      text: leadingText,
    })
    .from(articles)
    .innerJoin(articleRevisions, eq(articleRevisions.id, articles.publishedRevisionId))
    .where(eq(articles.status, "published"))
    .orderBy(desc(articleRevisions.publishedAt), asc(articles.slug));
  return rows.map(({ officialClaims, allegations, verifiedFacts, text, ...row }) => ({
    ...row,
    counts: {
      official_claim: officialClaims,
      allegation: allegations,
      verified_fact: verifiedFacts,
    },
    description: shortenDescription(text ?? ""),
  }));
}

/**
 * A fingerprint of everything readers can see: which revision is live at which address, and
 * which speakers were merged into which (the speakers' pages follow merges). It changes with
 * every publish, unpublish, archive or speaker merge, and with nothing else, so pages built
 * only from published revisions (home, speakers) can be kept until it changes. One small read.
 */
export async function publishedStateFingerprint(db: Db): Promise<string> {
  const [row] = await db
    .select({
      fingerprint: sql<string>`md5(coalesce(string_agg(
        ${articles.slug} || ':' || ${articles.publishedRevisionId}::text, ','
        ORDER BY ${articles.slug}), '') || (SELECT coalesce(string_agg(
          m.from_id::text || '>' || m.into_id::text, ',' ORDER BY m.from_id), '')
          FROM speaker_merges AS m))`,
    })
    .from(articles)
    .where(eq(articles.status, "published"));
  return row?.fingerprint ?? "";
}
