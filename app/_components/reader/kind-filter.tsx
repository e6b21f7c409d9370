"use client";

import { useState } from "react";
import { KindIcon } from "@/app/_components/kind-icon";
import { ANNOTATION_KINDS, type AnnotationKind } from "@/db/enums";
import { KIND_LABELS } from "@/lib/editor/kinds";
import { kindFilterQuery } from "@/lib/render/kind-filter";

/**
 * The legend: counts per kind, and checkboxes that show or hide each kind's highlights. With
 * JavaScript the change applies at once and the URL follows; without it, "Apply" submits the form.
 */
export function KindFilter({
  counts,
  initiallyShown,
  targetId,
}: {
  counts: Record<AnnotationKind, number>;
  initiallyShown: AnnotationKind[];
  targetId: string;
}) {
  const [shown, setShown] = useState<AnnotationKind[]>(initiallyShown);

  function toggle(kind: AnnotationKind, visible: boolean) {
    const next = ANNOTATION_KINDS.filter((k) => (k === kind ? visible : shown.includes(k)));
    setShown(next);
    const hidden = ANNOTATION_KINDS.filter((k) => !next.includes(k));
    document.getElementById(targetId)?.setAttribute("data-hide", hidden.join(" "));
    window.history.replaceState(null, "", `${window.location.pathname}${kindFilterQuery(next)}`);
  }

  return (
    <form
      method="get"
      aria-label="Annotation kinds"
      className="rounded-lg border border-rule p-4 font-sans text-sm"
    >
      <input type="hidden" name="filter" value="1" />
      <fieldset>
        <legend className="font-semibold">Highlights in this article</legend>
        <ul className="mt-2 space-y-2">
          {ANNOTATION_KINDS.map((kind) => (
            <li key={kind} className="flex items-center gap-2">
              {/* The checkbox is named by its kind alone; the count describes it. */}
              <label className="flex items-center gap-2">
                <input
                  type="checkbox"
                  name="show"
                  value={kind}
                  checked={shown.includes(kind)}
                  onChange={(event) => toggle(kind, event.target.checked)}
                  aria-describedby={`kind-count-${kind}`}
                  className="size-4 accent-[var(--color-accent)]"
                />
                <KindIcon kind={kind} />
                <span className="legend-sample" data-kind={kind}>
                  {KIND_LABELS[kind].many}
                </span>
              </label>
              <span id={`kind-count-${kind}`} className="text-muted">
                <span aria-hidden="true">({counts[kind]})</span>
                <span className="sr-only">{counts[kind]} in this article</span>
              </span>
            </li>
          ))}
        </ul>
      </fieldset>
      <noscript>
        <button type="submit" className="mt-3 rounded-md border border-rule px-3 py-1">
          Apply
        </button>
      </noscript>
    </form>
  );
}
