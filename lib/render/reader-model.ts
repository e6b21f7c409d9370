import type { RevisionAnnotation, RevisionSource, RevisionSpeaker } from "@/lib/articles/revision";
import type { AnnotationKind } from "@/lib/editor/kinds";

/** Everything the reader page shows about one annotation, resolved from the revision snapshot. */
export interface ReaderAnnotation {
  id: string;
  number: number;
  kind: AnnotationKind;
  quote: string;
  cue: string;
  note: string;
  length: number;
  speaker: RevisionSpeaker | null;
  sources: (RevisionSource & {
    relation: "supports" | "contradicts" | "context";
    excerpt: string;
  })[];
}

/** Numbers annotations in document order and joins their speakers and sources. */
export function readerAnnotations(revision: {
  annotations: RevisionAnnotation[];
  speakers: RevisionSpeaker[];
  sources: RevisionSource[];
}): ReaderAnnotation[] {
  const speakers = new Map(revision.speakers.map((s) => [s.id, s]));
  const sources = new Map(revision.sources.map((s) => [s.id, s]));
  return [...revision.annotations]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((a, index) => ({
      id: a.id,
      number: index + 1,
      kind: a.kind,
      quote: a.quote,
      cue: a.cue,
      note: a.note,
      length: a.end - a.start,
      speaker: a.speakerId ? (speakers.get(a.speakerId) ?? null) : null,
      sources: a.sources.flatMap((link) => {
        const source = sources.get(link.sourceId);
        return source ? [{ ...source, relation: link.relation, excerpt: link.excerpt }] : [];
      }),
    }));
}

/** The accessible name of an annotated span: its kind first, then who said it. */
export function annotationLabel(annotation: ReaderAnnotation, kindLabel: string): string {
  const who = annotation.speaker ? `, attributed to ${annotation.speaker.name}` : "";
  return `${kindLabel} ${annotation.number}${who}: ${annotation.quote}`;
}
