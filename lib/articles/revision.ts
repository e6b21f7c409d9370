import type { SourceRelation, SpeakerType } from "@/db/enums";
import type { AnnotationAnchor } from "@/lib/editor/anchors";

/** What a published revision freezes: readers and exports see exactly this, never the draft. */
export interface RevisionAnnotation extends AnnotationAnchor {
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
