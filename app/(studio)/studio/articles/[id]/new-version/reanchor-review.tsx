"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { type RefObject, useState, useTransition } from "react";
import { buttonClass, primaryButtonClass } from "@/app/_components/button-styles";
import { InlineError } from "@/app/_components/inline-error";
import { KindIcon } from "@/app/_components/kind-icon";
import type { NewVersionPreview, ReanchoredAnnotation } from "@/lib/articles/new-version";
import { KIND_LABELS } from "@/lib/editor/kinds";
import { shortenText } from "@/lib/format/shorten";
import type { ReanchorStatus } from "@/lib/reanchor/reanchor";
import { acceptNewVersionAction } from "./actions";
import { NewTextPreview, previewTargetId } from "./new-text-preview";

const STATUS: Record<ReanchorStatus, { label: string; many: string; order: number; tone: string }> =
  {
    changed: {
      label: "Changed",
      many: "changed",
      order: 0,
      tone: "border-amber-700 text-amber-900 dark:border-amber-300 dark:text-amber-200",
    },
    not_found: {
      label: "Not found",
      many: "not found",
      order: 1,
      tone: "border-red-700 text-red-800 dark:border-red-300 dark:text-red-200",
    },
    moved: { label: "Moved", many: "moved", order: 2, tone: "border-rule text-ink" },
    kept: { label: "Kept", many: "kept", order: 3, tone: "border-rule text-muted" },
  };
const QUOTE_CHARS = 160;

/** Attention first: what changed or was lost, then what moved, then what stayed. */
function byAttention(list: ReanchoredAnnotation[]): ReanchoredAnnotation[] {
  return list
    .map((annotation, index) => ({ annotation, index }))
    .sort(
      (a, b) =>
        STATUS[a.annotation.status].order - STATUS[b.annotation.status].order || a.index - b.index,
    )
    .map(({ annotation }) => annotation);
}

/** Scrolls the preview to an annotation's new place and moves focus there. */
function jumpTo(id: string) {
  const target = document.getElementById(previewTargetId(id));
  target?.scrollIntoView({ block: "center" });
  target?.focus({ preventScroll: true });
}

export function ReanchorReview({
  articleId,
  preview,
  speakers,
  headingRef,
  onCompareAgain,
}: {
  articleId: string;
  preview: NewVersionPreview;
  speakers: Record<string, string | null>;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** The article was saved since the comparison: compare the same new version again. */
  onCompareAgain: () => void;
}) {
  const router = useRouter();
  const [saving, startSaving] = useTransition();
  const [error, setError] = useState<{ message: string; stale: boolean } | null>(null);
  const { counts } = preview;
  const total = preview.annotations.length;

  const accept = () =>
    startSaving(async () => {
      const result = await acceptNewVersionAction({
        articleId,
        baseVersion: preview.baseVersion,
        doc: preview.doc,
        sourceUrl: preview.sourceUrl,
      });
      if (result.ok) router.push(`/studio/articles/${articleId}`);
      else setError({ message: result.error, stale: result.code === "conflict" });
    });

  return (
    <section aria-labelledby="review-heading" className="mt-10 border-t border-rule pt-6">
      <h2 id="review-heading" ref={headingRef} tabIndex={-1} className="text-xl font-semibold">
        Re-anchoring review
      </h2>
      <p className="mt-1 text-sm text-muted">
        {preview.sourceUrl ? `New version from ${preview.sourceUrl}. ` : "New version pasted. "}
        Nothing is saved until you accept it.
      </p>
      {total === 0 ? (
        <p className="mt-4">This article has no annotations in its text: only the text changes.</p>
      ) : (
        <>
          <ul aria-label="Outcome counts" className="mt-4 flex flex-wrap gap-2 text-sm">
            {(["kept", "moved", "changed", "not_found"] as const).map((status) => (
              <li key={status} className={`rounded-full border px-3 py-1 ${STATUS[status].tone}`}>
                <strong>{counts[status]}</strong> {STATUS[status].many}
              </li>
            ))}
          </ul>
          {counts.changed + counts.not_found > 0 ? (
            <p className="mt-3 max-w-prose text-sm">
              Check the changed ones: their words differ from what was annotated. Annotations not
              found leave the text but keep all their details; the editor lists them as removed from
              the text.
            </p>
          ) : null}
          <ol aria-label="Carried-over annotations" className="mt-4 divide-y divide-rule">
            {byAttention(preview.annotations).map((annotation) => (
              <OutcomeItem
                key={annotation.id}
                annotation={annotation}
                speaker={speakers[annotation.id] ?? null}
              />
            ))}
          </ol>
        </>
      )}
      <div className="mt-6 flex flex-wrap items-center gap-3">
        <button type="button" className={primaryButtonClass} disabled={saving} onClick={accept}>
          {saving ? "Saving…" : "Accept new version"}
        </button>
        <Link href={`/studio/articles/${articleId}`} className={buttonClass}>
          Cancel
        </Link>
        {error?.stale ? (
          <button type="button" className={buttonClass} onClick={onCompareAgain}>
            Compare again
          </button>
        ) : null}
      </div>
      <InlineError className="mt-3" message={error?.message} />
      <NewTextPreview text={preview.text} annotations={preview.annotations} />
    </section>
  );
}

function OutcomeItem({
  annotation,
  speaker,
}: {
  annotation: ReanchoredAnnotation;
  speaker: string | null;
}) {
  const status = STATUS[annotation.status];
  const placed = annotation.start !== undefined;
  return (
    <li className="py-3">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className={`rounded-full border px-2 py-0.5 text-xs font-semibold ${status.tone}`}>
          {status.label}
        </span>
        <KindIcon kind={annotation.kind} />
        <span>{KIND_LABELS[annotation.kind].one}</span>
        {speaker ? <span className="text-muted">· {speaker}</span> : null}
      </div>
      {annotation.status === "changed" ? (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 font-serif">
          <dt className="font-sans text-sm text-muted">Was</dt>
          <dd>“{shortenText(annotation.oldQuote, QUOTE_CHARS)}”</dd>
          <dt className="font-sans text-sm text-muted">Now</dt>
          <dd>
            “{shortenText(annotation.newQuote ?? "", QUOTE_CHARS)}”
            {annotation.similarity !== undefined ? (
              <span className="ml-2 font-sans text-xs text-muted">
                {Math.round(annotation.similarity * 100)}% alike
              </span>
            ) : null}
          </dd>
        </dl>
      ) : (
        <p className="mt-2 font-serif">“{shortenText(annotation.oldQuote, QUOTE_CHARS)}”</p>
      )}
      {annotation.status === "not_found" ? (
        <p className="mt-1 text-sm text-muted">
          {annotation.reason ? `${annotation.reason} ` : ""}It will be kept, detached, with its
          details.
        </p>
      ) : null}
      {placed ? (
        <a
          href={`#${previewTargetId(annotation.id)}`}
          className="mt-1 inline-block text-sm font-medium text-accent underline-offset-2 hover:underline"
          onClick={(event) => {
            event.preventDefault();
            jumpTo(annotation.id);
          }}
        >
          Show in the new text
          <span className="sr-only">: “{shortenText(annotation.newQuote ?? "", 60)}”</span>
        </a>
      ) : null}
    </li>
  );
}
