// The shapes of the jsonb columns of article_revisions (db/schema.ts types them with these).
// Declared here, at the bottom layer, so queries return typed rows without reaching up into lib.
import type { AnnotationKind, SourceRelation, SpeakerType } from "./enums";

/**
 * What an annotation's mark says about it: its kind and where it sits (the W3C quote with its
 * context, and offsets). Defined once; revisions, rows and the editor's views derive from it.
 */
export interface AnchorFields {
  kind: AnnotationKind;
  quote: string;
  prefix: string;
  suffix: string;
  /** Offsets in the plain text, in UTF-16 code units as JavaScript strings and DOM ranges count them. */
  start: number;
  end: number;
}

/** One mark in the document: the annotation's id and its anchor fields. */
export interface AnnotationAnchor extends AnchorFields {
  id: string;
}

/** What a published revision freezes: readers and exports see exactly this, never the draft. */
export interface RevisionAnnotation extends AnnotationAnchor {
  speakerId: string | null;
  /** "No named source": deliberately unattributed (absent from older revisions). */
  unattributed?: boolean;
  cue: string;
  note: string;
  /** Claims and allegations only; absent from revisions published before verdicts. */
  verdictId?: string | null;
  /** What the evidence shows; "" without a verdict (absent from older revisions). */
  conclusion?: string;
  /** ISO 8601 times of the annotation's creation and last change (absent from older revisions). */
  createdAt?: string;
  modifiedAt?: string;
  /** The display name of who made it, never an e-mail; null when they have none. */
  creatorName?: string | null;
  sources: {
    sourceId: string;
    relation: SourceRelation;
    excerpt: string;
  }[];
}

export interface RevisionSpeaker {
  id: string;
  slug: string;
  name: string;
  type: SpeakerType;
  description: string;
  /** Other names the public speaker search finds them by (absent from older revisions). */
  aliases?: string[];
}

/** A source as it is shown anywhere: in the editor, in a revision, on the reader page. */
export interface SourceRecord {
  id: string;
  url: string;
  title: string;
  publisher: string;
  publishedAt: string | null;
  archivedUrl: string | null;
}

export interface RevisionSource extends SourceRecord {
  kind: string;
}

/** A source as linked to one annotation, with how it relates and the quoted excerpt. */
export interface LinkedSource extends SourceRecord {
  relation: SourceRelation;
  excerpt: string;
}

/** One verdict of the newsroom's scale, as a revision uses it. */
export interface RevisionVerdict {
  id: string;
  slug: string;
  label: string;
  definition: string;
  /** Null for a verdict off the numeric scale ("Unproven"). */
  rating: number | null;
}

/** The verdicts a revision uses, with the scale's ends as they were when it was published. */
export interface RevisionVerdictScale {
  bestRating: number | null;
  worstRating: number | null;
  verdicts: RevisionVerdict[];
}

/** The piece a fact-check is about, as published by its own outlet ("Checked article"). */
export interface CheckedArticle {
  outlet: string;
  author: string;
  url: string | null;
  /** The outlet's publication date (YYYY-MM-DD), never Claimmark's. */
  date: string | null;
}

/** The newsroom as published data names it (ClaimReview's author). */
export interface NewsroomIdentity {
  name: string;
  url: string | null;
  logoUrl: string | null;
}
