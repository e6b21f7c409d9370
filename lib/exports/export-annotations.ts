import type { PublishedArticle } from "@/db/queries/articles";
import type { RevisionAnnotation, RevisionVerdict } from "@/db/revision-snapshot";
import { type ReaderAnnotation, readerAnnotations } from "@/lib/render/reader-model";

/**
 * One annotation as the exports give it: what the reader page shows, plus what the revision
 * froze about it that only data consumers need (its anchor's context and offsets, when and by
 * whom it was made) and its verdict resolved from the revision's own scale.
 */
export interface ExportAnnotation extends ReaderAnnotation {
  frozen: RevisionAnnotation;
  verdict: RevisionVerdict | null;
  /** What the evidence shows; "" without a verdict. */
  conclusion: string;
}

/** The revision's annotations in document order, numbered as on the reader page. */
export function exportAnnotations(article: PublishedArticle): ExportAnnotation[] {
  const frozen = new Map(article.annotations.map((a) => [a.id, a]));
  const verdicts = new Map(article.verdictScale.verdicts.map((v) => [v.id, v]));
  return readerAnnotations(article).map((annotation) => {
    const row = frozen.get(annotation.id)!;
    const verdict = (row.verdictId && verdicts.get(row.verdictId)) || null;
    return {
      ...annotation,
      frozen: row,
      verdict,
      conclusion: verdict ? (row.conclusion ?? "") : "",
    };
  });
}
