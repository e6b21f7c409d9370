import { asc, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../client";
import type { AnnotationKind } from "../enums";
import type { LinkedSource } from "../revision-snapshot";
import { annotationSources, annotations, sources, speakers } from "../schema";
import { sourceRecordColumns } from "./sources";
import { type SpeakerSummary, speakerSummaryColumns } from "./speakers";

/** Attached annotations first, in document order (outer before inner); then detached ones. */
export const annotationDocumentOrder = [
  sql`${annotations.detachedAt} IS NOT NULL`,
  asc(annotations.start),
  desc(annotations.end),
  asc(annotations.createdAt),
  asc(annotations.id),
];

export interface EditorAnnotation {
  id: string;
  kind: AnnotationKind;
  quote: string;
  start: number;
  end: number;
  detached: boolean;
  version: number;
  speaker: SpeakerSummary | null;
  /** "No named source": deliberately unattributed. */
  unattributed: boolean;
  cue: string;
  note: string;
  /** Kept when the kind becomes verified fact (the panel hides it; the revision drops it). */
  verdictId: string | null;
  conclusion: string;
  sources: LinkedSource[];
}

/**
 * Every annotation of an article for the editor: attached ones in document order (start,
 * then the longer span first, as extractAnchors orders them), then detached ones. Three
 * queries whatever the number of annotations; speakers and links are joined through the
 * article rather than through an id list, so nothing grows with the annotation count.
 */
export async function listEditorAnnotations(
  db: Db,
  articleId: string,
): Promise<EditorAnnotation[]> {
  const [rows, speakerRows, linkRows] = await Promise.all([
    db
      .select({
        id: annotations.id,
        kind: annotations.kind,
        quote: annotations.quote,
        start: annotations.start,
        end: annotations.end,
        detachedAt: annotations.detachedAt,
        version: annotations.version,
        speakerId: annotations.speakerId,
        unattributed: annotations.unattributed,
        cue: annotations.cue,
        note: annotations.note,
        verdictId: annotations.verdictId,
        conclusion: annotations.conclusion,
      })
      .from(annotations)
      .where(eq(annotations.articleId, articleId))
      .orderBy(...annotationDocumentOrder),
    db
      .selectDistinct(speakerSummaryColumns)
      .from(speakers)
      .innerJoin(annotations, eq(annotations.speakerId, speakers.id))
      .where(eq(annotations.articleId, articleId)),
    db
      .select({
        annotationId: annotationSources.annotationId,
        ...sourceRecordColumns,
        relation: annotationSources.relation,
        excerpt: annotationSources.excerpt,
      })
      .from(annotationSources)
      .innerJoin(sources, eq(sources.id, annotationSources.sourceId))
      .innerJoin(annotations, eq(annotations.id, annotationSources.annotationId))
      .where(eq(annotations.articleId, articleId))
      .orderBy(asc(annotationSources.createdAt), asc(sources.title)),
  ]);

  const speakerById = new Map(speakerRows.map((speaker) => [speaker.id, speaker]));
  const sourcesByAnnotation = new Map<string, LinkedSource[]>();
  for (const { annotationId, ...source } of linkRows) {
    const list = sourcesByAnnotation.get(annotationId);
    if (list) list.push(source);
    else sourcesByAnnotation.set(annotationId, [source]);
  }
  return rows.map(({ detachedAt, speakerId, ...row }) => ({
    ...row,
    detached: detachedAt !== null,
    speaker: speakerId ? (speakerById.get(speakerId) ?? null) : null,
    sources: sourcesByAnnotation.get(row.id) ?? [],
  }));
}
