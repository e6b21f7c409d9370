import type { Mark, Node as PMNode } from "@tiptap/pm/model";
import { Fragment, type ReactNode } from "react";
import { isHttpUrl } from "@/lib/editor/extensions";
import { KIND_LABELS } from "@/lib/editor/kinds";
import { parseDocument } from "@/lib/editor/schema";
import { annotationLabel, type ReaderAnnotation } from "./reader-model";

/**
 * Server-side rendering of a published document as React elements (no editor code reaches the
 * browser). React escapes every string, so nothing a user typed can become markup.
 *
 * Overlapping and nested annotations are rendered as flat fragments: each run of text carries
 * every annotation covering it as nested, non-interactive spans, and the innermost one (the
 * shortest) wins the underline. The first fragment where an annotation is innermost is a link to
 * its note: reachable by keyboard and named by its kind; without JavaScript it jumps to the note.
 */
export function ArticleBody({
  doc,
  annotations,
}: {
  doc: unknown;
  annotations: ReaderAnnotation[];
}) {
  const root = parseDocument(doc);
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const linked = new Set<string>();
  const lastFragment = lastFragments(root);
  const renderChildren = (node: PMNode): ReactNode[] => {
    const out: ReactNode[] = [];
    node.forEach((child, _offset, index) => out.push(renderNode(child, index)));
    return out;
  };

  const renderText = (node: PMNode, key: number): ReactNode => {
    let inner: ReactNode = node.text;
    for (const mark of [...node.marks].reverse()) inner = wrapInMark(mark, inner);
    const covering = node.marks
      .filter((m) => m.type.name === "annotation" && byId.has(String(m.attrs.id)))
      .map((m) => byId.get(String(m.attrs.id))!)
      .sort((a, b) => b.length - a.length || a.number - b.number);
    if (covering.length === 0) return <Fragment key={key}>{inner}</Fragment>;

    const innermost = covering.at(-1)!;
    // A link inside the text cannot hold another link; such an annotation gets a marker instead.
    const hasLink = node.marks.some((m) => m.type.name === "link");
    let content: ReactNode = inner;
    if (!linked.has(innermost.id) && !hasLink) {
      linked.add(innermost.id);
      content = (
        <a
          href={`#note-${innermost.id}`}
          id={`annotation-${innermost.id}`}
          className="annotation-link"
          data-annotation-id={innermost.id}
          data-kind={innermost.kind}
          data-note={innermost.number}
          aria-label={annotationLabel(innermost, KIND_LABELS[innermost.kind].one)}
        >
          {inner}
        </a>
      );
    }
    // Outer layers first; each adds tint so shared text reads darker.
    const wrapped = covering.reduceRight<ReactNode>(
      (acc, annotation, depth) => (
        <span
          className="annotation"
          data-kind={annotation.kind}
          data-annotation-id={annotation.id}
          data-innermost={annotation === innermost ? "" : undefined}
          data-depth={depth + 1}
        >
          {acc}
        </span>
      ),
      content,
    );
    // An annotation that never got a link of its own (wholly covered by inner ones, or inside a
    // hyperlink) gets a small numbered link after its last piece.
    const markers = covering
      .filter((a) => lastFragment.get(a.id) === node && !linked.has(a.id))
      .map((a) => {
        linked.add(a.id);
        return (
          <a
            key={a.id}
            href={`#note-${a.id}`}
            id={`annotation-${a.id}`}
            className="annotation-marker"
            data-annotation-id={a.id}
            data-kind={a.kind}
            aria-label={annotationLabel(a, KIND_LABELS[a.kind].one)}
          >
            <sup>{a.number}</sup>
          </a>
        );
      });
    return (
      <Fragment key={key}>
        {wrapped}
        {markers}
      </Fragment>
    );
  };

  const renderNode = (node: PMNode, key: number): ReactNode => {
    switch (node.type.name) {
      case "paragraph":
        return <p key={key}>{renderChildren(node)}</p>;
      case "heading":
        return node.attrs.level === 3 ? (
          <h3 key={key}>{renderChildren(node)}</h3>
        ) : (
          <h2 key={key}>{renderChildren(node)}</h2>
        );
      case "blockquote":
        return <blockquote key={key}>{renderChildren(node)}</blockquote>;
      case "bulletList":
        return <ul key={key}>{renderChildren(node)}</ul>;
      case "orderedList":
        return <ol key={key}>{renderChildren(node)}</ol>;
      case "listItem":
        return <li key={key}>{renderChildren(node)}</li>;
      case "hardBreak":
        return <br key={key} />;
      case "text":
        return renderText(node, key);
      default:
        return null;
    }
  };

  return <div className="article-text">{renderChildren(root)}</div>;
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

function wrapInMark(mark: Mark, inner: ReactNode): ReactNode {
  switch (mark.type.name) {
    case "bold":
      return <strong>{inner}</strong>;
    case "italic":
      return <em>{inner}</em>;
    case "link": {
      const href = String(mark.attrs.href ?? "");
      return isHttpUrl(href) ? (
        <a href={href} rel="noopener noreferrer nofollow">
          {inner}
        </a>
      ) : (
        inner
      );
    }
    default:
      return inner;
  }
}
