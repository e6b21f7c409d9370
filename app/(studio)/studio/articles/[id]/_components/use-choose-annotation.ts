import type { Editor } from "@tiptap/react";
import { useCallback, useEffect, useState } from "react";
import { annotationPieces } from "@/lib/editor/annotation-mark";
import { PANEL_HEADING_ID } from "./annotation-panel";

/** Where a span chosen from the list is scrolled to: this far from the top of the window. */
const SELECTED_SPAN_TOP = 96;

/**
 * Choosing an annotation from the list or the publish check: `select` shows its panel, its span
 * is scrolled into view, and once the panel is drawn focus goes there. Never into the text,
 * where the next keystroke would replace a selected quote.
 */
export function useChooseAnnotation(editor: Editor | null, select: (id: string) => void) {
  const [panelFocusRequests, setPanelFocusRequests] = useState(0);
  useEffect(() => {
    // Scrolls the panel into view too, in the sidebar on a wide screen or the sheet on a phone.
    if (panelFocusRequests > 0) document.getElementById(PANEL_HEADING_ID)?.focus();
  }, [panelFocusRequests]);

  return useCallback(
    (id: string) => {
      select(id);
      setPanelFocusRequests((n) => n + 1);
      if (!editor) return;
      const pieces = annotationPieces(editor.state.doc, id);
      if (pieces.length === 0) return;
      const { from, to } = pieces[0]!;
      // A caret just inside the span, not the span selected: coming back to the text and
      // typing must not replace the quote. (At its edge the caret would belong to a neighbour.)
      editor.commands.setTextSelection(Math.min(from + 1, to));
      window.getSelection()?.removeAllRanges();
      scrollToSpan(editor, from);
    },
    [editor, select],
  );
}

/** Scrolls the window so the text at `from` is near the top, below the sticky toolbar. */
export function scrollToSpan(editor: Editor, from: number): void {
  // Its first line near the top, below the toolbar: on a phone the panel covers the bottom.
  window.scrollBy({ top: editor.view.coordsAtPos(from).top - SELECTED_SPAN_TOP });
}
