import {
  ANNOTATION_KINDS,
  type AnnotationKind,
  type SourceRelation,
  type SpeakerType,
} from "@/db/enums";
import { KIND_LABELS } from "@/lib/editor/kinds";

/** The names people see for a source's relation and a speaker's type, everywhere. */
export const RELATION_LABELS = {
  supports: "Supports",
  contradicts: "Contradicts",
  context: "Context",
} as const satisfies Record<SourceRelation, string>;

export const SPEAKER_TYPE_LABELS = {
  person: "Person",
  organization: "Organization",
} as const satisfies Record<SpeakerType, string>;

/**
 * Annotations counted per kind in words, kinds with none left out: "2 official claims,
 * 1 allegation". Each kind keeps its own name, so allegations are never called claims.
 */
export function describeKindCounts(counts: Record<AnnotationKind, number>): string {
  const parts = ANNOTATION_KINDS.flatMap((kind) => {
    const count = counts[kind];
    if (count === 0) return [];
    const label = KIND_LABELS[kind][count === 1 ? "one" : "many"].toLowerCase();
    return [`${count} ${label}`];
  });
  return parts.length ? parts.join(", ") : "No statements";
}

/** Where a deliberately unattributed claim or allegation shows instead of a speaker. */
export const NO_NAMED_SOURCE = "No named source";
