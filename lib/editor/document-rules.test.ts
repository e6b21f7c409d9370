// @vitest-environment happy-dom
import { generateHTML } from "@tiptap/core";
import { describe, expect, it } from "vitest";
import { ATTRIBUTE_RULES, MAX_DOCUMENT_DEPTH } from "./document-rules";
import { createExtensions } from "./extensions";
import { editorSchema, parseDocument, readStoredDocument } from "./schema";

const ID = "3f2b8c1d-6a4e-4b7f-9c2d-1e5a7b9c0d3f";
const text = (value: string, marks?: object[]) => ({ type: "text", text: value, marks });
const paragraph = (...content: object[]) => ({ type: "paragraph", content });
const doc = (...content: object[]) => ({ type: "doc", content });
const nested = (levels: number) => {
  let node: object = paragraph(text("deep"));
  for (let i = 0; i < levels; i++) node = { type: "blockquote", content: [node] };
  return doc(node);
};
const list = (attrs: object) => ({
  type: "orderedList",
  attrs,
  content: [{ type: "listItem", content: [paragraph(text("First"))] }],
});
const linked = (attrs: object) => doc(paragraph(text("link", [{ type: "link", attrs }])));

describe("the document rules", () => {
  it("have a rule for every attribute of every node and mark in the schema", () => {
    const schema = editorSchema();
    const types = [...Object.values(schema.nodes), ...Object.values(schema.marks)];
    for (const type of types) {
      for (const name of Object.keys(type.spec.attrs ?? {})) {
        expect(ATTRIBUTE_RULES[type.name]?.[name], `${type.name}.${name}`).toBeDefined();
      }
    }
  });

  it.each([
    ["a list start that is an object", doc(list({ start: { toString: "x" } })), /numbered list/],
    ["a list start of a billion", doc(list({ start: 1e9 })), /numbered list/],
    ["a list numbering style that is script", doc(list({ type: "<script>" })), /numbering style/],
    [
      "a heading level 1",
      doc({ type: "heading", attrs: { level: 1 }, content: [text("H")] }),
      /heading/,
    ],
    [
      "a heading level that is text",
      doc({ type: "heading", attrs: { level: "2" }, content: [text("H")] }),
      /heading/,
    ],
    ["a javascript: link", linked({ href: "javascript:alert(1)" }), /http:\/\/ or https:\/\//],
    ["a link without an address", linked({ href: { toString: "x" } }), /http:\/\/ or https:\/\//],
    [
      "an annotation without a uuid",
      doc(paragraph(text("x", [{ type: "annotation", attrs: { id: "x1", kind: "allegation" } }]))),
      /missing its id/,
    ],
    [
      "an annotation of an unknown kind",
      doc(paragraph(text("x", [{ type: "annotation", attrs: { id: ID, kind: "rumour" } }]))),
      /unknown kind/,
    ],
    ["a paragraph as the root", paragraph(text("x")), /whole article/],
    ["nothing at all", null, /whole article/],
    ["a node type the editor does not have", doc({ type: "table" }), /kind of block/],
    [
      "a mark type the editor does not have",
      doc(paragraph(text("x", [{ type: "strike" }]))),
      /formatting/,
    ],
    ["nesting 10,000 levels deep", nested(10_000), /nested more than 100 levels/],
    [
      "a NUL in the text",
      doc(paragraph(text("a\u0000b"))),
      /Remove the invisible NUL character from the text/,
    ],
    ["a lone surrogate in the text", doc(paragraph(text("emoji \ud83d"))), /half of it is missing/],
  ])("refuse %s, saying what to fix", (_label, json, message) => {
    expect(() => parseDocument(json)).toThrow(message);
  });

  it("accept what the editor makes, nesting up to the limit and the six characters \\u0000 typed as text", () => {
    const good = doc(
      { type: "heading", attrs: { level: 3 }, content: [text("Timeline")] },
      list({ start: 4, type: "a" }),
      paragraph(
        text("typed \\u0000 and 🙂 ", [{ type: "bold" }]),
        text("said", [{ type: "annotation", attrs: { id: ID, kind: "verified_fact" } }]),
        text(" here", [{ type: "link", attrs: { href: "https://example.org/" } }]),
      ),
    );
    expect(parseDocument(good).textContent).toContain("typed \\u0000 and 🙂");
    // Quotes, then a paragraph, then its text: the text is the deepest level.
    expect(() => parseDocument(nested(MAX_DOCUMENT_DEPTH - 2))).not.toThrow();
    expect(() => parseDocument(nested(MAX_DOCUMENT_DEPTH - 1))).toThrow(/nested/);
  });
});

describe("links", () => {
  const stored = linked({
    href: "https://example.org/",
    target: "_blank",
    rel: "opener",
    class: "x",
    title: "t",
  });

  it("keep only their address when a document is read", () => {
    for (const node of [parseDocument(stored), readStoredDocument(stored)]) {
      const [mark] = node.firstChild!.firstChild!.marks;
      expect(mark!.toJSON()).toEqual({ type: "link", attrs: { href: "https://example.org/" } });
    }
  });

  it("are rendered by the editor with a safe rel and no target", () => {
    const host = document.createElement("div");
    host.innerHTML = generateHTML(stored, createExtensions());
    const link = host.querySelector("a")!;
    expect(link.getAttributeNames().sort()).toEqual(["href", "rel"]);
    expect(link.getAttribute("rel")).toBe("noopener noreferrer nofollow");
  });
});
