import type { Node as PMNode } from "@tiptap/pm/model";
import { ANNOTATION_KINDS, isOneOf } from "@/db/enums";
import type { AnnotationAnchor } from "@/db/revision-snapshot";
import { graphemesAfter, graphemesBefore } from "./graphemes";

/**
 * Characters of context kept on each side of a quote (W3C TextQuoteSelector prefix/suffix),
 * counted as a reader sees them: grapheme clusters, so no accent or emoji is ever cut in two.
 */
const CONTEXT_LENGTH = 32;
/** What separates two blocks in the article's plain text. */
const BLOCK_SEPARATOR = "\n\n";

/** The article's plain text: each text block's text, blocks separated by a blank line. */
export function plainText(doc: PMNode): string {
  return extract(doc).text;
}

/**
 * Whether the article has any text besides white space, as `plainText(doc).trim() !== ""` would
 * say, but stopping at the first word: cheap enough to run on every transaction.
 */
export function documentHasText(doc: PMNode): boolean {
  let found = false;
  doc.descendants((node) => {
    if (node.isText && /\S/.test(node.text ?? "")) found = true;
    return !found;
  });
  return found;
}

/**
 * Derives every annotation's anchor from the document, in document order. A span split by
 * an edit into pieces is anchored from its first piece to its last.
 */
export function extractAnchors(doc: PMNode): AnnotationAnchor[] {
  const { text, spans } = extract(doc);
  return [...spans.values()]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((span) => ({
      ...span,
      quote: text.slice(span.start, span.end),
      prefix: graphemesBefore(text, span.start, CONTEXT_LENGTH),
      suffix: graphemesAfter(text, span.end, CONTEXT_LENGTH),
    }));
}

type Span = Pick<AnnotationAnchor, "id" | "kind" | "start" | "end">;

function extract(doc: PMNode): { text: string; spans: Map<string, Span> } {
  let text = "";
  let firstBlock = true;
  const spans = new Map<string, Span>();
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    if (!firstBlock) text += BLOCK_SEPARATOR;
    firstBlock = false;
    node.forEach((child) => {
      const start = text.length;
      // The only inline leaf in the schema is a hard break.
      text += child.isText ? (child.text ?? "") : "\n";
      for (const mark of child.marks) {
        const id = mark.attrs.id;
        if (mark.type.name !== "annotation" || typeof id !== "string") continue;
        const known = spans.get(id);
        if (known) {
          known.end = text.length;
        } else {
          const kind = isOneOf(ANNOTATION_KINDS, mark.attrs.kind)
            ? mark.attrs.kind
            : "official_claim";
          spans.set(id, { id, kind, start, end: text.length });
        }
      }
    });
    return false;
  });
  return { text, spans };
}
