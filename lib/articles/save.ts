import { randomBytes } from "node:crypto";
import { z } from "zod";
import type { Db } from "@/db/client";
import { articles } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { syncAnnotationRows } from "@/lib/annotations/sync";
import { recordArticleEvent } from "@/lib/audit";
import { extractAnchors } from "@/lib/editor/anchors";
import type { AnnotationAnchor } from "@/db/revision-snapshot";
import { AppError } from "@/lib/errors";
import { DRAFT_SLUG_PREFIX } from "./publish";
import { replacedTextToKeep } from "./replaced-text";
import { conflictDetails } from "./save-conflict";
import { lockArticleForWrite, validateDocument, writeArticleDocument } from "./store-document";
import { titleProblem } from "./title";

const EMPTY_DOC = { type: "doc", content: [{ type: "paragraph" }] } as const;
export async function createDraftArticle(db: Db, actor: Actor): Promise<{ id: string }> {
  return db.transaction((tx) => insertDraftArticle(tx, actor));
}

/** A new, empty draft, with its audit event: the first step of every way to start an article. */
export async function insertDraftArticle(tx: Db, actor: Actor): Promise<{ id: string }> {
  // 40 random bits: a collision is practically impossible, but a retry costs nothing.
  for (let attempt = 0; attempt < 3; attempt++) {
    const slug = `${DRAFT_SLUG_PREFIX}${randomBytes(5).toString("hex")}`;
    const [article] = await tx
      .insert(articles)
      .values({ slug, title: "", doc: EMPTY_DOC, status: "draft", createdBy: actor.id })
      .onConflictDoNothing({ target: articles.slug })
      .returning({ id: articles.id });
    if (!article) continue;
    await recordArticleEvent(tx, article.id, {
      actorId: actor.id,
      action: "create",
      after: { slug, title: "", status: "draft" },
    });
    return article;
  }
  throw new AppError("conflict", "Creating the article failed. Try again.");
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
    const article = await lockArticleForWrite(tx, input.articleId);
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

    const title = refusedTitle ? article.title : input.title;
    const saved = await writeArticleDocument(tx, {
      articleId: input.articleId,
      actorId: actor.id,
      title,
      docJson,
    });
    if (!saved) {
      return {
        version: article.version,
        savedAt: article.updatedAt.toISOString(),
        annotations: anchors,
        titleProblem: refusedTitle,
      };
    }

    await syncAnnotationRows(tx, { articleId: input.articleId, userId: actor.id, anchors });
    await recordArticleEvent(tx, input.articleId, {
      actorId: actor.id,
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
      savedAt: saved.savedAt,
      annotations: anchors,
      titleProblem: refusedTitle,
    };
  });
}
