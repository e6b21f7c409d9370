import type { PublishedArticle } from "@/db/queries/articles";
import type { RevisionAnnotation } from "@/db/revision-snapshot";
import { type ReaderAnnotation, readerAnnotations } from "@/lib/render/reader-model";

/**
 * One annotation as the exports give it: what the reader page shows (its verdict resolved from
 * the revision's own scale, and its conclusion, included), plus what the revision froze about
 * it that only data consumers need (its anchor's context and offsets, when and by whom it was
 * made).
 */
export interface ExportAnnotation extends ReaderAnnotation {
  frozen: RevisionAnnotation;
}

/** The revision's annotations in document order, numbered as on the reader page. */
export function exportAnnotations(article: PublishedArticle): ExportAnnotation[] {
  const frozen = new Map(article.annotations.map((a) => [a.id, a]));
  return readerAnnotations(article).map((annotation) => ({
    ...annotation,
    frozen: frozen.get(annotation.id)!,
  }));
}
