import { Mark, mergeAttributes } from "@tiptap/core";
import type { Mark as PMMark, Node as PMNode } from "@tiptap/pm/model";
import type { Selection } from "@tiptap/pm/state";
import { v4 as uuidv4 } from "uuid";
import { ANNOTATION_KINDS, type AnnotationKind, isOneOf } from "@/db/enums";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    annotation: {
      /** Marks the current selection as a new annotation; fails on an empty selection. */
      tagSelection: (kind: AnnotationKind) => ReturnType;
      /** Changes the kind of every piece of one annotation. */
      setAnnotationKind: (id: string, kind: AnnotationKind) => ReturnType;
      /** Takes one annotation's highlight off the text (undo brings it back). */
      removeAnnotation: (id: string) => ReturnType;
    };
  }
}

export interface AnnotationMarkOptions {
  /** Told about each annotation created from the selection, so the UI can open its panel. */
  onCreate: ((id: string, kind: AnnotationKind) => void) | null;
}

/** The keys that tag the selection in the browser editor (see browser-extensions.ts). */
export const KIND_SHORTCUTS: Record<AnnotationKind, string> = {
  official_claim: "Mod-Alt-1",
  allegation: "Mod-Alt-2",
  verified_fact: "Mod-Alt-3",
};

/**
 * WHERE an annotation is: a mark carrying only its id and kind. Everything it says
 * (speaker, cue, note, sources) lives in the annotations row.
 */
export const AnnotationMark = Mark.create<AnnotationMarkOptions>({
  name: "annotation",
  // Annotations may overlap and nest: marks of this type with different ids coexist.
  excludes: "",
  // Typing at either edge must not grow a span.
  inclusive: false,
  spanning: true,

  addOptions() {
    return { onCreate: null };
  },

  addAttributes() {
    return {
      id: {
        default: null,
        parseHTML: (element) => element.getAttribute("data-annotation-id"),
        renderHTML: (attributes) => ({ "data-annotation-id": attributes.id }),
      },
      kind: {
        default: "official_claim",
        parseHTML: (element) => {
          const kind = element.getAttribute("data-kind");
          return isOneOf(ANNOTATION_KINDS, kind) ? kind : "official_claim";
        },
        renderHTML: (attributes) => ({ "data-kind": attributes.kind }),
      },
    };
  },

  parseHTML() {
    return [{ tag: "span[data-annotation-id]" }];
  },

  renderHTML({ HTMLAttributes }) {
    return ["span", mergeAttributes({ class: "annotation" }, HTMLAttributes), 0];
  },

  addCommands() {
    return {
      tagSelection:
        (kind) =>
        ({ state, tr, dispatch }) => {
          const { from, to, empty } = state.selection;
          if (empty) return false;
          // uuid's v4 works outside secure contexts, unlike crypto.randomUUID.
          const id = uuidv4();
          if (dispatch) {
            tr.addMark(from, to, this.type.create({ id, kind }));
            queueMicrotask(() => this.options.onCreate?.(id, kind));
          }
          return true;
        },
      setAnnotationKind:
        (id, kind) =>
        ({ state, tr, dispatch }) => {
          const found = annotationPieces(state.doc, id);
          if (found.length === 0) return false;
          if (dispatch) {
            for (const { from, to, mark } of found) {
              tr.removeMark(from, to, mark);
              tr.addMark(from, to, this.type.create({ id, kind }));
            }
          }
          return true;
        },
      removeAnnotation:
        (id) =>
        ({ state, tr, dispatch }) => {
          const found = annotationPieces(state.doc, id);
          if (found.length === 0) return false;
          if (dispatch) for (const { from, to, mark } of found) tr.removeMark(from, to, mark);
          return true;
        },
    };
  },
});

/** Every text range carrying the annotation with this id, with the exact mark instance. */
export function annotationPieces(
  doc: PMNode,
  id: string,
): { from: number; to: number; mark: PMMark }[] {
  const found: { from: number; to: number; mark: PMMark }[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText) return;
    const mark = node.marks.find((m) => m.type.name === "annotation" && m.attrs.id === id);
    if (mark) found.push({ from: pos, to: pos + node.nodeSize, mark });
  });
  return found;
}

/** The annotations at the caret, or under the start of a selection: where spans overlap, several. */
export function annotationIdsAt(selection: Selection): string[] {
  const { $from, empty } = selection;
  const marks = empty ? $from.marks() : [...$from.marks(), ...($from.nodeAfter?.marks ?? [])];
  return [
    ...new Set(marks.filter((m) => m.type.name === "annotation").map((m) => String(m.attrs.id))),
  ];
}
