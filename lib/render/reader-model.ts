import type { SourceRelation } from "@/db/enums";
import type {
  AnnotationAnchor,
  RevisionAnnotation,
  RevisionSource,
  RevisionSpeaker,
  RevisionVerdict,
  RevisionVerdictScale,
} from "@/db/revision-snapshot";
import { verdictTone, type VerdictTone } from "@/lib/verdicts/scale";

/** A verdict a revision uses, as the reader page shows it. */
export interface ReaderVerdict extends RevisionVerdict {
  /** Where it sits on the scale: chooses its icon (check, tilde, cross, question mark). */
  tone: VerdictTone;
  /**
   * Its place among the revision's verdicts in scale order, from 1: the spans carry it
   * (`data-verdict="2"`) so the verdict filter can hide them with fixed CSS rules, whatever
   * the newsroom names its verdicts.
   */
  number: number;
}

/** Everything the reader page shows about one annotation, resolved from the revision snapshot. */
export interface ReaderAnnotation extends Pick<AnnotationAnchor, "id" | "kind" | "quote"> {
  number: number;
  cue: string;
  note: string;
  length: number;
  speaker: RevisionSpeaker | null;
  /** "No named source": a claim or allegation deliberately left without a speaker. */
  unattributed: boolean;
  /** Claims and allegations only; null when not rated (and on revisions before verdicts). */
  verdict: ReaderVerdict | null;
  /** What the evidence shows; "" without a verdict. */
  conclusion: string;
  sources: (RevisionSource & {
    relation: SourceRelation;
    excerpt: string;
  })[];
}

/** The verdicts a revision uses, in the newsroom's scale order (as publishing froze them). */
export function readerVerdicts(scale: RevisionVerdictScale | undefined): ReaderVerdict[] {
  if (!scale) return [];
  return scale.verdicts.map((verdict, index) => ({
    ...verdict,
    tone: verdictTone(verdict, scale),
    number: index + 1,
  }));
}

/** Numbers annotations in document order and joins their speakers, sources and verdicts. */
export function readerAnnotations(revision: {
  annotations: RevisionAnnotation[];
  speakers: RevisionSpeaker[];
  sources: RevisionSource[];
  /** Absent from revisions published before verdicts. */
  verdictScale?: RevisionVerdictScale;
}): ReaderAnnotation[] {
  const speakers = new Map(revision.speakers.map((s) => [s.id, s]));
  const sources = new Map(revision.sources.map((s) => [s.id, s]));
  const verdicts = new Map(readerVerdicts(revision.verdictScale).map((v) => [v.id, v]));
  return [...revision.annotations]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((a, index) => {
      // Verified facts are established, not rated: publishing drops their verdicts already.
      const verdict =
        a.kind !== "verified_fact" && a.verdictId ? (verdicts.get(a.verdictId) ?? null) : null;
      return {
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
        verdict,
        conclusion: verdict ? (a.conclusion ?? "") : "",
        sources: a.sources.flatMap((link) => {
          const source = sources.get(link.sourceId);
          return source ? [{ ...source, relation: link.relation, excerpt: link.excerpt }] : [];
        }),
      };
    });
}

/**
 * The id of a note's first line ("Official claim 3, attributed to …"): its span's link points
 * there and borrows it as the first part of its accessible name.
 */
export function noteHeadingId(number: number): string {
  return `n${number}`;
}
