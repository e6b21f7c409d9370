import { cache } from "react";
import { plainText } from "@/lib/editor/anchors";
import { ANNOTATION_KINDS, type AnnotationKind } from "@/lib/editor/kinds";
import { readStoredDocument } from "@/lib/editor/schema";
import { articleBodyHtml } from "@/lib/render/document";
import { notesHtml, whoSaidWhatHtml } from "@/lib/render/notes";
import { readerAnnotations } from "@/lib/render/reader-model";
import { publishedArticle } from "./cache";

const DESCRIPTION_LENGTH = 200;

/**
 * Everything the reader page of one address shows, rendered once per request (shared by the
 * page and its metadata): the article's markup, notes and "Who said what" as HTML strings.
 */
export const readerPage = cache(async (slug: string) => {
  const article = await publishedArticle(slug);
  if (!article) return null;
  const doc = readStoredDocument(article.doc);
  const annotations = readerAnnotations(article);
  const text = plainText(doc).replace(/\s+/g, " ").trim();
  const counts = Object.fromEntries(
    ANNOTATION_KINDS.map((kind) => [kind, annotations.filter((a) => a.kind === kind).length]),
  ) as Record<AnnotationKind, number>;
  return {
    title: article.title,
    publishedAt: article.publishedAt,
    revisionNumber: article.revisionNumber,
    annotationCount: annotations.length,
    counts,
    description:
      text.length > DESCRIPTION_LENGTH ? `${text.slice(0, DESCRIPTION_LENGTH - 3)}…` : text,
    bodyHtml: articleBodyHtml(doc, annotations).value,
    whoSaidWhatHtml: whoSaidWhatHtml(annotations).value,
    notesHtml: notesHtml(annotations).value,
  };
});
