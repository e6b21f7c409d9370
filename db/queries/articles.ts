import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { annotationDocumentOrder } from "./annotations";
import { annotationSources, annotations, articleRevisions, articles, sources } from "../schema";
import type { AnnotationKind, ArticleStatus, SourceRelation } from "../enums";
import type {
  CheckedArticle,
  NewsroomIdentity,
  RevisionAnnotation,
  RevisionSource,
  RevisionSpeaker,
  RevisionVerdictScale,
} from "../revision-snapshot";

export interface PublishedArticle {
  articleId: string;
  revisionNumber: number;
  slug: string;
  title: string;
  doc: unknown;
  annotations: RevisionAnnotation[];
  speakers: RevisionSpeaker[];
  sources: RevisionSource[];
  verdictScale: RevisionVerdictScale;
  checkedArticle: CheckedArticle | null;
  newsroom: NewsroomIdentity | null;
  publishedAt: Date;
}

const revisionColumns = {
  articleId: articleRevisions.articleId,
  revisionNumber: articleRevisions.number,
  slug: articleRevisions.slug,
  title: articleRevisions.title,
  doc: articleRevisions.doc,
  annotations: articleRevisions.annotations,
  speakers: articleRevisions.speakers,
  sources: articleRevisions.sources,
  verdictScale: articleRevisions.verdictScale,
  checkedArticle: articleRevisions.checkedArticle,
  newsroom: articleRevisions.newsroom,
  publishedAt: articleRevisions.publishedAt,
};

/** Which revision readers of this address see now: one indexed lookup, done on every request. */
export async function getPublishedRevisionId(db: Db, slug: string): Promise<string | null> {
  const [row] = await db
    .select({ id: articles.publishedRevisionId })
    .from(articles)
    .where(and(eq(articles.slug, slug), eq(articles.status, "published")))
    .limit(1);
  return row?.id ?? null;
}

/** A revision by id. Revisions never change, so this read may be cached for good. */
export async function getRevision(db: Db, revisionId: string): Promise<PublishedArticle | null> {
  const [row] = await db
    .select({ ...revisionColumns, slug: articles.slug })
    .from(articleRevisions)
    .innerJoin(articles, eq(articles.id, articleRevisions.articleId))
    .where(eq(articleRevisions.id, revisionId))
    .limit(1);
  return row ?? null;
}

export interface EditorArticle {
  id: string;
  slug: string;
  title: string;
  status: ArticleStatus;
  doc: unknown;
  version: number;
  updatedAt: Date;
  /** Published, and changed since: readers still see the revision from before the change. */
  unpublishedChanges: boolean;
  /** The "Checked article" fields: the piece this fact-check is about. */
  checked: CheckedArticle;
}

/**
 * True for a published article changed since its live revision was published: a text save,
 * a detail edit or a source link after it (each records the article's last change).
 * Publishing writes the last change and the revision's publication time in one transaction,
 * where now() is one instant, so a publish itself is no change.
 */
export const unpublishedChanges = sql<boolean>`(${articles.status} = 'published' AND ${articles.updatedAt} > coalesce(
  (SELECT r.published_at FROM article_revisions AS r WHERE r.id = ${articles.publishedRevisionId}),
  '-infinity'
))`;

/**
 * The working draft as the editor loads it; null when there is no such article. `id` must be a
 * uuid: lib/articles/editor-article checks it first, so a mistyped address is "not found".
 */
export async function getArticleForEditor(db: Db, id: string): Promise<EditorArticle | null> {
  const [row] = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      status: articles.status,
      doc: articles.doc,
      version: articles.version,
      updatedAt: articles.updatedAt,
      unpublishedChanges,
      checked: {
        outlet: articles.checkedOutlet,
        author: articles.checkedAuthor,
        url: articles.checkedUrl,
        date: articles.checkedDate,
      },
    })
    .from(articles)
    .where(eq(articles.id, id))
    .limit(1);
  return row ?? null;
}

/** What the publish check needs of one annotation (lib/articles/publish-check runs it). */
export interface AnnotationCheckRow {
  id: string;
  kind: AnnotationKind;
  quote: string;
  detached: boolean;
  speakerId: string | null;
  /** "No named source": a claim or allegation deliberately left without a speaker. */
  unattributed: boolean;
  /** Claims and allegations: a verdict needs a conclusion and a linked source. */
  verdictId: string | null;
  conclusion: string;
  sources: { url: string; title: string; relation: SourceRelation }[];
}

/**
 * What the publish check needs of the annotations of each given article, attached ones in
 * document order and then detached ones, as the editor lists them. Two queries, run one
 * after the other so this also works inside a transaction (one connection).
 */
export async function loadCheckAnnotations(
  db: Db,
  articleIds: string[],
): Promise<Map<string, AnnotationCheckRow[]>> {
  const byArticle = new Map<string, AnnotationCheckRow[]>(articleIds.map((id) => [id, []]));
  if (articleIds.length === 0) return byArticle;
  const rows = await db
    .select({
      id: annotations.id,
      articleId: annotations.articleId,
      kind: annotations.kind,
      quote: annotations.quote,
      detached: sql<boolean>`${annotations.detachedAt} IS NOT NULL`,
      speakerId: annotations.speakerId,
      unattributed: annotations.unattributed,
      verdictId: annotations.verdictId,
      conclusion: annotations.conclusion,
    })
    .from(annotations)
    .where(inArray(annotations.articleId, articleIds))
    .orderBy(...annotationDocumentOrder);
  const links = await db
    .select({
      annotationId: annotationSources.annotationId,
      url: sources.url,
      title: sources.title,
      relation: annotationSources.relation,
    })
    .from(annotationSources)
    .innerJoin(sources, eq(sources.id, annotationSources.sourceId))
    .innerJoin(annotations, eq(annotations.id, annotationSources.annotationId))
    .where(inArray(annotations.articleId, articleIds))
    .orderBy(asc(annotationSources.createdAt), asc(sources.title));

  const byAnnotation = new Map<string, AnnotationCheckRow>();
  for (const { articleId, ...row } of rows) {
    const annotation: AnnotationCheckRow = { ...row, sources: [] };
    byAnnotation.set(row.id, annotation);
    byArticle.get(articleId)?.push(annotation);
  }
  for (const { annotationId, ...source } of links) {
    byAnnotation.get(annotationId)?.sources.push(source);
  }
  return byArticle;
}

/** Whether an article with this id exists (without loading its document). */
export async function articleExists(db: Db, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(eq(articles.id, id))
    .limit(1);
  return row !== undefined;
}
