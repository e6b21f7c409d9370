import { and, eq, inArray, isNull, max, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { replacePublishedAnnotations } from "@/db/queries/published-annotations";
import { sourceRecordColumns } from "@/db/queries/sources";
import { getNewsroom, listVerdicts } from "@/db/queries/verdicts";
import {
  annotationSources,
  annotations,
  articleRevisions,
  articles,
  sources,
  speakers,
  users,
} from "@/db/schema";
import { recordArticleEvent } from "@/lib/audit";
import { nextFreeSlug, slugBase } from "@/lib/slugs";
import type {
  CheckedArticle,
  RevisionAnnotation,
  RevisionSource,
  RevisionSpeaker,
  RevisionVerdictScale,
} from "@/db/revision-snapshot";
import { scaleEnds } from "@/lib/verdicts/scale";

/** Drafts get a placeholder address until they are first published. */
export const DRAFT_SLUG_PREFIX = "draft-";

/**
 * Freezes the article as it is now into a new immutable revision and points readers at it.
 * Runs in its own transaction (a savepoint when the caller already holds one).
 */
export async function publishRevision(
  db: Db,
  params: { articleId: string; userId: string },
): Promise<{ revisionId: string; number: number }> {
  return db.transaction(async (tx) => {
    const [article] = await tx
      .select()
      .from(articles)
      .where(eq(articles.id, params.articleId))
      .for("update");
    if (!article) throw new Error(`Article ${params.articleId} does not exist`);

    const rows = await tx
      .select({ annotation: annotations, creatorName: users.name })
      .from(annotations)
      .innerJoin(users, eq(users.id, annotations.createdBy))
      .where(and(eq(annotations.articleId, article.id), isNull(annotations.detachedAt)))
      .orderBy(annotations.start, annotations.end)
      .then((found) =>
        found.map(({ annotation, creatorName }) => ({ ...annotation, creatorName })),
      );
    const links = rows.length
      ? await tx
          .select()
          .from(annotationSources)
          .where(
            inArray(
              annotationSources.annotationId,
              rows.map((row) => row.id),
            ),
          )
      : [];

    // Verified facts are established, not rated: a verdict left from an earlier kind is dropped.
    const verdictIdOf = (row: (typeof rows)[number]) =>
      row.kind === "verified_fact" ? null : row.verdictId;
    const snapshotAnnotations: RevisionAnnotation[] = rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      quote: row.quote,
      prefix: row.prefix,
      suffix: row.suffix,
      start: row.start,
      end: row.end,
      speakerId: row.speakerId,
      unattributed: row.unattributed,
      cue: row.cue,
      note: row.note,
      verdictId: verdictIdOf(row),
      conclusion: verdictIdOf(row) ? row.conclusion : "",
      createdAt: row.createdAt.toISOString(),
      modifiedAt: row.updatedAt.toISOString(),
      creatorName: row.creatorName?.trim() || null,
      sources: links
        .filter((link) => link.annotationId === row.id)
        .map(({ sourceId, relation, excerpt }) => ({ sourceId, relation, excerpt })),
    }));

    const speakerIds = [...new Set(rows.flatMap((row) => (row.speakerId ? [row.speakerId] : [])))];
    const sourceIds = [...new Set(links.map((link) => link.sourceId))];
    const snapshotSpeakers: RevisionSpeaker[] = speakerIds.length
      ? await tx
          .select({
            id: speakers.id,
            slug: speakers.slug,
            name: speakers.name,
            type: speakers.type,
            description: speakers.description,
            aliases: speakers.aliases,
          })
          .from(speakers)
          .where(inArray(speakers.id, speakerIds))
      : [];
    const snapshotSources: RevisionSource[] = sourceIds.length
      ? await tx
          .select({ ...sourceRecordColumns, kind: sources.kind })
          .from(sources)
          .where(inArray(sources.id, sourceIds))
      : [];

    const scale = await listVerdicts(tx, { includeRetired: true });
    const usedVerdictIds = new Set(snapshotAnnotations.map((a) => a.verdictId));
    const verdictScale: RevisionVerdictScale = {
      ...scaleEnds(scale.filter((verdict) => !verdict.retiredAt)),
      verdicts: scale
        .filter((verdict) => usedVerdictIds.has(verdict.id))
        .map(({ id, slug, label, definition, rating }) => ({
          id,
          slug,
          label,
          definition,
          rating,
        })),
    };
    const checkedArticle: CheckedArticle | null =
      article.checkedOutlet || article.checkedAuthor || article.checkedUrl || article.checkedDate
        ? {
            outlet: article.checkedOutlet,
            author: article.checkedAuthor,
            url: article.checkedUrl,
            date: article.checkedDate,
          }
        : null;

    const [last] = await tx
      .select({ number: max(articleRevisions.number) })
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, article.id));
    const number = (last?.number ?? 0) + 1;

    // A draft's placeholder address becomes a readable one, from the title, when it is first
    // published; after that the address never changes, so links keep working.
    const slug = article.slug.startsWith(DRAFT_SLUG_PREFIX)
      ? await nextFreeSlug(tx, articles.slug, slugBase(article.title, "article"))
      : article.slug;

    const [revision] = await tx
      .insert(articleRevisions)
      .values({
        articleId: article.id,
        number,
        slug,
        title: article.title,
        doc: article.doc,
        annotations: snapshotAnnotations,
        speakers: snapshotSpeakers,
        sources: snapshotSources,
        verdictScale,
        checkedArticle,
        newsroom: await getNewsroom(tx),
        publishedBy: params.userId,
      })
      .returning({ id: articleRevisions.id });
    if (!revision) throw new Error("Inserting the revision returned no row");

    await tx
      .update(articles)
      .set({
        slug,
        status: "published",
        publishedRevisionId: revision.id,
        updatedBy: params.userId,
        updatedAt: sql`now()`,
      })
      .where(eq(articles.id, article.id));
    await replacePublishedAnnotations(tx, { articleId: article.id, revisionId: revision.id });
    await recordArticleEvent(tx, article.id, {
      actorId: params.userId,
      action: "publish",
      before: { status: article.status, publishedRevisionId: article.publishedRevisionId },
      after: { status: "published", publishedRevisionId: revision.id, revision: number, slug },
    });
    return { revisionId: revision.id, number };
  });
}
