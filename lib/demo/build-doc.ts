import type { Node as PMNode } from "@tiptap/pm/model";
import { buildAnnotatedDoc } from "@/lib/editor/build-doc";
import type { DemoArticle } from "./content";

/** The Tiptap document of a demo article, each annotation's mark placed on its quote. */
export function buildDemoDoc(article: DemoArticle, annotationIds: string[]): PMNode {
  const spans = article.annotations.map((annotation, index) => {
    const text = article.blocks[annotation.block]!.text;
    const start = findOccurrence(text, annotation.quote, annotation.occurrence ?? 0);
    if (start < 0) {
      throw new Error(`Demo quote not found in block ${annotation.block}: "${annotation.quote}"`);
    }
    const end = start + annotation.quote.length;
    return {
      block: annotation.block,
      start,
      end,
      id: annotationIds[index]!,
      kind: annotation.kind,
    };
  });
  return buildAnnotatedDoc(article.blocks, spans);
}

function findOccurrence(text: string, quote: string, occurrence: number): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) return -1;
  }
  return at;
}
