// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import { afterEach, describe, expect, it } from "vitest";
import { extractAnchors } from "./anchors";
import { annotationPieces } from "./annotation-mark";
import { createBrowserExtensions } from "./browser-extensions";
import { plainTextToSlice } from "./paste";
import { parseDocument } from "./schema";

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

function open(html: string, created: string[] = []) {
  editor = new Editor({
    extensions: createBrowserExtensions({ onCreate: (id) => created.push(id) }),
    content: html,
  });
  return editor;
}

/** Selects the first occurrence of `text` within one paragraph (of text only). */
function select(e: Editor, text: string) {
  let found: { from: number; to: number } | null = null;
  e.state.doc.descendants((node, pos) => {
    const at = node.isTextblock ? node.textContent.indexOf(text) : -1;
    if (!found && at >= 0) found = { from: pos + 1 + at, to: pos + 1 + at + text.length };
    return !node.isTextblock;
  });
  e.commands.setTextSelection(found!);
}

describe("the annotation mark", () => {
  it("tags the selection with a new uuid and reports it", async () => {
    const created: string[] = [];
    const e = open("<p>The bridge closed on 3 May.</p>", created);
    select(e, "closed on 3 May");
    expect(e.commands.tagSelection("verified_fact")).toBe(true);
    await Promise.resolve();
    const [anchor] = extractAnchors(e.state.doc);
    expect(anchor).toMatchObject({ kind: "verified_fact", quote: "closed on 3 May" });
    expect(anchor!.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(created).toEqual([anchor!.id]);
  });

  it("refuses an empty selection", () => {
    const e = open("<p>Text</p>");
    e.commands.setTextSelection(2);
    expect(e.commands.tagSelection("allegation")).toBe(false);
    expect(extractAnchors(e.state.doc)).toEqual([]);
  });

  it("lets spans overlap and nest, each keeping its own id", () => {
    const e = open("<p>The mayor is accused of taking bribes, which she denies.</p>");
    select(e, "The mayor is accused of taking bribes");
    e.commands.tagSelection("allegation");
    select(e, "taking bribes, which she denies");
    e.commands.tagSelection("official_claim");
    select(e, "bribes");
    e.commands.tagSelection("verified_fact");
    expect(extractAnchors(e.state.doc).map((a) => [a.kind, a.quote])).toEqual([
      ["allegation", "The mayor is accused of taking bribes"],
      ["official_claim", "taking bribes, which she denies"],
      ["verified_fact", "bribes"],
    ]);
  });

  it("does not grow when typing at its edge", () => {
    const e = open("<p>Forty were hurt.</p>");
    select(e, "Forty");
    e.commands.tagSelection("official_claim");
    e.commands.setTextSelection(1 + "Forty".length);
    e.commands.insertContent("-two");
    expect(extractAnchors(e.state.doc)[0]!.quote).toBe("Forty");
  });

  it("changes the kind of every piece and removes a span, and undo restores it", () => {
    const e = open("<p>One two three.</p><p>Four five.</p>");
    select(e, "two three.");
    e.commands.tagSelection("official_claim");
    const id = extractAnchors(e.state.doc)[0]!.id;
    e.commands.setAnnotationKind(id, "allegation");
    expect(extractAnchors(e.state.doc)[0]).toMatchObject({ id, kind: "allegation" });
    e.commands.removeAnnotation(id);
    expect(annotationPieces(e.state.doc, id)).toEqual([]);
    e.commands.undo();
    expect(extractAnchors(e.state.doc)[0]).toMatchObject({ id, kind: "allegation" });
  });

  it("tags with Mod-Alt-1/2/3", () => {
    const e = open("<p>Officials said forty were hurt.</p>");
    select(e, "forty were hurt");
    const handled = e.view.someProp("handleKeyDown", (f) =>
      f(
        e.view,
        new KeyboardEvent("keydown", { key: "3", code: "Digit3", ctrlKey: true, altKey: true }),
      ),
    );
    expect(handled).toBe(true);
    expect(extractAnchors(e.state.doc)[0]).toMatchObject({
      kind: "verified_fact",
      quote: "forty were hurt",
    });
  });
});

describe("pasting", () => {
  it("makes one paragraph per blank-line-separated block of plain text", () => {
    const e = open("<p></p>");
    const slice = plainTextToSlice(
      "First line\nwrapped here.\n\n\nSecond block.\r\n\r\nThird.",
      e.schema,
    );
    e.view.dispatch(e.state.tr.replaceSelection(slice));
    const blocks = e.getJSON().content as { content?: { text?: string }[] }[];
    expect(blocks.map((block) => block.content?.[0]?.text)).toEqual([
      "First line wrapped here.",
      "Second block.",
      "Third.",
    ]);
  });

  it("reduces pasted HTML to the schema: no scripts, handlers, unknown nodes or javascript: links", () => {
    const e = open("<p></p>");
    e.commands.insertContent(
      '<p onclick="alert(1)">Hi <script>alert(1)</script><a href="javascript:alert(1)">bad</a> <a href="https://ok.example/">good</a><img src=x onerror="alert(1)"><object data="x"></object></p>',
    );
    const json = JSON.stringify(e.getJSON());
    expect(json).not.toMatch(/script|onclick|onerror|javascript|object|image/i);
    expect(json).toContain("https://ok.example/");
    expect(() => parseDocument(e.getJSON())).not.toThrow();
  });
});
