// @vitest-environment happy-dom
import { Editor } from "@tiptap/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { extractAnchors } from "./anchors";
import { createBrowserExtensions } from "./browser-extensions";
import {
  type PendingSpan,
  PendingSuggestions,
  type PendingSuggestionsState,
  pendingSuggestionRange,
  pendingSuggestions,
} from "./pending-suggestions";
import { positionsOfTextOffsets } from "./text-positions";

const TEXT = "The mayor said the bridge is safe. She is accused of taking bribes.";
let editor: Editor | undefined;
afterEach(() => editor?.destroy());

function open(html = `<p>${TEXT}</p>`, onChange?: (state: PendingSuggestionsState) => void) {
  editor = new Editor({
    extensions: createBrowserExtensions({
      extra: [PendingSuggestions.configure({ onChange: onChange ?? null })],
    }),
    content: html,
  });
  return editor;
}

/** A suggestion over the first occurrence of `quote`. */
function span(e: Editor, id: string, quote: string, kind: PendingSpan["kind"] = "official_claim") {
  const positions = positionsOfTextOffsets(e.state.doc);
  const start = positions.text.indexOf(quote);
  return { id, kind, ...positions.range(start, start + quote.length)! };
}

const textOf = (e: Editor, id: string) => {
  const range = pendingSuggestionRange(e.state, id);
  return range && e.state.doc.textBetween(range.from, range.to);
};
const shown = (e: Editor) =>
  [...e.view.dom.querySelectorAll(".suggestion")].map((node) => node.textContent);

describe("pending suggestions", () => {
  it("are decorations with their kind's icon: the document and its JSON stay as they were", () => {
    const e = open();
    const before = JSON.stringify(e.getJSON());
    e.commands.showSuggestions([
      span(e, "a", "the bridge is safe"),
      span(e, "b", "taking bribes", "allegation"),
    ]);
    expect(shown(e)).toEqual(["the bridge is safe", "taking bribes"]);
    const icons = [...e.view.dom.querySelectorAll(".suggestion-icon")];
    expect(icons.map((icon) => (icon as HTMLElement).dataset.icon)).toEqual([
      "official_claim",
      "allegation",
    ]);
    expect(JSON.stringify(e.getJSON())).toBe(before);
    expect(e.getText()).toBe(TEXT);
    expect(pendingSuggestions(e.state).ids).toEqual(["a", "b"]);
  });

  it("leaves out a suggestion that overlaps an annotation", () => {
    const e = open();
    e.commands.setTextSelection({ from: 20, to: 26 });
    e.commands.tagSelection("official_claim");
    e.commands.showSuggestions([span(e, "a", "the bridge is safe"), span(e, "b", "taking bribes")]);
    expect(pendingSuggestions(e.state).ids).toEqual(["b"]);
  });

  it("follows edits before it and at its edges without growing, and without a new list", () => {
    const onChange = vi.fn();
    const e = open(undefined, onChange);
    e.commands.showSuggestions([span(e, "a", "the bridge is safe")]);
    const ids = pendingSuggestions(e.state).ids;
    onChange.mockClear();
    e.commands.insertContentAt(1, "Today ");
    const { from, to } = pendingSuggestionRange(e.state, "a")!;
    e.commands.insertContentAt(to, "!");
    e.commands.insertContentAt(from, "X");
    expect(textOf(e, "a")).toBe("the bridge is safe");
    expect(pendingSuggestions(e.state).ids).toBe(ids);
    expect(onChange).not.toHaveBeenCalled();
  });

  it("drops a suggestion whose text is edited inside, and says so", () => {
    const onChange = vi.fn();
    const e = open(undefined, onChange);
    e.commands.showSuggestions([span(e, "a", "the bridge is safe"), span(e, "b", "taking bribes")]);
    const { from } = pendingSuggestionRange(e.state, "a")!;
    e.commands.insertContentAt(from + 4, "old ");
    expect(pendingSuggestions(e.state).ids).toEqual(["b"]);
    expect(shown(e)).toEqual(["taking bribes"]);
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ ids: ["b"] }));

    // Deleting its last character is an edit inside too.
    const b = pendingSuggestionRange(e.state, "b")!;
    e.commands.deleteRange({ from: b.to - 1, to: b.to });
    expect(pendingSuggestions(e.state).ids).toEqual([]);
  });

  it("disappears when an annotation is made over part of it", () => {
    const e = open();
    e.commands.showSuggestions([span(e, "a", "the bridge is safe")]);
    const { from } = pendingSuggestionRange(e.state, "a")!;
    e.commands.setTextSelection({ from: from - 5, to: from + 3 });
    e.commands.tagSelection("allegation");
    expect(pendingSuggestions(e.state).ids).toEqual([]);
  });

  it("is accepted as an annotation of its kind in one step, which one undo takes away", () => {
    const e = open();
    e.commands.showSuggestions([span(e, "b", "taking bribes", "allegation")]);
    // Typing just before must not share the accept's undo step.
    e.commands.insertContentAt(1, "Now ");
    expect(e.commands.acceptSuggestions([{ id: "b", annotationId: "new-id" }])).toBe(true);
    expect(extractAnchors(e.state.doc)).toMatchObject([
      { id: "new-id", kind: "allegation", quote: "taking bribes" },
    ]);
    expect(pendingSuggestions(e.state).ids).toEqual([]);
    e.commands.undo();
    expect(extractAnchors(e.state.doc)).toEqual([]);
    expect(e.getText()).toBe(`Now ${TEXT}`);
  });

  it("accepts several at once and refuses ones no longer pending", () => {
    const e = open();
    e.commands.showSuggestions([span(e, "a", "the bridge is safe"), span(e, "b", "taking bribes")]);
    e.commands.acceptSuggestions([
      { id: "a", annotationId: "1" },
      { id: "b", annotationId: "2" },
    ]);
    expect(extractAnchors(e.state.doc).map((a) => a.quote)).toEqual([
      "the bridge is safe",
      "taking bribes",
    ]);
    expect(e.commands.acceptSuggestions([{ id: "a", annotationId: "3" }])).toBe(false);
  });

  it("draws the current one apart and forgets rejected ones", () => {
    const e = open();
    e.commands.showSuggestions([span(e, "a", "the bridge is safe"), span(e, "b", "taking bribes")]);
    e.commands.setCurrentSuggestion("b");
    expect(e.view.dom.querySelector(".suggestion.is-current")?.textContent).toBe("taking bribes");
    e.commands.setCurrentSuggestion("a");
    expect(e.view.dom.querySelector(".is-current")?.textContent).toBe("the bridge is safe");
    e.commands.dismissSuggestions(["a"]);
    expect(pendingSuggestions(e.state)).toMatchObject({ ids: ["b"], current: null });
    expect(e.view.dom.querySelectorAll(".suggestion-icon")).toHaveLength(1);
  });

  it("notes text pasted into the empty article, until suggestions are shown", () => {
    const e = open("<p></p>");
    e.view.dispatch(e.state.tr.insertText("Pasted text.", 1).setMeta("uiEvent", "paste"));
    expect(pendingSuggestions(e.state).pastedIntoEmpty).toBe(true);
    e.commands.showSuggestions([]);
    expect(pendingSuggestions(e.state).pastedIntoEmpty).toBe(false);
    e.view.dispatch(e.state.tr.insertText("More.", 1).setMeta("uiEvent", "paste"));
    expect(pendingSuggestions(e.state).pastedIntoEmpty).toBe(false);
  });
});
