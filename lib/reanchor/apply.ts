import type { Node as PMNode } from "@tiptap/pm/model";
import { Transform } from "@tiptap/pm/transform";
import type { AnnotationKind } from "@/db/enums";
import { editorSchema } from "@/lib/editor/schema";
import { positionsOfTextOffsets } from "@/lib/editor/text-positions";

export interface PlacedAnnotation {
  id: string;
  kind: AnnotationKind;
  start: number;
  end: number;
}

/**
 * The new document with an annotation mark {id, kind} over each placed outcome, its offsets
 * counted in `plainText(newDoc)`. Marks of different ids coexist, so spans that overlapped
 * before keep both marks. A span that holds no text of the document is left out.
 */
export function applyAnchors(newDoc: PMNode, placed: readonly PlacedAnnotation[]): PMNode {
  const annotation = editorSchema().marks.annotation!;
  const positions = positionsOfTextOffsets(newDoc);
  const transform = new Transform(newDoc);
  for (const span of placed) {
    const range = positions.range(span.start, span.end);
    if (!range) continue;
    transform.addMark(range.from, range.to, annotation.create({ id: span.id, kind: span.kind }));
  }
  return transform.doc;
}

/** The editor-schema document with every annotation mark removed (new text must arrive clean). */
export function withoutAnnotationMarks(doc: PMNode): PMNode {
  const annotation = editorSchema().marks.annotation!;
  return new Transform(doc).removeMark(0, doc.content.size, annotation).doc;
}
