"use client";

import type { Editor } from "@tiptap/react";
import { BubbleMenu } from "@tiptap/react/menus";
import { KindIcon } from "@/app/_components/kind-icon";
import { ANNOTATION_KINDS, KIND_LABELS } from "@/lib/editor/kinds";

const SHORTCUT_DIGIT = { official_claim: 1, allegation: 2, verified_fact: 3 } as const;

/** The "Annotate" toolbar, shown next to any non-empty text selection. */
export function AnnotateMenu({ editor }: { editor: Editor }) {
  return (
    <BubbleMenu
      editor={editor}
      // Only while the text (or the menu itself) has focus: otherwise a selection left behind
      // in the text would bring the menu back over the title or a panel on the next resize.
      shouldShow={({ view, element, state }) =>
        (view.hasFocus() || element.contains(document.activeElement)) &&
        !state.selection.empty &&
        state.selection.content().size > 0
      }
      options={{ placement: "top" }}
      // Above the sticky formatting toolbar when the selection is on the first line.
      className="z-30"
    >
      <div
        role="toolbar"
        aria-label="Annotate"
        className="flex gap-1 rounded-lg border border-rule bg-paper p-1 shadow-lg"
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
