import { and, desc, eq } from "drizzle-orm";
import type { Db } from "../client";
import { articleRevisions, articles } from "../schema";
import type { RevisionAnnotation, RevisionSource, RevisionSpeaker } from "@/lib/articles/revision";

export interface PublishedArticleSummary {
  slug: string;
  title: string;
  publishedAt: Date;
}

/** Published articles, newest publication first. Readers see revisions only, never drafts. */
export async function listPublishedArticles(db: Db): Promise<PublishedArticleSummary[]> {
  return db
    .select({
      slug: articles.slug,
      title: articleRevisions.title,
      publishedAt: articleRevisions.publishedAt,
    })
    .from(articles)
    .innerJoin(articleRevisions, eq(articleRevisions.id, articles.publishedRevisionId))
    .where(eq(articles.status, "published"))
    .orderBy(desc(articleRevisions.publishedAt));
}

export interface PublishedArticle {
  articleId: string;
  revisionNumber: number;
  slug: string;
  title: string;
  doc: unknown;
  annotations: RevisionAnnotation[];
  speakers: RevisionSpeaker[];
  sources: RevisionSource[];
  publishedAt: Date;
}

export async function getPublishedArticle(db: Db, slug: string): Promise<PublishedArticle | null> {
  const [row] = await db
    .select({
      articleId: articles.id,
      revisionNumber: articleRevisions.number,
      slug: articles.slug,
      title: articleRevisions.title,
      doc: articleRevisions.doc,
      annotations: articleRevisions.annotations,
      speakers: articleRevisions.speakers,
      sources: articleRevisions.sources,
      publishedAt: articleRevisions.publishedAt,
    })
    .from(articles)
    .innerJoin(articleRevisions, eq(articleRevisions.id, articles.publishedRevisionId))
    .where(and(eq(articles.slug, slug), eq(articles.status, "published")))
    .limit(1);
  if (!row) return null;
  return {
    ...row,
    annotations: row.annotations as RevisionAnnotation[],
    speakers: row.speakers as RevisionSpeaker[],
    sources: row.sources as RevisionSource[],
  };
}

export interface StudioArticleSummary {
  id: string;
  title: string;
  status: "draft" | "in_review" | "published" | "archived";
  updatedAt: Date;
}

/** Every article, most recently changed first, for the studio. */
export async function listStudioArticles(db: Db): Promise<StudioArticleSummary[]> {
  return db
    .select({
      id: articles.id,
      title: articles.title,
      status: articles.status,
      updatedAt: articles.updatedAt,
    })
    .from(articles)
    .orderBy(desc(articles.updatedAt));
}

export interface EditorArticle {
  id: string;
  slug: string;
  title: string;
  status: "draft" | "in_review" | "published" | "archived";
  doc: unknown;
  version: number;
  updatedAt: Date;
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The working draft as the editor loads it; null when there is no such article. */
export async function getArticleForEditor(db: Db, id: string): Promise<EditorArticle | null> {
  // A mistyped address is "not found", not a database error about uuid syntax.
  if (!UUID_PATTERN.test(id)) return null;
  const [row] = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      status: articles.status,
      doc: articles.doc,
      version: articles.version,
      updatedAt: articles.updatedAt,
    })
    .from(articles)
    .where(eq(articles.id, id))
    .limit(1);
  return row ?? null;
}
