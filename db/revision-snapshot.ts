// The shapes of the jsonb columns of article_revisions (db/schema.ts types them with these).
// Declared here, at the bottom layer, so queries return typed rows without reaching up into lib.
import type { AnnotationKind, SourceRelation, SpeakerType } from "./enums";

/** What a published revision freezes: readers and exports see exactly this, never the draft. */
export interface RevisionAnnotation {
  id: string;
  kind: AnnotationKind;
  quote: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  speakerId: string | null;
  /** "No named source": deliberately unattributed (absent from older revisions). */
  unattributed?: boolean;
  cue: string;
  note: string;
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
