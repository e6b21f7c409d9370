import type { Node as PMNode } from "@tiptap/pm/model";
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import type { AnnotationKind } from "@/db/enums";
import { articles } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { syncAnnotationRows } from "@/lib/annotations/sync";
import { recordArticleEvent } from "@/lib/audit";
import { documentHasText, extractAnchors, plainText } from "@/lib/editor/anchors";
import { plainTextToDoc } from "@/lib/editor/paste";
import { readStoredDocument } from "@/lib/editor/schema";
import { AppError } from "@/lib/errors";
import type { FetchPageOptions } from "@/lib/import/fetch-page";
import { applyAnchors, withoutAnnotationMarks } from "@/lib/reanchor/apply";
import {
  reanchorAnnotations,
  type ReanchorOutcome,
  type ReanchorStatus,
} from "@/lib/reanchor/reanchor";
import { getArticleForEditor } from "@/db/queries/articles";
import { fetchArticleVersion, pageUrlField, serverFetchOptions } from "./import";
import { lockArticleForWrite, validateDocument, writeArticleDocument } from "./store-document";

const ARTICLE_GONE = "This article no longer exists.";
const STALE =
  "Someone saved this article after you compared the versions. Compare again to see how the annotations land on the text as it is now.";
const NO_NEW_TEXT = "Paste the new version of the article's text.";

/** Where the new version comes from: text the reviewer pasted, or the page at an address. */
export const newVersionSourceSchema = z.discriminatedUnion(
  "from",
  [
    z.object({
      from: z.literal("text"),
      text: z.string({ error: NO_NEW_TEXT }).refine((text) => text.trim() !== "", NO_NEW_TEXT),
    }),
    z.object({ from: z.literal("url"), url: pageUrlField }),
  ],
  { error: "Paste the new text or enter the page's address." },
);

export const previewNewVersionSchema = z.object({
  articleId: z.uuid({ error: ARTICLE_GONE }),
  source: newVersionSourceSchema,
});

export const acceptNewVersionSchema = z.object({
  articleId: z.uuid({ error: ARTICLE_GONE }),
  /** The version the review was computed on: accepting it onto any other would mislead. */
  baseVersion: z.number().int().positive(),
  doc: z.unknown(),
  /** The page the new version was fetched from; null when it was pasted. */
  sourceUrl: z.string().max(2000).nullable(),
});

export interface ReanchoredAnnotation extends ReanchorOutcome {
  kind: AnnotationKind;
  oldQuote: string;
}
export type ReanchorCounts = Record<ReanchorStatus, number>;

export interface NewVersionPreview {
  baseVersion: number;
  /** The new text as the editor will hold it, without annotation marks. */
  doc: unknown;
  /** Its plain text, which the outcomes' offsets count in. */
  text: string;
  sourceUrl: string | null;
  annotations: ReanchoredAnnotation[];
  counts: ReanchorCounts;
}

/**
 * Carries every annotation of `oldDoc` over onto `newDoc` (which has none): the one
 * computation both the review and the save run, so what is accepted is what was shown.
 */
export function reanchorDocument(oldDoc: PMNode, newDoc: PMNode) {
  const anchors = extractAnchors(oldDoc);
  const outcomes = reanchorAnnotations(anchors, plainText(oldDoc), plainText(newDoc));
  const annotations = outcomes.map((outcome, index) => ({
    ...outcome,
    kind: anchors[index]!.kind,
    oldQuote: anchors[index]!.quote,
  }));
  const placed = annotations.flatMap(({ id, kind, start, end }) =>
    start === undefined || end === undefined ? [] : [{ id, kind, start, end }],
  );
  const counts: ReanchorCounts = { kept: 0, moved: 0, changed: 0, not_found: 0 };
  for (const annotation of annotations) counts[annotation.status] += 1;
  return { doc: applyAnchors(newDoc, placed), annotations, counts };
}

async function newVersionDoc(
  source: z.output<typeof newVersionSourceSchema>,
  options: FetchPageOptions,
): Promise<{ doc: PMNode; sourceUrl: string | null }> {
  if (source.from === "url") {
    const page = await fetchArticleVersion(source.url, options);
    return { doc: page.doc, sourceUrl: page.pageUrl };
  }
  const { node } = validateDocument(plainTextToDoc(source.text).toJSON());
  return { doc: node, sourceUrl: null };
}

/** What replacing the text would do to each annotation, computed and shown before any save. */
export async function previewNewVersion(
  db: Db,
  input: z.output<typeof previewNewVersionSchema>,
  options: FetchPageOptions = serverFetchOptions(),
): Promise<NewVersionPreview> {
  const article = await getArticleForEditor(db, input.articleId);
  if (!article) throw new AppError("not_found", ARTICLE_GONE);
  const { doc, sourceUrl } = await newVersionDoc(input.source, options);
  if (!documentHasText(doc)) {
    throw new AppError("invalid_input", "The new version has no text. Check what you pasted.");
  }
  const { annotations, counts } = reanchorDocument(readStoredDocument(article.doc), doc);
  return {
    baseVersion: article.version,
    doc: doc.toJSON(),
    text: plainText(doc),
    sourceUrl,
    annotations,
    counts,
  };
}

/**
 * Replaces the article's text with the reviewed new version, carrying the annotations over as
 * the review showed them. Annotations that found no place leave the text but keep their rows
 * (detached, with all their details), as when their text is deleted by hand. One audit event
 * records the replacement with its counts and the text it replaced, which the history shows.
 */
export async function acceptNewVersion(
  db: Db,
  actor: Actor,
  input: z.output<typeof acceptNewVersionSchema>,
): Promise<{ version: number; counts: ReanchorCounts }> {
  const { node } = validateDocument(input.doc);
  const newDoc = withoutAnnotationMarks(node);
  if (!documentHasText(newDoc)) throw new AppError("invalid_input", NO_NEW_TEXT);
  return db.transaction(async (tx) => {
    const locked = await lockArticleForWrite(tx, input.articleId);
    if (locked.version !== input.baseVersion) throw new AppError("conflict", STALE);
    const [stored] = await tx
      .select({ doc: articles.doc })
      .from(articles)
      .where(eq(articles.id, locked.id));
    const oldDoc = readStoredDocument(stored!.doc);
    const { doc, counts } = reanchorDocument(oldDoc, newDoc);
    const saved = await writeArticleDocument(tx, {
      articleId: locked.id,
      actorId: actor.id,
      title: locked.title,
      docJson: JSON.stringify(doc.toJSON()),
    });
    if (!saved) return { version: locked.version, counts };
    await syncAnnotationRows(tx, {
      articleId: locked.id,
      userId: actor.id,
      anchors: extractAnchors(doc),
    });
    await recordArticleEvent(tx, locked.id, {
      actorId: actor.id,
      action: "replace_text",
      before: {
        version: locked.version,
        title: locked.title,
        ...(documentHasText(oldDoc) ? { doc: stored!.doc } : {}),
      },
      after: {
        version: saved.version,
        from: input.sourceUrl ?? "pasted text",
        kept: counts.kept,
        moved: counts.moved,
        changed: counts.changed,
        notFound: counts.not_found,
      },
    });
    return { version: saved.version, counts };
  });
}
