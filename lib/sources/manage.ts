import { and, asc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/db/client";
import { annotationSources, annotations, sources } from "@/db/schema";
import { sourceUrlAliases } from "@/db/schema-desk";
import type { Actor } from "@/lib/actor";
import { lockArticleOfAnnotation, markArticleChanged } from "@/lib/articles/last-change";
import type { LinkedSource } from "@/db/revision-snapshot";
import { recordAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { normalizeSourceUrl, storedFormsOf } from "./normalize";
import type { AddSourceInput, LinkExistingSourceInput, UnlinkSourceInput } from "./schemas";

type SourceRow = typeof sources.$inferSelect;

const ANNOTATION_GONE = "This annotation no longer exists. Reload the page.";
const ALREADY_LINKED = "This source is already linked to this annotation.";

/**
 * The annotation's article, locked first (see lockArticleOfAnnotation), then the annotation
 * with a KEY SHARE lock so it cannot be deleted before the link to it is written.
 */
async function lockAnnotation(tx: Db, annotationId: string): Promise<{ articleId: string }> {
  if (!(await lockArticleOfAnnotation(tx, annotationId))) {
    throw new AppError("not_found", ANNOTATION_GONE);
  }
  const [row] = await tx
    .select({ articleId: annotations.articleId })
    .from(annotations)
    .where(eq(annotations.id, annotationId))
    .for("key share");
  if (!row) throw new AppError("not_found", ANNOTATION_GONE);
  return row;
}

/** Inserts the link, or refuses when the source is already linked to this annotation. */
async function insertLink(
  tx: Db,
  actor: Actor,
  params: { annotationId: string; articleId: string; source: SourceRow } & Pick<
    LinkedSource,
    "relation" | "excerpt"
  >,
): Promise<LinkedSource> {
  const { annotationId, articleId, source, relation, excerpt } = params;
  const [link] = await tx
    .insert(annotationSources)
    .values({ annotationId, sourceId: source.id, relation, excerpt, createdBy: actor.id })
    .onConflictDoNothing()
    .returning({ id: annotationSources.id });
  if (!link) throw new AppError("conflict", ALREADY_LINKED);
  await markArticleChanged(tx, articleId, actor.id);
  await recordAudit(tx, {
    actorId: actor.id,
    entity: "annotation_source",
    entityId: link.id,
    articleId,
    action: "link",
    // The annotation's id lets its history find the link's events after the link is gone.
    after: { annotationId, sourceId: source.id, url: source.url, relation, excerpt },
  });
  return {
    id: source.id,
    url: source.url,
    title: source.title,
    publisher: source.publisher,
    publishedAt: source.publishedAt,
    archivedUrl: source.archivedUrl,
    relation,
    excerpt,
  };
}

/**
 * The source stored for a normalized address: under it or an older form of it (see
 * storedFormsOf), or else the survivor of a merge that absorbed a source with that address.
 */
export async function findStoredSource(tx: Db, url: string): Promise<SourceRow | undefined> {
  const forms = storedFormsOf(url);
  const [stored] = await tx
    .select()
    .from(sources)
    .where(inArray(sources.url, forms))
    .orderBy(asc(sources.createdAt))
    .limit(1);
  if (stored) return stored;
  const [survivor] = await tx
    .select({ source: sources })
    .from(sourceUrlAliases)
    .innerJoin(sources, eq(sources.id, sourceUrlAliases.sourceId))
    .where(inArray(sourceUrlAliases.url, forms))
    .orderBy(asc(sourceUrlAliases.mergedAt))
    .limit(1);
  return survivor?.source;
}

/**
 * Links a source given by its address, creating the source unless one with the same
 * normalized address exists. An existing source is reused as it is: its title and publisher
 * were checked by whoever added it first, and a later form must not silently rewrite them.
 */
export async function addSourceToAnnotation(
  db: Db,
  actor: Actor,
  input: AddSourceInput,
): Promise<LinkedSource> {
  const url = normalizeSourceUrl(input.url);
  return db.transaction(async (tx) => {
    const { articleId } = await lockAnnotation(tx, input.annotationId);
    const stored = await findStoredSource(tx, url);
    if (stored) {
      return insertLink(tx, actor, {
        annotationId: input.annotationId,
        articleId,
        source: stored,
        relation: input.relation,
        excerpt: input.excerpt,
      });
    }

    // ON CONFLICT DO NOTHING rather than catching 23505: a unique violation would abort the
    // transaction. If another request inserts the same address first, this insert waits for it
    // and then returns nothing, and the SELECT below (a fresh snapshot) sees that row.
    const [created] = await tx
      .insert(sources)
      .values({
        url,
        title: input.title,
        publisher: input.publisher,
        publishedAt: input.publishedAt,
        archivedUrl: input.archivedUrl,
        createdBy: actor.id,
      })
      .onConflictDoNothing({ target: sources.url })
      .returning();
    let source = created;
    if (!source) {
      [source] = await tx.select().from(sources).where(eq(sources.url, url));
      if (!source) {
        throw new AppError("conflict", "This source changed while you were adding it. Try again.");
      }
    } else {
      await recordAudit(tx, {
        actorId: actor.id,
        entity: "source",
        entityId: source.id,
        action: "create",
        after: {
          url: source.url,
          title: source.title,
          publisher: source.publisher,
          publishedAt: source.publishedAt,
          archivedUrl: source.archivedUrl,
        },
      });
    }
    return insertLink(tx, actor, {
      annotationId: input.annotationId,
      articleId,
      source,
      relation: input.relation,
      excerpt: input.excerpt,
    });
  });
}

/** Links a source chosen from the search results. */
export async function linkExistingSource(
  db: Db,
  actor: Actor,
  input: LinkExistingSourceInput,
): Promise<LinkedSource> {
  return db.transaction(async (tx) => {
    const { articleId } = await lockAnnotation(tx, input.annotationId);
    const [source] = await tx
      .select()
      .from(sources)
      .where(eq(sources.id, input.sourceId))
      .for("key share");
    if (!source) {
      throw new AppError(
        "not_found",
        "That source no longer exists. Search again and choose another.",
      );
    }
    return insertLink(tx, actor, {
      annotationId: input.annotationId,
      articleId,
      source,
      relation: input.relation,
      excerpt: input.excerpt,
    });
  });
}

/** Removes the link only; the source stays available to other annotations. */
export async function unlinkSource(db: Db, actor: Actor, input: UnlinkSourceInput): Promise<void> {
  await db.transaction(async (tx) => {
    const { articleId } = await lockAnnotation(tx, input.annotationId);
    const [removed] = await tx
      .delete(annotationSources)
      .where(
        and(
          eq(annotationSources.annotationId, input.annotationId),
          eq(annotationSources.sourceId, input.sourceId),
        ),
      )
      .returning({
        id: annotationSources.id,
        relation: annotationSources.relation,
        excerpt: annotationSources.excerpt,
      });
    if (!removed) {
      throw new AppError(
        "not_found",
        "This source is no longer linked to this annotation. Reload the page to see its sources.",
      );
    }
    await markArticleChanged(tx, articleId, actor.id);
    await recordAudit(tx, {
      actorId: actor.id,
      entity: "annotation_source",
      entityId: removed.id,
      articleId,
      action: "unlink",
      before: {
        annotationId: input.annotationId,
        sourceId: input.sourceId,
        relation: removed.relation,
        excerpt: removed.excerpt,
      },
    });
  });
}
