// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import { afterEach, describe, expect, it } from "vitest";
import { extractAnchors } from "./anchors";
import { createBrowserExtensions } from "./browser-extensions";

let editor: Editor | undefined;
afterEach(() => editor?.destroy());

function open(html: string) {
  editor = new Editor({ extensions: createBrowserExtensions(), content: html });
  return editor;
}

/** A printable key as the browser reports it: keypress with its character. */
function typeKeys(e: Editor, text: string) {
  for (const key of text) {
    const event = new KeyboardEvent("keypress", { key, bubbles: true, cancelable: true });
    // happy-dom's KeyboardEvent has no charCode, which ProseMirror checks first.
    Object.defineProperty(event, "charCode", { value: key.codePointAt(0) });
    e.view.dom.dispatchEvent(event);
    expect(event.defaultPrevented, `"${key}" was left to the browser`).toBe(true);
  }
}

describe("typed text", () => {
  it("goes into the document through a transaction, where the caret is", () => {
    const e = open("<p>The bridge closed.</p>");
    e.commands.setTextSelection(12);
    typeKeys(e, "has ");
    expect(e.state.doc.textContent).toBe("The bridge has closed.");
    expect(e.state.selection.from).toBe(16);
  });

  it("does not grow an annotation when typing at its end", () => {
    const e = open(
      '<p>Said <span data-annotation-id="a1" data-kind="official_claim">the mayor</span></p>',
    );
    e.commands.setTextSelection(15);
    typeKeys(e, " today");
    expect(extractAnchors(e.state.doc).map((a) => a.quote)).toEqual(["the mayor"]);
    expect(e.state.doc.textContent).toBe("Said the mayor today");
  });

  it("replaces a selection and keeps marks chosen for the next character", () => {
    const e = open("<p>Old words here</p>");
    e.commands.setTextSelection({ from: 1, to: 4 });
    typeKeys(e, "New");
    expect(e.state.doc.textContent).toBe("New words here");
    e.commands.setTextSelection(15);
    e.commands.toggleBold();
    typeKeys(e, "!");
    expect(e.getHTML()).toBe("<p>New words here<strong>!</strong></p>");
  });

  it("still runs input rules such as a heading typed as markdown", () => {
    const e = open("<p></p>");
    e.commands.setTextSelection(1);
    typeKeys(e, "## Timeline");
    expect(e.getJSON().content?.[0]).toMatchObject({ type: "heading", attrs: { level: 2 } });
    expect(e.state.doc.textContent).toBe("Timeline");
  });
});
