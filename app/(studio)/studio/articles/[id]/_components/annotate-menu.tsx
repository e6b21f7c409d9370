"use client";

import type { Editor } from "@tiptap/react";
import { BubbleMenu } from "@tiptap/react/menus";
import { useEffect, useRef } from "react";
import { KindIcon } from "@/app/_components/kind-icon";
import { ANNOTATION_KINDS } from "@/db/enums";
import { KIND_LABELS } from "@/lib/editor/kinds";

const SHORTCUT_DIGIT = { official_claim: 1, allegation: 2, verified_fact: 3 } as const;
const MENU_KEY = "annotateMenu";

/** The "Annotate" toolbar, shown next to any non-empty text selection. */
export function AnnotateMenu({ editor }: { editor: Editor }) {
  const toolbar = useRef<HTMLDivElement>(null);

  // The bubble menu ignores the first blur after a click on one of its buttons (the buttons
  // keep focus in the text), so moving on to the panel after tagging left it over the text.
  useEffect(() => {
    const hideUnlessFocused = () =>
      setTimeout(() => {
        if (editor.isDestroyed || editor.view.hasFocus()) return;
        if (toolbar.current?.contains(document.activeElement)) return;
        editor.view.dispatch(editor.state.tr.setMeta(MENU_KEY, "hide"));
      });
    editor.on("blur", hideUnlessFocused);
    return () => {
      editor.off("blur", hideUnlessFocused);
    };
  }, [editor]);

  return (
    <BubbleMenu
      editor={editor}
      pluginKey={MENU_KEY}
      // Only while the text (or the menu itself) has focus: otherwise a selection left behind
      // in the text would bring the menu back over the title or a panel on the next resize.
      shouldShow={({ view, element, state }) =>
        (view.hasFocus() || element.contains(document.activeElement)) &&
        !state.selection.empty &&
        state.selection.content().size > 0
      }
      // Kept inside the screen, whatever the selection: on a phone it wraps rather than
      // running off the side and making the page scroll sideways.
      options={{ placement: "top", shift: { padding: 8 } }}
      // Above the sticky formatting toolbar when the selection is on the first line.
      className="z-30"
    >
      <div
        ref={toolbar}
        role="toolbar"
        aria-label="Annotate"
        className="flex max-w-[calc(100vw-1rem)] flex-wrap gap-1 rounded-lg border border-rule bg-paper p-1 shadow-lg"
      >
        {ANNOTATION_KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            title={`${KIND_LABELS[kind].one} (Ctrl+Alt+${SHORTCUT_DIGIT[kind]})`}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => editor.chain().focus().tagSelection(kind).run()}
            className="flex items-center gap-1.5 rounded-md px-2.5 py-1.5 text-sm font-medium hover:bg-rule/50"
          >
            <KindIcon kind={kind} />
            {KIND_LABELS[kind].one}
          </button>
        ))}
      </div>
    </BubbleMenu>
  );
}
