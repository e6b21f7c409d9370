import type { ArticleStatus } from "@/db/enums";
import type { EditorAnnotation } from "@/db/queries/annotations";
import type { AnnotationAnchor, CheckedArticle } from "@/db/revision-snapshot";
import { type CheckInput, toCheckAnnotation } from "@/lib/articles/publish-check";

/** The article as the editor opens it (the page reads it; the editor owns it from then on). */
export interface EditorArticleProps {
  id: string;
  title: string;
  doc: unknown;
  version: number;
  status: ArticleStatus;
  unpublishedChanges: boolean;
  checked: CheckedArticle;
}

/** One verdict of the newsroom's scale as the panel offers it. */
export interface VerdictOption {
  id: string;
  label: string;
  /** One line: what the verdict means. */
  definition: string;
  /** Off the scale: offered only to an annotation that already has it. */
  retired: boolean;
}

/** What the panel edits for one annotation: everything but where it is and its kind. */
export type AnnotationDetails = Pick<
  EditorAnnotation,
  "version" | "speaker" | "unattributed" | "cue" | "note" | "verdictId" | "conclusion" | "sources"
>;

export const EMPTY_DETAILS: AnnotationDetails = {
  version: 1,
  speaker: null,
  unattributed: false,
  cue: "",
  note: "",
  verdictId: null,
  conclusion: "",
  sources: [],
};

/** Each annotation's details as the page loaded them, by id. */
export function detailsById(annotations: EditorAnnotation[]): Record<string, AnnotationDetails> {
  return Object.fromEntries(
    annotations.map(
      ({ id, version, speaker, unattributed, cue, note, verdictId, conclusion, sources }) => [
        id,
        { version, speaker, unattributed, cue, note, verdictId, conclusion, sources },
      ],
    ),
  );
}

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
