import { Mark, mergeAttributes } from "@tiptap/core";
import { isAnnotationKind } from "./kinds";

/**
 * WHERE an annotation is: a mark carrying only its id and kind. Everything it says
 * (speaker, cue, note, sources) lives in the annotations row.
 */
export const AnnotationMark = Mark.create({
  name: "annotation",
  // Annotations may overlap and nest: marks of this type with different ids coexist.
  excludes: "",
  // Typing at either edge must not grow a span.
  inclusive: false,
  spanning: true,

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
          return isAnnotationKind(kind) ? kind : "official_claim";
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
});
