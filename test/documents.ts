import type { AnnotationKind } from "@/db/enums";
import { editorSchema } from "@/lib/editor/schema";

type AnnotationAttrs = { id: string; kind: AnnotationKind };

/**
 * A piece of a paragraph in a test document: plain text ("\n" is a hard break), text inside one
 * annotation (`id` and `kind`), or text inside several (`marks`).
 */
export type DocPiece =
  string | ({ text: string } & (AnnotationAttrs | { marks: AnnotationAttrs[] }));

/** Tiptap JSON with one paragraph per array of pieces, built through the editor's schema. */
export function annotatedDoc(...blocks: DocPiece[][]): unknown {
  const schema = editorSchema();
  const inline = (piece: DocPiece) => {
    if (typeof piece !== "string") {
      const marks = "marks" in piece ? piece.marks : [{ id: piece.id, kind: piece.kind }];
      const annotation = schema.marks.annotation!;
      return [
        schema.text(
          piece.text,
          marks.map(({ id, kind }) => annotation.create({ id, kind })),
        ),
      ];
    }
    return piece
      .split("\n")
      .flatMap((part, i) => [
        ...(i > 0 ? [schema.nodes.hardBreak!.create()] : []),
        ...(part ? [schema.text(part)] : []),
      ]);
  };
  const nodes = blocks.map((pieces) =>
    schema.nodes.paragraph!.create(null, pieces.flatMap(inline)),
  );
  return schema.nodes.doc!.create(null, nodes).toJSON();
}
