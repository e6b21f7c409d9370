import type { SourceRelation } from "@/db/enums";
import type {
  AnnotationAnchor,
  RevisionAnnotation,
  RevisionSource,
  RevisionSpeaker,
} from "@/db/revision-snapshot";

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

/**
 * The id of a note's first line ("Official claim 3, attributed to …"): its span's link points
 * there and borrows it as the first part of its accessible name.
 */
export function noteHeadingId(number: number): string {
  return `n${number}`;
}
