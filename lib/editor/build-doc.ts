import type { Mark, Node as PMNode } from "@tiptap/pm/model";
import type { AnnotationKind } from "@/db/enums";
import { editorSchema } from "./schema";

export type TextBlock = { type: "heading" | "paragraph"; text: string };

/** An annotation mark to place: which block, and where in that block's text. */
export interface BlockSpan {
  block: number;
  start: number;
  end: number;
  id: string;
  kind: AnnotationKind;
}

/**
 * The Tiptap document of plain text blocks with annotation marks on the given spans, built the
 * way the editor would hold it: overlapping and nested spans put several marks on shared text.
 * For content written by a program (the demo newsroom, benchmark fixtures), not by a person.
 */
export function buildAnnotatedDoc(
  blocks: readonly TextBlock[],
  spans: readonly BlockSpan[],
): PMNode {
  const schema = editorSchema();
  const content = blocks.map((block, index) => {
    const ranges = spans
      .filter((span) => span.block === index)
      .map((span) => ({
        ...span,
        mark: schema.marks.annotation!.create({ id: span.id, kind: span.kind }),
      }));
    const cuts = [
      ...new Set([0, block.text.length, ...ranges.flatMap((r) => [r.start, r.end])]),
    ].sort((a, b) => a - b);
    const pieces = cuts.slice(1).map((end, i) => {
      const start = cuts[i]!;
      const marks = ranges
        .filter((range) => range.start <= start && range.end >= end)
        .reduce<readonly Mark[]>((set, range) => range.mark.addToSet(set), []);
      return schema.text(block.text.slice(start, end), marks);
    });
    return block.type === "heading"
      ? schema.nodes.heading!.create({ level: 2 }, pieces)
      : schema.nodes.paragraph!.create(null, pieces);
  });
  const doc = schema.nodes.doc!.create(null, content);
  doc.check();
  return doc;
}
