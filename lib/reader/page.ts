import { cache } from "react";
import { ANNOTATION_KINDS, type AnnotationKind } from "@/db/enums";
import { plainText } from "@/lib/editor/anchors";
import { readStoredDocument } from "@/lib/editor/schema";
import { shortenText } from "@/lib/format/shorten";
import { articleBodyHtml } from "@/lib/render/document";
import { notesHtml, whoSaidWhatHtml } from "@/lib/render/notes";
import { readerAnnotations } from "@/lib/render/reader-model";
import { liveRevisionId, revisionById } from "./cache";

const DESCRIPTION_LENGTH = 200;
/** Rendered revisions kept in memory: the most recently rendered ones, a few MB at most. */
const RENDERED_REVISIONS = 16;

/** Everything the reader page shows of one revision: its markup, notes and "Who said what". */
async function renderRevision(revisionId: string) {
  const article = await revisionById(revisionId);
  if (!article) return null;
  const doc = readStoredDocument(article.doc);
  const annotations = readerAnnotations(article);
  const counts = Object.fromEntries(
    ANNOTATION_KINDS.map((kind) => [kind, annotations.filter((a) => a.kind === kind).length]),
  ) as Record<AnnotationKind, number>;
  return {
    title: article.title,
    publishedAt: article.publishedAt,
    revisionNumber: article.revisionNumber,
    annotationCount: annotations.length,
    counts,
    description: shortenText(plainText(doc), DESCRIPTION_LENGTH),
    bodyHtml: articleBodyHtml(doc, annotations).value,
    whoSaidWhatHtml: whoSaidWhatHtml(annotations).value,
    notesHtml: notesHtml(annotations).value,
  };
}

const rendered = new Map<string, ReturnType<typeof renderRevision>>();

/**
 * A revision never changes, so it is rendered once and kept: under load, parsing and
 * rendering a long article on every request was what the server spent its time on.
 */
function renderedRevision(revisionId: string): ReturnType<typeof renderRevision> {
  let page = rendered.get(revisionId);
  if (page) {
    // Most recently used last, so the oldest is the one dropped.
    rendered.delete(revisionId);
  } else {
    page = renderRevision(revisionId);
    page.catch(() => rendered.delete(revisionId));
  }
  rendered.set(revisionId, page);
  if (rendered.size > RENDERED_REVISIONS) rendered.delete(rendered.keys().next().value!);
  return page;
}

/** The reader page of an address, once per request (shared by the page and its metadata). */
export const readerPage = cache(async (slug: string) => {
  const revisionId = await liveRevisionId(slug);
  return revisionId ? renderedRevision(revisionId) : null;
});
