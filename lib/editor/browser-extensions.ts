import { type AnyExtension, Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { KIND_SHORTCUTS } from "./annotation-mark";
import { createExtensions } from "./extensions";
import type { AnnotationKind } from "@/db/enums";
import { plainTextToSlice } from "./paste";
import { TypedText } from "./typed-text";

/**
 * Ctrl+Alt+1/2/3 tag the selection. A keymap changes nothing in the schema, so it lives with the
 * browser's behaviour and not in the list the server validates against.
 */
const AnnotationShortcuts = Extension.create({
  name: "annotationShortcuts",

  addKeyboardShortcuts() {
    return Object.fromEntries(
      Object.entries(KIND_SHORTCUTS).map(([kind, key]) => [
        key,
        () => this.editor.commands.tagSelection(kind as AnnotationKind),
      ]),
    );
  },
});

/** Pasted plain text becomes paragraphs by blank lines (see plainTextToSlice). */
const PlainTextPaste = Extension.create({
  name: "plainTextPaste",

  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey("plainTextPaste"),
        props: {
          clipboardTextParser: (text, _context, _plain, view) =>
            plainTextToSlice(text, view.state.schema),
        },
      }),
    ];
  },
});

export interface BrowserExtensionOptions {
  /** Told about each annotation created from the selection, so the UI can open its panel. */
  onCreate?: (id: string, kind: AnnotationKind) => void;
  /**
   * Behaviour that only exists while someone edits (decorations such as pending suggestions,
   * collaboration cursors). It must not add nodes or marks: the server never sees this list.
   */
  extra?: AnyExtension[];
}

/**
 * The browser editor's extensions: the shared schema from createExtensions() plus what only an
 * editing person needs (shortcuts, typing, paste). Server code never imports this file, so
 * whatever is added here cannot change what the server accepts or renders.
 */
export function createBrowserExtensions(options: BrowserExtensionOptions = {}): AnyExtension[] {
  return [
    ...createExtensions({ onCreate: options.onCreate ?? null }),
    AnnotationShortcuts,
    TypedText,
    PlainTextPaste,
    ...(options.extra ?? []),
  ];
}
