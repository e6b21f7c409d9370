"use client";

import type { AnnotationAnchor } from "@/lib/editor/anchors";
import { KIND_LABELS } from "@/lib/editor/kinds";

/** Where annotations overlap at the cursor, the reviewer chooses which one the panel shows. */
export function OverlapChooser({
  ids,
  spans,
  selectedId,
  onChoose,
}: {
  ids: string[];
  spans: AnnotationAnchor[];
  selectedId: string | null;
  onChoose: (id: string) => void;
}) {
  if (ids.length < 2) return null;
  return (
    <nav aria-label="Annotations here" className="rounded-md border border-rule p-3 text-sm">
      <p className="font-medium">This text has {ids.length} annotations. Choose one:</p>
      <ul className="mt-2 space-y-1">
        {ids.map((id) => {
          const span = spans.find((s) => s.id === id);
          return (
            <li key={id}>
              <button
                type="button"
                className="text-left underline"
                aria-pressed={id === selectedId}
                onClick={() => onChoose(id)}
              >
                {span
                  ? `${KIND_LABELS[span.kind].one}: “${span.quote.slice(0, 60)}”`
                  : "Annotation"}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
