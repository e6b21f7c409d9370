import type { Node as PMNode } from "@tiptap/pm/model";
import { eq, sql } from "drizzle-orm";
import { type Db, queryRows } from "@/db/client";
import { articles } from "@/db/schema";
import { InvalidDocumentError, parseDocument } from "@/lib/editor/schema";
import { AppError } from "@/lib/errors";
import { DOC_TOO_LONG, documentBytes, MAX_DOC_BYTES } from "./limits";

/** Validates an incoming document; returns it parsed and in canonical JSON form. */
export function validateDocument(json: unknown): { node: PMNode; docJson: string } {
  if (documentBytes(json) > MAX_DOC_BYTES) throw new AppError("invalid_input", DOC_TOO_LONG);
  try {
    const node = parseDocument(json);
    // Stored as the schema writes it: unknown attributes the client sent are dropped.
    return { node, docJson: JSON.stringify(node.toJSON()) };
  } catch (error) {
    if (error instanceof InvalidDocumentError) throw new AppError("invalid_input", error.message);
    throw error;
  }
}

export interface LockedArticle {
  /** The id as the database prints it (lower-case), as the article's audit rows carry it. */
  id: string;
  version: number;
  title: string;
  updatedAt: Date;
  /**
   * Who saved the stored text. A save always has an actor, so doc_saved_by is null only when
   * no save made the version; then its author is whoever last changed the article, or created it.
   */
  savedBy: string;
}

/**
 * Locks the article's row for a change of its text: every document write takes this lock
 * first, so two writes of one article (and their annotation syncs) never interleave.
 */
export async function lockArticleForWrite(tx: Db, articleId: string): Promise<LockedArticle> {
  const [article] = await tx
    .select({
      id: articles.id,
      version: articles.version,
      title: articles.title,
      updatedAt: articles.updatedAt,
      savedBy: sql<string>`coalesce(${articles.docSavedBy}, ${articles.updatedBy}, ${articles.createdBy})`,
    })
    .from(articles)
    .where(eq(articles.id, articleId))
    .for("update");
  if (!article) throw new AppError("not_found", "This article no longer exists.");
  return article;
}

/**
 * Writes the title and document under the lock taken by lockArticleForWrite and bumps the
 * version. Compared in the database (jsonb equality ignores key order), so an unchanged
 * document is neither fetched nor written and null comes back: the version stays put.
 */
export async function writeArticleDocument(
  tx: Db,
  params: { articleId: string; actorId: string; title: string; docJson: string },
): Promise<{ version: number; savedAt: string } | null> {
  const { articleId, actorId, title, docJson } = params;
  const [saved] = await queryRows<{ version: number; saved_at: string }>(
    tx,
    sql`
      UPDATE ${articles} AS a
      SET title = ${title}, doc = input.doc, version = a.version + 1,
          updated_by = ${actorId}, updated_at = now(),
          doc_saved_by = ${actorId}, doc_saved_at = now()
      FROM (SELECT ${docJson}::jsonb AS doc) AS input
      WHERE a.id = ${articleId} AND (a.title <> ${title} OR a.doc <> input.doc)
      RETURNING a.version,
        to_char(a.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS saved_at
    `,
  );
  return saved ? { version: saved.version, savedAt: saved.saved_at } : null;
}
