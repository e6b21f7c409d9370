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
