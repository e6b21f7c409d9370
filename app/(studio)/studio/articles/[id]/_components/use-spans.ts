"use client";

import { useCallback, useMemo, useState } from "react";
import type { EditorAnnotation } from "@/db/queries/annotations";
import type { AnnotationAnchor } from "@/db/revision-snapshot";

type Named = Pick<AnnotationAnchor, "id" | "kind" | "quote">;

/**
 * The annotations in the text as last derived from it, and the ones that have details but are
 * no longer in the text (detached), named by the last quote and kind seen for them.
 */
export function useSpans(annotations: EditorAnnotation[], details: Record<string, unknown>) {
  const [spans, setSpanState] = useState<AnnotationAnchor[]>([]);
  const [known, setKnown] = useState<Record<string, Named>>(() =>
    Object.fromEntries(annotations.map(({ id, kind, quote }) => [id, { id, kind, quote }])),
  );
  const setSpans = useCallback((next: AnnotationAnchor[]) => {
    setSpanState(next);
    setKnown((current) => {
      const merged = { ...current };
      for (const { id, kind, quote } of next) merged[id] = { id, kind, quote };
      return merged;
    });
  }, []);
  // Derived from the spans and details only, so a re-render for anything else (the selection,
  // the overlap chooser) costs nothing on an article with a thousand annotations.
  const detached = useMemo(() => {
    const spanIds = new Set(spans.map((span) => span.id));
    return Object.keys(details).flatMap((id) => (!spanIds.has(id) && known[id] ? [known[id]] : []));
  }, [spans, details, known]);
  return { spans, setSpans, detached };
}
