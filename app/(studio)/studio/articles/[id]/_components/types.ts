import type { EditorAnnotation } from "@/db/queries/annotations";
import { type CheckInput, toCheckAnnotation } from "@/lib/articles/publish-check";
import type { AnnotationAnchor } from "@/db/revision-snapshot";

/** What the panel edits for one annotation: everything but where it is and its kind. */
export type AnnotationDetails = Pick<
  EditorAnnotation,
  "version" | "speaker" | "unattributed" | "cue" | "note" | "sources"
>;

export const EMPTY_DETAILS: AnnotationDetails = {
  version: 1,
  speaker: null,
  unattributed: false,
  cue: "",
  note: "",
  sources: [],
};

type Named = Pick<AnnotationAnchor, "id" | "kind" | "quote">;

/** The publish check's view of what is on screen now, so the checklist updates live. */
export function checkInput(state: {
  title: string;
  hasText: boolean;
  spans: Named[];
  detached: Named[];
  details: Record<string, AnnotationDetails>;
}): CheckInput {
  const at = (detached: boolean) => (annotation: Named) =>
    toCheckAnnotation(annotation, detached, state.details[annotation.id]);
  return {
    title: state.title,
    hasText: state.hasText,
    annotations: [...state.spans.map(at(false)), ...state.detached.map(at(true))],
  };
}
