import type { Mark, Node as PMNode } from "@tiptap/pm/model";
import { Fragment, type ReactNode } from "react";
import { isHttpUrl } from "@/lib/editor/extensions";
import { parseDocument } from "@/lib/editor/schema";

/**
 * Server-side rendering of a published document as React elements. React escapes every
 * string, so nothing a user typed can become markup; links are rendered only when http(s).
 */
export function ArticleBody({ doc }: { doc: unknown }) {
  const root = parseDocument(doc);
  return <div className="article-text">{renderChildren(root)}</div>;
}

function renderChildren(node: PMNode): ReactNode[] {
  const out: ReactNode[] = [];
  node.forEach((child, _offset, index) => out.push(renderNode(child, index)));
  return out;
}

function renderNode(node: PMNode, key: number): ReactNode {
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
      return (
        <Fragment key={key}>
          {node.marks.reduceRight<ReactNode>((inner, mark) => wrapInMark(mark, inner), node.text)}
        </Fragment>
      );
    default:
      return null;
  }
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
    case "annotation":
      return (
        <span
          className="annotation"
          data-kind={String(mark.attrs.kind)}
          data-annotation-id={String(mark.attrs.id)}
        >
          {inner}
        </span>
      );
    default:
      return inner;
  }
}
