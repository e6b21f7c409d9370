import type { Mark, Node as PMNode } from "@tiptap/pm/model";
import { LINK_REL } from "@/lib/editor/extensions";
import { isHttpUrl } from "@/lib/text/urls";
import { html, type SafeHtml } from "./html";
import { noteHeadingId, type ReaderAnnotation } from "./reader-model";

/**
 * A published document as reader HTML (no editor code reaches the browser). Every string from
 * the document goes through `html`, so nothing a user typed can become markup.
 *
 * Overlapping and nested annotations are rendered as flat fragments: each run of text carries
 * every annotation covering it as nested spans with its `data-kind`, and the innermost one (the
 * shortest) wins the underline. The first fragment where an annotation is innermost is itself a
 * link to the annotation's note: reachable by keyboard, and without JavaScript it jumps there.
 *
 * The markup is kept small because a long article has a thousand of these: a link's id is its
 * note's number (`id="3"`, which print shows as " [3]"), and its accessible name is borrowed
 * from the note's first line ("Official claim 3, attributed to …") followed by its own text
 * (`aria-labelledby="n3 3"`), so the kind, number and speaker are written once, in the note.
 */
export function articleBodyHtml(root: PMNode, annotations: ReaderAnnotation[]): SafeHtml {
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const linked = new Set<string>();
  const lastFragment = lastFragments(root);

  const children = (node: PMNode): SafeHtml[] => {
    const out: SafeHtml[] = [];
    node.forEach((child) => out.push(block(child)));
    return out;
  };

  const noteLink = (a: ReaderAnnotation, content: SafeHtml | string, marker = false) => {
    linked.add(a.id);
    const n = a.number;
    const heading = noteHeadingId(n);
    // A marker's own text is only the number, which the note's first line already says.
    const attributes = marker
      ? html`class="annotation-marker" aria-labelledby="${heading}"`
      : html`aria-labelledby="${heading} ${n}"`;
    return html`<a href="#${heading}" id="${n}" data-kind="${a.kind}"${verdictAttribute(a)} ${attributes}>${content}</a>`;
  };

  const text = (node: PMNode): SafeHtml => {
    let inner: SafeHtml | string = node.text ?? "";
    for (let i = node.marks.length - 1; i >= 0; i--) inner = wrapInMark(node.marks[i]!, inner);
    const covering = node.marks
      .filter((m) => m.type.name === "annotation" && byId.has(String(m.attrs.id)))
      .map((m) => byId.get(String(m.attrs.id))!)
      .sort((a, b) => b.length - a.length || a.number - b.number);
    if (covering.length === 0) return html`${inner}`;

    const innermost = covering.at(-1)!;
    // A link inside the text cannot hold another link; such an annotation gets a marker instead.
    const hasLink = node.marks.some((m) => m.type.name === "link");
    let content: SafeHtml | string = inner;
    // Innermost first, then the outer layers around it; each adds tint so shared text reads
    // darker.
    for (let i = covering.length - 1; i >= 0; i--) {
      const a = covering[i]!;
      if (a === innermost && !linked.has(a.id) && !hasLink) content = noteLink(a, content);
      else {
        const flag = a === innermost ? html` data-innermost` : "";
        content = html`<span data-kind="${a.kind}"${verdictAttribute(a)}${flag}>${content}</span>`;
      }
    }
    // An annotation that never got a link of its own (wholly covered by inner ones, or inside a
    // hyperlink) gets a small numbered link after its last piece.
    const markers = covering
      .filter((a) => lastFragment.get(a.id) === node && !linked.has(a.id))
      .map((a) => noteLink(a, html`<sup>${a.number}</sup>`, true));
    return html`${content}${markers}`;
  };

  const block = (node: PMNode): SafeHtml => {
    switch (node.type.name) {
      case "text":
        return text(node);
      case "paragraph":
        return html`<p>${children(node)}</p>`;
      case "heading":
        return node.attrs.level === 3
          ? html`<h3>${children(node)}</h3>`
          : html`<h2>${children(node)}</h2>`;
      case "blockquote":
        return html`<blockquote>${children(node)}</blockquote>`;
      case "bulletList":
        return html`<ul>${children(node)}</ul>`;
      case "orderedList": {
        const start = Number(node.attrs.start ?? 1);
        return html`<ol${start === 1 ? "" : html` start="${start}"`}>${children(node)}</ol>`;
      }
      case "listItem":
        return html`<li>${children(node)}</li>`;
      case "hardBreak":
        return html`<br />`;
      default:
        return html``;
    }
  };

  return html`<div class="article-text reader-text">${children(root)}</div>`;
}

/**
 * Which of the revision's verdicts a span carries, for the legend's verdict filter (app/styles/
 * annotations.css hides by it); a span without one counts as "No verdict".
 */
function verdictAttribute(a: ReaderAnnotation): SafeHtml | "" {
  return a.verdict ? html` data-verdict="${a.verdict.number}"` : "";
}

/** For each annotation id, the last text node carrying it. */
function lastFragments(root: PMNode): Map<string, PMNode> {
  const last = new Map<string, PMNode>();
  root.descendants((node) => {
    for (const mark of node.marks)
      if (mark.type.name === "annotation") last.set(String(mark.attrs.id), node);
  });
  return last;
}

function wrapInMark(mark: Mark, inner: SafeHtml | string): SafeHtml | string {
  switch (mark.type.name) {
    case "bold":
      return html`<strong>${inner}</strong>`;
    case "italic":
      return html`<em>${inner}</em>`;
    case "link": {
      const href = String(mark.attrs.href ?? "");
      return isHttpUrl(href) ? html`<a href="${href}" rel="${LINK_REL}">${inner}</a>` : inner;
    }
    default:
      return inner;
  }
}
