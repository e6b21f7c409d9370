import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { annotationSources, annotations, sources } from "@/db/schema";
import { sourceUrlAliases } from "@/db/schema-desk";
import type { Actor } from "@/lib/actor";
import { lockArticles, markArticleChanged } from "@/lib/articles/last-change";
import { recordAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import { nextVersion, versionToken } from "@/lib/version-token";
import type { EditSourceInput, MergeSourcesInput } from "./desk-schemas";

type SourceRow = typeof sources.$inferSelect;

const GONE = "This source no longer exists: it was merged or deleted. Reload the page.";

function auditFace(row: SourceRow) {
  return {
    url: row.url,
    title: row.title,
    publisher: row.publisher,
    publishedAt: row.publishedAt,
    archivedUrl: row.archivedUrl,
  };
}

/**
 * Locks the articles whose annotations link the sources, then the sources, in id order: the
 * order every change inside an article takes its locks in (lib/articles/last-change.ts).
 */
async function lockForSourceChange(
  tx: Db,
  sourceIds: string[],
): Promise<{ locked: SourceRow[]; articleIds: string[] }> {
  const articleIds = await lockArticles(
    tx,
    tx
      .select({ id: annotations.articleId })
      .from(annotationSources)
      .innerJoin(annotations, eq(annotations.id, annotationSources.annotationId))
      .where(inArray(annotationSources.sourceId, sourceIds)),
  );
  const locked = await tx
    .select()
    .from(sources)
    .where(inArray(sources.id, sourceIds))
    .orderBy(asc(sources.id))
    .for("update");
  return { locked, articleIds };
}

/** Saves a source's title, publisher, date and archived copy, unless someone changed it first. */
export async function editSource(
  db: Db,
  actor: Actor,
  input: EditSourceInput,
): Promise<{ version: string }> {
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(sources)
      .where(eq(sources.id, input.id))
      .for("no key update");
    if (!current) throw new AppError("not_found", GONE);
    if (versionToken(current.updatedAt) !== input.version) {
      throw new AppError(
        "conflict",
        "Someone else changed this source since you opened this page. Your changes are still in the form: check what the source says now, then save again to replace it.",
      );
    }
    const changes = {
      title: input.title,
      publisher: input.publisher,
      publishedAt: input.publishedAt,
      archivedUrl: input.archivedUrl,
    };
    const before = auditFace(current);
    const unchanged = (Object.keys(changes) as (keyof typeof changes)[]).every(
      (key) => changes[key] === before[key],
    );
    if (unchanged) return { version: input.version };
    const updatedAt = nextVersion(current.updatedAt);
    const [updated] = await tx
      .update(sources)
      .set({ ...changes, updatedAt })
      .where(eq(sources.id, input.id))
      .returning();
    await recordAudit(tx, {
      actorId: actor.id,
      entity: "source",
      entityId: input.id,
      action: "edit",
      before,
      after: auditFace(updated!),
    });
    return { version: versionToken(updatedAt) };
  });
}

export interface SourceMergeResult {
  into: { id: string; title: string };
  linksMoved: number;
  /** Annotations both sources backed: they keep the surviving source's link only. */
  duplicateLinksDropped: number;
}

/**
 * Merges one source into another in one transaction: its links move to `into` (where an
 * annotation already links `into`, that link is kept and from's dropped), its address and the
 * addresses merged into it before become aliases of `into` (so adding them again finds the
 * survivor), and it is deleted. Published revisions keep the sources as they froze them.
 */
export async function mergeSources(
  db: Db,
  actor: Actor,
  input: MergeSourcesInput,
): Promise<SourceMergeResult> {
  return db.transaction(async (tx) => {
    const { locked, articleIds } = await lockForSourceChange(tx, [input.fromId, input.intoId]);
    const from = locked.find((row) => row.id === input.fromId);
    const into = locked.find((row) => row.id === input.intoId);
    if (!from) throw new AppError("not_found", GONE);
    if (!into) {
      throw new AppError(
        "not_found",
        "The source you chose to merge into no longer exists. Choose another source.",
        { field: "intoId" },
      );
    }

    const alsoLinksInto = sql`EXISTS (SELECT 1 FROM annotation_sources AS kept
      WHERE kept.annotation_id = ${annotationSources.annotationId} AND kept.source_id = ${into.id})`;
    const dropped = await tx
      .delete(annotationSources)
      .where(and(eq(annotationSources.sourceId, from.id), alsoLinksInto))
      .returning({
        annotationId: annotationSources.annotationId,
        relation: annotationSources.relation,
      });
    const moved = await tx
      .update(annotationSources)
      .set({ sourceId: into.id })
      .where(eq(annotationSources.sourceId, from.id))
      .returning({ annotationId: annotationSources.annotationId });

    await tx
      .update(sourceUrlAliases)
      .set({ sourceId: into.id })
      .where(eq(sourceUrlAliases.sourceId, from.id));
    await tx
      .insert(sourceUrlAliases)
      .values({ url: from.url, sourceId: into.id, mergedBy: actor.id })
      .onConflictDoUpdate({
        target: sourceUrlAliases.url,
        set: { sourceId: into.id, mergedBy: actor.id, mergedAt: sql`now()` },
      });
    await tx.delete(sources).where(eq(sources.id, from.id));
    for (const articleId of articleIds) await markArticleChanged(tx, articleId, actor.id);

    await recordAudit(tx, {
      actorId: actor.id,
      entity: "source",
      entityId: from.id,
      action: "merge",
      before: { from: auditFace(from), into: auditFace(into) },
      after: {
        intoId: into.id,
        linksMoved: moved.length,
        duplicateLinksDropped: dropped,
      },
    });
    return {
      into: { id: into.id, title: into.title },
      linksMoved: moved.length,
      duplicateLinksDropped: dropped.length,
    };
  });
}

/** Deletes a source no annotation links; one in use is refused with its count. */
export async function deleteSource(
  db: Db,
  actor: Actor,
  input: { id: string },
): Promise<{ title: string }> {
  return db.transaction(async (tx) => {
    const {
      locked: [source],
    } = await lockForSourceChange(tx, [input.id]);
    if (!source) throw new AppError("not_found", GONE);
    const [used] = await tx
      .select({ n: count() })
      .from(annotationSources)
      .where(eq(annotationSources.sourceId, source.id));
    const uses = Number(used?.n ?? 0);
    if (uses > 0) {
      throw new AppError(
        "conflict",
        `This source backs ${uses} ${uses === 1 ? "annotation" : "annotations"}, so it cannot be deleted. Merge it into another source instead.`,
      );
    }
    await tx.delete(sources).where(eq(sources.id, source.id));
    await recordAudit(tx, {
      actorId: actor.id,
      entity: "source",
      entityId: source.id,
      action: "delete",
      before: auditFace(source),
    });
    return { title: source.title };
  });
}
