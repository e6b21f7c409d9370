import type { EditorAnnotation } from "@/db/queries/annotations";

/** What the panel edits for one annotation: everything but where it is and its kind. */
export type AnnotationDetails = Pick<
  EditorAnnotation,
  "version" | "speaker" | "cue" | "note" | "sources"
>;

export const EMPTY_DETAILS: AnnotationDetails = {
  version: 1,
  speaker: null,
  cue: "",
  note: "",
  sources: [],
};
