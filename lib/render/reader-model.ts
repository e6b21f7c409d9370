import type { SourceRelation } from "@/db/enums";
import type {
  AnnotationAnchor,
  RevisionAnnotation,
  RevisionSource,
  RevisionSpeaker,
} from "@/db/revision-snapshot";
import { NO_NAMED_SOURCE } from "@/lib/format/labels";

/** Everything the reader page shows about one annotation, resolved from the revision snapshot. */
export interface ReaderAnnotation extends Pick<AnnotationAnchor, "id" | "kind" | "quote"> {
  number: number;
  cue: string;
  note: string;
  length: number;
  speaker: RevisionSpeaker | null;
  /** "No named source": a claim or allegation deliberately left without a speaker. */
  unattributed: boolean;
  sources: (RevisionSource & {
    relation: SourceRelation;
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
      // Verified facts are backed by sources, not speakers: the flag means nothing on them.
      unattributed: a.unattributed === true && !a.speakerId && a.kind !== "verified_fact",
      sources: a.sources.flatMap((link) => {
        const source = sources.get(link.sourceId);
        return source ? [{ ...source, relation: link.relation, excerpt: link.excerpt }] : [];
      }),
    }));
}

/** The accessible name of an annotated span: its kind first, then who said it. */
export function annotationLabel(annotation: ReaderAnnotation, kindLabel: string): string {
  const who = annotation.speaker
    ? `, attributed to ${annotation.speaker.name}`
    : annotation.unattributed
      ? `, ${NO_NAMED_SOURCE.toLowerCase()}`
      : "";
  return `${kindLabel} ${annotation.number}${who}: ${annotation.quote}`;
}
