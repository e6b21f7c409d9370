// Tiptap documents of the fixture article, and the one-character edits the save benchmark makes.
import type { Node as PMNode } from "@tiptap/pm/model";
import { buildAnnotatedDoc } from "@/lib/editor/build-doc";
import { extractAnchors } from "@/lib/editor/anchors";
import type { AnnotationAnchor } from "@/db/revision-snapshot";
import { parseDocument } from "@/lib/editor/schema";
import type { BenchFixtures } from "./fixtures";

/** The Tiptap document of the fixture article, with or without its annotation marks. */
export function buildDoc(fixtures: BenchFixtures, withAnnotations: boolean): PMNode {
  return buildAnnotatedDoc(fixtures.blocks, withAnnotations ? fixtures.annotations : []);
}

/** Tiptap JSON as the save action receives it. */
export interface DocJson {
  type: string;
  text?: string;
  content?: DocJson[];
  marks?: unknown[];
  attrs?: Record<string, unknown>;
}

/** [block, child] of every text node (only annotated ones when asked), in document order. */
function textNodes(doc: DocJson, annotatedOnly: boolean): [number, number][] {
  return (doc.content ?? []).flatMap((block, b) =>
    (block.content ?? []).flatMap((node, c): [number, number][] =>
      node.text && (!annotatedOnly || node.marks?.length) ? [[b, c]] : [],
    ),
  );
}

/** A copy of `doc` whose text node at [b, c] is replaced; everything else is shared. */
function withText(doc: DocJson, [b, c]: [number, number], text: string): DocJson {
  const blocks = [...doc.content!];
  const children = [...blocks[b]!.content!];
  children[c] = { ...children[c]!, text };
  blocks[b] = { ...blocks[b]!, content: children };
  return { ...doc, content: blocks };
}

/**
 * The document with one letter changed: the `i`-th of `n` edits, spread through the article,
 * each inside annotated text (so the quote, and the context of its neighbours, change).
 */
export function substituteLetter(doc: DocJson, i: number, n: number): DocJson {
  const nodes = textNodes(doc, true);
  const at = nodes[Math.floor(((i + 0.5) * nodes.length) / n)]!;
  const text = doc.content![at[0]]!.content![at[1]]!.text!;
  let k = Math.floor(text.length / 2);
  while (k < text.length - 1 && !/[a-y]/.test(text[k]!)) k++;
  const letter = /[a-y]/.test(text[k]!) ? String.fromCharCode(text.charCodeAt(k) + 1) : "a";
  return withText(doc, at, text.slice(0, k) + letter + text.slice(k + 1));
}

/**
 * The document with one more letter typed in the middle of the article (the `i`-th of a
 * run of keystrokes at the same place): every annotation after it moves by one character.
 */
export function insertLetter(doc: DocJson, i: number): DocJson {
  const nodes = textNodes(doc, false);
  const at = nodes[Math.floor(nodes.length / 2)]!;
  const text = doc.content![at[0]]!.content![at[1]]!.text!;
  const k = Math.floor(text.length / 2) + i;
  return withText(doc, at, text.slice(0, k) + "benchmark"[i % 9] + text.slice(k));
}

const ANCHOR_FIELDS = ["kind", "quote", "prefix", "suffix", "start", "end"] as const;

/** How many annotation rows a save from `before` to `after` has to write (new, changed, gone). */
export function changedAnnotations(before: unknown, after: unknown): number {
  const old = new Map<string, AnnotationAnchor>(
    extractAnchors(parseDocument(before)).map((a) => [a.id, a]),
  );
  let changed = 0;
  for (const anchor of extractAnchors(parseDocument(after))) {
    const previous = old.get(anchor.id);
    if (!previous || ANCHOR_FIELDS.some((f) => previous[f] !== anchor[f])) changed++;
    old.delete(anchor.id);
  }
  return changed + old.size;
}
