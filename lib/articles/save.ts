import { randomBytes } from "node:crypto";
import type { Node as PMNode } from "@tiptap/pm/model";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { type Db, queryRows } from "@/db/client";
import { articles } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { syncAnnotationRows } from "@/lib/annotations/sync";
import { recordAudit } from "@/lib/audit";
import { extractAnchors } from "@/lib/editor/anchors";
import type { AnnotationAnchor } from "@/db/revision-snapshot";
import { InvalidDocumentError, parseDocument } from "@/lib/editor/schema";
import { AppError } from "@/lib/errors";
import { DOC_TOO_LONG, documentBytes, MAX_DOC_BYTES } from "./limits";
import { DRAFT_SLUG_PREFIX } from "./publish";
import { replacedTextToKeep } from "./replaced-text";
import { conflictDetails } from "./save-conflict";
import { titleProblem } from "./title";

const EMPTY_DOC = { type: "doc", content: [{ type: "paragraph" }] } as const;
export async function createDraftArticle(db: Db, actor: Actor): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    // 40 random bits: a collision is practically impossible, but a retry costs nothing.
    for (let attempt = 0; attempt < 3; attempt++) {
      const slug = `${DRAFT_SLUG_PREFIX}${randomBytes(5).toString("hex")}`;
      const [article] = await tx
        .insert(articles)
        .values({ slug, title: "", doc: EMPTY_DOC, status: "draft", createdBy: actor.id })
        .onConflictDoNothing({ target: articles.slug })
        .returning({ id: articles.id });
      if (!article) continue;
      await recordAudit(tx, {
        actorId: actor.id,
        entity: "article",
        entityId: article.id,
        articleId: article.id,
        action: "create",
        after: { slug, title: "", status: "draft" },
      });
      return article;
    }
    throw new AppError("conflict", "Creating the article failed. Try again.");
  });
}

export const saveDocumentSchema = z.object({
  articleId: z.uuid({ error: "This article no longer exists." }),
  baseVersion: z
    .number({ error: "Reload the page before saving again." })
    .int({ error: "Reload the page before saving again." })
    .positive({ error: "Reload the page before saving again." }),
  // Only its type here: a title the server cannot store must not stop the text from saving
  // (saveArticleDocument checks it with articleTitleSchema and keeps the stored one).
  title: z.string({ error: "Enter a title." }),
  doc: z.unknown(),
});
export type SaveDocumentInput = z.output<typeof saveDocumentSchema>;

export interface SavedDocument {
  version: number;
  /** ISO 8601 time of the version now stored. */
  savedAt: string;
  annotations: AnnotationAnchor[];
  /** What to fix in the title when it was not saved (the text was); null when it was. */
  titleProblem: string | null;
}

/** Validates the incoming document; returns it parsed and in canonical JSON form. */
function validateDocument(json: unknown): { node: PMNode; docJson: string } {
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

/**
 * Saves the editor's document if nobody saved since `baseVersion`, and syncs the annotation
 * rows with the marks in it, all in one transaction. A lost race is refused with the newer
 * text in the error's details: the editor keeps the person's text and shows both.
 *
 * When the version being replaced was written by someone else (as after "Keep my version"
 * in a conflict), its title and document go into the audit event's `before`, so the history
 * page can show the replaced text. The server decides this from the row, not from the client.
 */
export async function saveArticleDocument(
  db: Db,
  actor: Actor,
  input: SaveDocumentInput,
): Promise<SavedDocument> {
  const { node, docJson } = validateDocument(input.doc);
  const anchors = extractAnchors(node);
  const refusedTitle = titleProblem(input.title);

  return db.transaction(async (tx) => {
    // The row lock serializes saves of one article, including their annotation syncs.
    const [article] = await tx
      .select({
        version: articles.version,
        title: articles.title,
        updatedAt: articles.updatedAt,
        // A save always has an actor, so doc_saved_by is null only when no save made the
        // version; then its author is whoever last changed the article, or created it.
        savedBy: sql<string>`coalesce(${articles.docSavedBy}, ${articles.updatedBy}, ${articles.createdBy})`,
      })
      .from(articles)
      .where(eq(articles.id, input.articleId))
      .for("update");
    if (!article) throw new AppError("not_found", "This article no longer exists.");
    if (article.version !== input.baseVersion) {
      const details = await conflictDetails(tx, input.articleId);
      throw new AppError(
        { code: "conflict", kind: "document_conflict", details },
        "Someone else saved this article while you were editing.",
      );
    }

    const replacedDoc = await replacedTextToKeep(
      tx,
      actor.id,
      { articleId: input.articleId, savedBy: article.savedBy },
      docJson,
    );

    // Compared in the database (jsonb equality ignores key order), so an unchanged document
    // is neither fetched nor written and the version stays put.
    const title = refusedTitle ? article.title : input.title;
    const [saved] = await queryRows<{ version: number; saved_at: string }>(
      tx,
      sql`
        UPDATE ${articles} AS a
        SET title = ${title}, doc = input.doc, version = a.version + 1,
            updated_by = ${actor.id}, updated_at = now(),
            doc_saved_by = ${actor.id}, doc_saved_at = now()
        FROM (SELECT ${docJson}::jsonb AS doc) AS input
        WHERE a.id = ${input.articleId} AND (a.title <> ${title} OR a.doc <> input.doc)
        RETURNING a.version,
          to_char(a.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS saved_at
      `,
    );
    if (!saved) {
      return {
        version: article.version,
        savedAt: article.updatedAt.toISOString(),
        annotations: anchors,
        titleProblem: refusedTitle,
      };
    }

    await syncAnnotationRows(tx, { articleId: input.articleId, userId: actor.id, anchors });
    await recordAudit(tx, {
      actorId: actor.id,
      entity: "article",
      entityId: input.articleId,
      articleId: input.articleId,
      action: "edit",
      before: {
        version: article.version,
        title: article.title,
        ...(replacedDoc ? { doc: replacedDoc } : {}),
      },
      after: { version: saved.version, title },
    });
    return {
      version: saved.version,
      savedAt: saved.saved_at,
      annotations: anchors,
      titleProblem: refusedTitle,
    };
  });
}
