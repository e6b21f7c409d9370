import { DOMParser } from "@tiptap/pm/model";
import type { JsonMark, JsonNode } from "@/lib/editor/document-rules";
import { editorSchema } from "@/lib/editor/schema";
import { storableText } from "@/lib/text/characters";
import { isHttpUrl } from "@/lib/text/urls";

// Media, embeds and page machinery: nothing of them belongs in the article's text.
const DROPPED_ELEMENTS = [
  "script, style, noscript, template, iframe, frame, object, embed, form, button, input",
  "select, textarea, img, picture, figure, figcaption, video, audio, source, svg, canvas, math",
].join(", ");

/** Marks an imported text may carry; annotations are made in Claimmark, never imported. */
const IMPORTED_MARKS = new Set(["bold", "italic", "link"]);

const CONTAINERS = new Set(["blockquote", "bulletList", "orderedList", "listItem"]);

/** Deeper nesting is flattened, far below what the document rules refuse. */
const MAX_NESTING = 30;

const ORDERED_LIST_TYPES = new Set(["1", "a", "A", "i", "I"]);

function renamed(element: Element, tag: string): void {
  const replacement = element.ownerDocument.createElement(tag);
  while (element.firstChild) replacement.appendChild(element.firstChild);
  element.replaceWith(replacement);
}

function unwrapped(element: Element): void {
  while (element.firstChild) element.parentNode?.insertBefore(element.firstChild, element);
  element.remove();
}

/** Rewrites the HTML into what the editor schema reads the way we mean it. */
function prepare(root: Element, pageUrl: string): void {
  root.querySelectorAll(DROPPED_ELEMENTS).forEach((element) => element.remove());
  root.querySelectorAll("h1").forEach((heading) => renamed(heading, "h2"));
  root.querySelectorAll("h4, h5, h6").forEach((heading) => renamed(heading, "h3"));
  // Table cells keep their text, each as a paragraph; the grid itself has no place here.
  root.querySelectorAll("td, th, caption").forEach((cell) => renamed(cell, "p"));
  root.querySelectorAll("a").forEach((link) => {
    let address: string | null = null;
    try {
      address = new URL(link.getAttribute("href") ?? "", pageUrl).href;
    } catch {
      address = null;
    }
    if (link.hasAttribute("href") && address && isHttpUrl(address)) {
      link.setAttribute("href", address);
    } else {
      unwrapped(link);
    }
  });
}

function cleanMarks(marks: JsonMark[] | undefined): JsonMark[] {
  return (marks ?? []).filter(
    (mark) =>
      IMPORTED_MARKS.has(mark.type) &&
      (mark.type !== "link" || isHttpUrl(String(mark.attrs?.href ?? ""))),
  );
}

/** Inline content with white space collapsed, trimmed at the ends and around line breaks. */
function cleanInline(content: JsonNode[]): JsonNode[] {
  const inline: JsonNode[] = [];
  for (const node of content) {
    if (node.type === "hardBreak") {
      const previous = inline.at(-1);
      if (previous?.text !== undefined) previous.text = previous.text.trimEnd();
      inline.push({ type: "hardBreak" });
      continue;
    }
    const previous = inline.at(-1);
    let text = storableText(node.text ?? "").replace(/[ \t\n\r\f]+/g, " ");
    if (!previous || previous.type === "hardBreak" || previous.text?.endsWith(" ")) {
      text = text.trimStart();
    }
    const marks = cleanMarks(node.marks);
    inline.push(marks.length > 0 ? { type: "text", text, marks } : { type: "text", text });
  }
  const last = inline.at(-1);
  if (last?.text !== undefined) last.text = last.text.trimEnd();
  const kept = inline.filter((node) => node.type === "hardBreak" || node.text);
  while (kept[0]?.type === "hardBreak") kept.shift();
  while (kept.at(-1)?.type === "hardBreak") kept.pop();
  return kept;
}

function cleanAttrs(node: JsonNode): Record<string, unknown> | undefined {
  if (node.type === "heading") return { level: node.attrs?.level === 3 ? 3 : 2 };
  if (node.type !== "orderedList") return undefined;
  const start = Number(node.attrs?.start);
  const type = node.attrs?.type;
  return {
    start: Number.isInteger(start) && start >= 0 && start <= 99_999 ? start : 1,
    type: typeof type === "string" && ORDERED_LIST_TYPES.has(type) ? type : null,
  };
}

/** A block cleaned of empty parts; an empty list means "drop it", several mean "lift these". */
function cleanBlock(node: JsonNode, depth: number): JsonNode[] {
  if (!CONTAINERS.has(node.type)) {
    const content = cleanInline(node.content ?? []);
    if (content.length === 0) return [];
    const attrs = cleanAttrs(node);
    return [attrs ? { type: node.type, attrs, content } : { type: node.type, content }];
  }
  const children = (node.content ?? []).flatMap((child) => cleanBlock(child, depth + 1));
  if (children.length === 0) return [];
  // A list item goes with its list: lifting one without the other would break the schema.
  if (depth > MAX_NESTING + (node.type === "listItem" ? 1 : 0)) return children;
  // A list item must open with a paragraph; when its own text was empty, give it an empty one.
  if (node.type === "listItem" && children[0]!.type !== "paragraph") {
    children.unshift({ type: "paragraph" });
  }
  const attrs = cleanAttrs(node);
  return [
    attrs ? { type: node.type, attrs, content: children } : { type: node.type, content: children },
  ];
}

/**
 * Tiptap JSON in the editor schema for an article's HTML (a linkedom element, which this
 * rewrites): paragraphs, headings, quotes, lists, bold, italic, line breaks and http(s) links,
 * with links made absolute against pageUrl. Whatever else the page holds is dropped, and no
 * annotation highlight survives, whatever the page's markup claims.
 */
export function htmlToDoc(root: Element, pageUrl: string): JsonNode {
  prepare(root, pageUrl);
  const parsed = DOMParser.fromSchema(editorSchema()).parse(root as unknown as Node);
  const json = parsed.toJSON() as JsonNode;
  const content = (json.content ?? []).flatMap((block) => cleanBlock(block, 1));
  return { type: "doc", content };
}
