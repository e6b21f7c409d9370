import { and, eq, inArray, or, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { annotations } from "@/db/schema";
import { type AuditEntry, recordAudit } from "@/lib/audit";
import type { AnchorFields, AnnotationAnchor } from "@/db/revision-snapshot";
import { AppError } from "@/lib/errors";

export interface SyncResult {
  /** New rows, for marks seen for the first time. */
  inserted: string[];
  /** Attached rows rewritten because their kind, quote, context or offsets changed. */
  updated: string[];
  /** Rows whose mark left the document. */
  detached: string[];
  /** Detached rows whose mark came back (undo, paste); written, whatever else changed. */
  reattached: string[];
}

/** Rows per INSERT: 10 bind parameters each stays far below the protocol's limit of 65,535. */
const INSERT_CHUNK = 1000;
const AUDIT_CHUNK = 1000;

const FOREIGN_ANNOTATION =
  "The document refers to an annotation from another article. Remove that highlight and tag the text again.";

const ANCHOR_FIELDS = [
  "kind",
  "quote",
  "prefix",
  "suffix",
  "start",
  "end",
] as const satisfies readonly (keyof AnchorFields)[];

function anchorChanged(row: AnchorFields, anchor: AnchorFields): boolean {
  return ANCHOR_FIELDS.some((field) => row[field] !== anchor[field]);
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/**
 * Makes the article's annotation rows match the marks in its document. Runs inside the
 * document-save transaction, whose caller holds the article row lock, so two saves of one
 * article never sync at once. Writes only what changed: saving a 1,000-annotation article
 * after typing one word rewrites the rows after the word (their offsets moved), no others.
 */
export async function syncAnnotationRows(
  tx: Db,
  params: { articleId: string; userId: string; anchors: AnnotationAnchor[] },
): Promise<SyncResult> {
  const { articleId, userId, anchors } = params;
  const ids = anchors.map((anchor) => anchor.id);
  const existing = await tx
    .select({
      id: annotations.id,
      articleId: annotations.articleId,
      kind: annotations.kind,
      quote: annotations.quote,
      prefix: annotations.prefix,
      suffix: annotations.suffix,
      start: annotations.start,
      end: annotations.end,
      detachedAt: annotations.detachedAt,
    })
    .from(annotations)
    .where(
      ids.length > 0
        ? or(eq(annotations.articleId, articleId), inArray(annotations.id, ids))
        : eq(annotations.articleId, articleId),
    );
  const rows = new Map(existing.map((row) => [row.id, row]));

  const result: SyncResult = { inserted: [], updated: [], detached: [], reattached: [] };
  const audit: AuditEntry[] = [];
  const entry = (id: string, action: string, change: Pick<AuditEntry, "before" | "after">) =>
    audit.push({
      actorId: userId,
      entity: "annotation",
      entityId: id,
      articleId,
      action,
      ...change,
    });

  const toInsert: AnnotationAnchor[] = [];
  const toRewrite: AnnotationAnchor[] = [];
  for (const anchor of anchors) {
    const row = rows.get(anchor.id);
    if (!row) {
      toInsert.push(anchor);
      result.inserted.push(anchor.id);
      entry(anchor.id, "create", { after: { kind: anchor.kind, quote: anchor.quote } });
      continue;
    }
    // Copying a highlight from another article's editor carries its id along; taking the
    // row over would move someone else's annotation, so the save is refused instead.
    if (row.articleId !== articleId) throw new AppError("invalid_input", FOREIGN_ANNOTATION);
    if (row.detachedAt) {
      result.reattached.push(anchor.id);
      entry(anchor.id, "reattach", { after: { quote: anchor.quote } });
    } else if (anchorChanged(row, anchor)) {
      result.updated.push(anchor.id);
    } else {
      continue;
    }
    toRewrite.push(anchor);
    if (row.kind !== anchor.kind) {
      entry(anchor.id, "change_kind", { before: { kind: row.kind }, after: { kind: anchor.kind } });
    }
  }

  const present = new Set(ids);
  for (const row of existing) {
    if (row.articleId === articleId && !present.has(row.id) && !row.detachedAt) {
      result.detached.push(row.id);
      entry(row.id, "detach", { before: { quote: row.quote } });
    }
  }

  for (const chunk of chunks(toInsert, INSERT_CHUNK)) {
    const written = await tx
      .insert(annotations)
      .values(chunk.map((anchor) => ({ ...anchor, articleId, createdBy: userId })))
      .onConflictDoNothing({ target: annotations.id })
      .returning({ id: annotations.id });
    // Fewer rows than sent: another article's save claimed one of these ids in the meantime.
    if (written.length !== chunk.length) throw new AppError("invalid_input", FOREIGN_ANNOTATION);
  }

  if (toRewrite.length > 0) {
    // One statement for every changed row, the new values passed as a single JSON parameter.
    const values = JSON.stringify(toRewrite);
    await tx.execute(sql`
      UPDATE ${annotations} AS a
      SET kind = v.kind, quote = v.quote, prefix = v.prefix, suffix = v.suffix,
          start = v.start, "end" = v."end", detached_at = NULL, updated_at = now()
      FROM jsonb_to_recordset(${values}::jsonb) AS v(
        id uuid, kind annotation_kind, quote text, prefix text, suffix text,
        start integer, "end" integer
      )
      WHERE a.id = v.id AND a.article_id = ${articleId}
    `);
  }

  if (result.detached.length > 0) {
    await tx
      .update(annotations)
      .set({ detachedAt: sql`now()`, updatedAt: sql`now()` })
      .where(and(eq(annotations.articleId, articleId), inArray(annotations.id, result.detached)));
  }

  for (const chunk of chunks(audit, AUDIT_CHUNK)) await recordAudit(tx, chunk);
  return result;
}
