import type { Mark, Node as PMNode } from "@tiptap/pm/model";
import { editorSchema } from "@/lib/editor/schema";
import type { DemoArticle } from "./content";

/**
 * Builds the Tiptap document for a demo article, placing each annotation mark on its quote.
 * Overlapping and nested quotes get several marks on the shared text, as the editor would.
 */
export function buildDemoDoc(article: DemoArticle, annotationIds: string[]): PMNode {
  const schema = editorSchema();
  const blocks = article.blocks.map((block, blockIndex) => {
    const ranges = article.annotations.flatMap((annotation, index) => {
      if (annotation.block !== blockIndex) return [];
      const start = findOccurrence(block.text, annotation.quote, annotation.occurrence ?? 0);
      if (start < 0) {
        throw new Error(`Demo quote not found in block ${blockIndex}: "${annotation.quote}"`);
      }
      const mark = schema.marks.annotation!.create({
        id: annotationIds[index],
        kind: annotation.kind,
      });
      return [{ start, end: start + annotation.quote.length, mark }];
    });
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
  const doc = schema.nodes.doc!.create(null, blocks);
  doc.check();
  return doc;
}

function findOccurrence(text: string, quote: string, occurrence: number): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) return -1;
  }
  return at;
}
