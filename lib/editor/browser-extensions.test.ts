// @vitest-environment happy-dom
import { Editor, Extension, getSchema } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import { afterEach, describe, expect, it } from "vitest";
import { extractAnchors } from "./anchors";
import { createBrowserExtensions } from "./browser-extensions";
import { createExtensions } from "./extensions";
import { editorSchema } from "./schema";

const PENDING_KEY = new PluginKey("pendingSuggestion");

/** What a pending-suggestion decoration would look like: browser-only, no nodes or marks. */
const PendingSuggestion = Extension.create({
  name: "pendingSuggestion",
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: PENDING_KEY,
        props: {
          decorations: (state) =>
            DecorationSet.create(state.doc, [
              Decoration.inline(1, 4, { class: "pending-suggestion" }),
            ]),
        },
      }),
    ];
  },
});

/** A schema as data: node and mark names in order, with every spec field that is not code. */
function describeSchema(schema: ReturnType<typeof getSchema>) {
  const specs = (map: { forEach: (f: (name: string, spec: object) => void) => void }) => {
    const out: [string, unknown][] = [];
    map.forEach((name, spec) => out.push([name, JSON.parse(JSON.stringify(spec))]));
    return out;
  };
  return { nodes: specs(schema.spec.nodes), marks: specs(schema.spec.marks) };
}

const editors: Editor[] = [];
afterEach(() => editors.splice(0).forEach((e) => e.destroy()));

function open(extensions: ReturnType<typeof createExtensions>, html: string) {
  const editor = new Editor({ extensions, content: html });
  editors.push(editor);
  return editor;
}

describe("the browser extension list", () => {
  it("builds the same schema as the server, whatever browser behaviour it holds", () => {
    const server = describeSchema(editorSchema());
    expect(server.nodes.length).toBeGreaterThan(0);
    expect(describeSchema(getSchema(createBrowserExtensions()))).toEqual(server);
    expect(
      describeSchema(getSchema(createBrowserExtensions({ extra: [PendingSuggestion] }))),
    ).toEqual(server);
  });

  it("puts a plugin added to it in the browser editor and nowhere on the server", () => {
    const browser = open(
      createBrowserExtensions({ extra: [PendingSuggestion] }),
      "<p>The bridge.</p>",
    );
    expect(PENDING_KEY.get(browser.state)).toBeDefined();
    expect(browser.view.dom.querySelector(".pending-suggestion")?.textContent).toBe("The");

    const server = open(createExtensions(), "<p>The bridge.</p>");
    expect(PENDING_KEY.get(server.state)).toBeUndefined();
    expect(createExtensions().map((e) => e.name)).not.toContain("pendingSuggestion");
  });

  it("keeps editing behaviour (shortcuts, typing, paste) out of the server's list", () => {
    const names = createExtensions().map((e) => e.name);
    const browserNames = createBrowserExtensions().map((e) => e.name);
    for (const name of ["annotationShortcuts", "typedText", "plainTextPaste"]) {
      expect(names).not.toContain(name);
      expect(browserNames).toContain(name);
    }
  });

  it("parses pasted plain text into paragraphs by blank lines in the browser editor", () => {
    const e = open(createBrowserExtensions(), "<p></p>");
    const slice = e.view.someProp("clipboardTextParser", (parse) =>
      parse("One\nwrapped.\n\nTwo.", e.state.doc.resolve(1), true, e.view),
    );
    expect(slice?.content.childCount).toBe(2);
    expect(slice?.content.firstChild?.textContent).toBe("One wrapped.");
  });

  it("tags the selection with Ctrl+Alt+1 only in the browser editor", () => {
    const press = (e: Editor) => {
      e.commands.setTextSelection({ from: 5, to: 11 });
      return e.view.someProp("handleKeyDown", (f) =>
        f(
          e.view,
          new KeyboardEvent("keydown", { key: "1", code: "Digit1", ctrlKey: true, altKey: true }),
        ),
      );
    };
    const server = open(createExtensions(), "<p>The bridge closed.</p>");
    press(server);
    expect(extractAnchors(server.state.doc)).toEqual([]);

    const browser = open(createBrowserExtensions(), "<p>The bridge closed.</p>");
    expect(press(browser)).toBe(true);
    expect(extractAnchors(browser.state.doc)[0]).toMatchObject({
      kind: "official_claim",
      quote: "bridge",
    });
  });
});
