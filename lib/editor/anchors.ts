import type { Node as PMNode } from "@tiptap/pm/model";
import { type AnnotationKind, isAnnotationKind } from "./kinds";

/** Characters of context kept on each side of a quote (W3C TextQuoteSelector prefix/suffix). */
export const CONTEXT_LENGTH = 32;
/** What separates two blocks in the article's plain text. */
export const BLOCK_SEPARATOR = "\n\n";

export interface AnnotationAnchor {
  id: string;
  kind: AnnotationKind;
  quote: string;
  prefix: string;
  suffix: string;
  /** Offsets in the plain text, in UTF-16 code units as JavaScript strings and DOM ranges count them. */
  start: number;
  end: number;
}

/** Last `count` code points of `text`, never splitting a surrogate pair (emoji stay whole). */
function lastCodePoints(text: string, count: number): string {
  return Array.from(text.slice(-2 * count))
    .slice(-count)
    .join("");
}

function firstCodePoints(text: string, count: number): string {
  return Array.from(text.slice(0, 2 * count))
    .slice(0, count)
    .join("");
}

/** The article's plain text: each text block's text, blocks separated by a blank line. */
export function plainText(doc: PMNode): string {
  return extract(doc).text;
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
      prefix: lastCodePoints(text.slice(0, span.start), CONTEXT_LENGTH),
      suffix: firstCodePoints(text.slice(span.end), CONTEXT_LENGTH),
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
          const kind = isAnnotationKind(mark.attrs.kind) ? mark.attrs.kind : "official_claim";
          spans.set(id, { id, kind, start, end: text.length });
        }
      }
    });
    return false;
  });
  return { text, spans };
}
