import type { Editor } from "@tiptap/react";
import { useEffect, useRef, useState } from "react";
import { annotationPieces } from "@/lib/editor/annotation-mark";
import { scrollToSpan } from "./use-choose-annotation";

const HASH = /^#annotation-(.+)$/;

/**
 * Opens the annotation a link names (`/studio/articles/<id>#annotation-<annotationId>`, from the
 * search, the inbox or the source desk) the way choosing it from the Annotations list does: its
 * span selected and scrolled to, its panel open. Also when only the hash changes. A link to an
 * annotation that is not in the text leaves the editor as it is and says why.
 */
export function useAnnotationDeepLink(
  editor: Editor | null,
  detached: readonly { id: string }[],
  choose: (id: string) => void,
): { notice: string | null; dismiss: () => void } {
  const [notice, setNotice] = useState<string | null>(null);
  // Read when the hash is, not an effect dependency: details arriving must not re-open a link.
  const detachedNow = useRef(detached);
  useEffect(() => {
    detachedNow.current = detached;
  }, [detached]);

  useEffect(() => {
    if (!editor) return;
    let settle = 0;
    const open = () => {
      const match = HASH.exec(window.location.hash);
      if (!match) return;
      let id: string;
      try {
        id = decodeURIComponent(match[1]!);
      } catch {
        id = "";
      }
      const pieces = id ? annotationPieces(editor.state.doc, id) : [];
      if (pieces.length > 0) {
        setNotice(null);
        choose(id);
        // Once more after the panel has taken focus: on a freshly opened page, focusing the
        // panel's heading in the sticky sidebar scrolled the window back to the top.
        settle = window.setTimeout(() => scrollToSpan(editor, pieces[0]!.from), 50);
      } else if (detachedNow.current.some((item) => item.id === id)) {
        setNotice(
          "The linked annotation’s text was deleted from the article. It is listed under Detached annotations.",
        );
      } else {
        setNotice("The linked annotation is not in this article. It may have been removed.");
      }
    };
    // After the editor's first paint, so its span has a place on screen to scroll to.
    const frame = requestAnimationFrame(open);
    window.addEventListener("hashchange", open);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(settle);
      window.removeEventListener("hashchange", open);
    };
  }, [editor, choose]);

  return { notice, dismiss: () => setNotice(null) };
}
