"use client";

import { KindIcon } from "@/app/_components/kind-icon";
import { shortenText } from "@/lib/format/shorten";
import type { AnnotationAnchor } from "@/db/revision-snapshot";
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
    <div
      role="group"
      aria-labelledby="overlap-heading"
      className="rounded-lg border border-rule p-3 text-sm"
    >
      <h2 id="overlap-heading" className="font-semibold">
        Overlapping annotations
      </h2>
      <p className="mt-0.5 text-muted">
        {ids.length} annotations cover the text at the cursor. Choose the one to show:
      </p>
      <ul className="mt-2 space-y-1">
        {ids.map((id) => {
          const span = spans.find((s) => s.id === id);
          return (
            <li key={id}>
              <button
                type="button"
                className="flex w-full items-start gap-2 rounded-md px-2 py-1.5 text-left hover:bg-rule/40 aria-pressed:bg-rule/70"
                aria-pressed={id === selectedId}
                onClick={() => onChoose(id)}
              >
                {span ? <KindIcon kind={span.kind} /> : null}
                <span>
                  {span
                    ? `${KIND_LABELS[span.kind].one}: “${shortenText(span.quote, 60)}”`
                    : "Annotation not saved yet"}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
