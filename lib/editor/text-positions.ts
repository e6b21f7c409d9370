import type { Node as PMNode } from "@tiptap/pm/model";
import type { Mapping } from "@tiptap/pm/transform";
import { plainText } from "./anchors";

/** One text block: where its text starts in the plain text and where its content starts. */
interface Block {
  offset: number;
  pos: number;
  length: number;
}

export interface TextPositions {
  /** The plain text the offsets count in: `plainText(doc)`. */
  text: string;
  /**
   * The document range [from, to) of the plain text's [start, end), or null when it is outside
   * the text or holds nothing but the blank line between two blocks.
   */
  range: (start: number, end: number) => { from: number; to: number } | null;
}

/**
 * Maps offsets in the article's plain text (lib/editor/anchors plainText: blocks joined by a
 * blank line, UTF-16 units) to document positions. Built once per document in one walk, so
 * placing hundreds of suggestions costs a binary search each, not a walk each.
 */
export function positionsOfTextOffsets(doc: PMNode): TextPositions {
  const text = plainText(doc);
  const blocks: Block[] = [];
  let offset = 0;
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    if (blocks.length > 0) offset += 2; // the "\n\n" between blocks
    // Text and the only inline leaf (a hard break, "\n") take one position per UTF-16 unit, so
    // inside a block offsets and positions move together.
    blocks.push({ offset, pos: pos + 1, length: node.content.size });
    offset += node.content.size;
    return false;
  });

  /** The index of the last block starting before `at` (or at it, when `orAt`); -1 for none. */
  function lastBlockBefore(at: number, orAt: boolean): number {
    let low = 0;
    let high = blocks.length - 1;
    let index = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const offset = blocks[middle]!.offset;
      if (offset < at || (orAt && offset === at)) {
        index = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return index;
  }

  /**
   * A start at a block's end or in the blank line after it belongs to the next block, and an end
   * at a block's start or in the blank line before it to the previous one: a span never begins
   * or ends on text it does not hold.
   */
  function position(at: number, side: "start" | "end"): number | null {
    let index = lastBlockBefore(at, side === "start");
    if (index < 0) return null;
    if (side === "start" && at >= blocks[index]!.offset + blocks[index]!.length) index += 1;
    const block = blocks[index];
    if (!block) return null;
    return block.pos + Math.max(0, Math.min(at - block.offset, block.length));
  }

  return {
    text,
    range(start, end) {
      if (!(start >= 0 && end <= text.length && start < end)) return null;
      const from = position(start, "start");
      const to = position(end, "end");
      return from !== null && to !== null && from < to ? { from, to } : null;
    },
  };
}

/**
 * Places spans given as offsets in the plain text of `before` in the document `now`, following
 * the edits made in between (e.g. typing while the server worked out suggestions). A span whose
 * text changed meanwhile, or that holds no text, is left out.
 */
export function placeTextSpans<T extends { start: number; end: number }>(
  spans: readonly T[],
  at: { before: PMNode; positions: TextPositions; edits: Mapping; now: PMNode },
): { span: T; from: number; to: number }[] {
  return spans.flatMap((span) => {
    const placed = at.positions.range(span.start, span.end);
    if (!placed) return [];
    const from = at.edits.map(placed.from, 1);
    const to = at.edits.map(placed.to, -1);
    const was = at.before.textBetween(placed.from, placed.to, "\n");
    return from < to && at.now.textBetween(from, to, "\n") === was ? [{ span, from, to }] : [];
  });
}
