"use client";

import { InlineError } from "@/app/_components/inline-error";
import { useState } from "react";
import { deleteAnnotationAction } from "../actions";
import { KindIcon } from "@/app/_components/kind-icon";
import { ANNOTATION_KINDS } from "@/db/enums";
import type { AnnotationAnchor } from "@/db/revision-snapshot";
import { KIND_LABELS } from "@/lib/editor/kinds";
import { shortenText } from "@/lib/format/shorten";
import { NO_NAMED_SOURCE } from "@/lib/format/labels";
import { verdictName } from "./details-words";
import type { ThreadState } from "./discussion-thread";
import type { AnnotationDetails, VerdictOption } from "./types";

type Named = Pick<AnnotationAnchor, "id" | "kind" | "quote">;

/** Every annotation in document order, with counts per kind; detached ones listed apart. */
export function AnnotationList({
  spans,
  details,
  verdicts,
  detached,
  threads,
  selectedId,
  onSelect,
  onDeleted,
}: {
  spans: AnnotationAnchor[];
  details: Record<string, AnnotationDetails>;
  verdicts: readonly VerdictOption[];
  detached: Named[];
  threads: Record<string, ThreadState>;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onDeleted: (id: string) => void;
}) {
  const [problem, setProblem] = useState<string | null>(null);
  const verdictById = new Map(verdicts.map((verdict) => [verdict.id, verdict]));
  const counts = Object.fromEntries(
    ANNOTATION_KINDS.map((kind) => [kind, spans.filter((s) => s.kind === kind).length]),
  );

  async function deleteForGood(item: Named) {
    const result = await deleteAnnotationAction({ id: item.id }).catch(() => null);
    // Never saved (tagged and removed before an autosave): nothing to delete on the server.
    if (result?.ok || (result && !result.ok && result.code === "not_found")) onDeleted(item.id);
    else
      setProblem(result && !result.ok ? result.error : "The server can't be reached. Try again.");
  }

  return (
    <section aria-labelledby="annotations-heading">
      <h2 id="annotations-heading" className="text-base font-semibold">
        Annotations
      </h2>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="Counts per kind">
        {ANNOTATION_KINDS.map((kind) => (
          <li key={kind} className="flex items-center gap-1.5">
            <KindIcon kind={kind} />
            {KIND_LABELS[kind].many}: {counts[kind]}
          </li>
        ))}
      </ul>
      {spans.length === 0 ? (
        <p className="mt-3 text-sm text-muted">Select text in the article to tag it.</p>
      ) : (
        <ol className="mt-3 space-y-1" aria-label="Annotations in document order">
          {spans.map((span) => {
            const info = details[span.id];
            const sourceCount = info?.sources.length ?? 0;
            // Facts are backed by sources; claims and allegations by who made them.
            const attribution =
              span.kind === "verified_fact"
                ? `${sourceCount} source${sourceCount === 1 ? "" : "s"}`
                : (info?.speaker?.name ?? (info?.unattributed ? NO_NAMED_SOURCE : "No speaker"));
            // Facts are not rated: a verdict kept from an earlier kind is not shown.
            const verdict =
              span.kind === "verified_fact" ? undefined : verdictById.get(info?.verdictId ?? "");
            return (
              <li key={span.id}>
                <button
                  type="button"
                  aria-current={span.id === selectedId ? "true" : undefined}
                  onClick={() => onSelect(span.id)}
                  className="w-full rounded-md px-2 py-1.5 text-left text-sm hover:bg-rule/40 aria-[current=true]:bg-rule/60"
                >
                  <span className="flex items-center gap-1.5 font-medium">
                    <KindIcon kind={span.kind} />
                    {KIND_LABELS[span.kind].one}{" "}
                    <span className="font-normal text-muted">· {attribution}</span>
                  </span>
                  {verdict ? (
                    <span className="block text-xs font-medium">
                      Verdict: {verdictName(verdict)}
                    </span>
                  ) : null}
                  <span className="block font-serif text-muted">
                    “{shortenText(span.quote, 90)}”
                  </span>
                  <ThreadLine thread={threads[span.id]} />
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {detached.length > 0 ? (
        <div className="mt-6">
          <h3 className="text-sm font-semibold">Removed from the text</h3>
          <p className="mt-1 text-xs text-muted">
            Their text was deleted or their highlight removed. Undo (Ctrl+Z) in the article brings
            one back; or delete it for good.
          </p>
          <InlineError className="mt-1" message={problem} />
          <ul className="mt-2 space-y-2" aria-label="Detached annotations">
            {detached.map((item) => (
              <li key={item.id} className="flex items-start justify-between gap-2 text-sm">
                <span>
                  {KIND_LABELS[item.kind].one}:{" "}
                  <span className="font-serif">“{shortenText(item.quote, 60)}”</span>
                </span>
                <button
                  type="button"
                  className="shrink-0 rounded-md border border-rule px-2 py-1 text-xs"
                  aria-label={`Delete for good: ${shortenText(item.quote, 40)}`}
                  onClick={() => void deleteForGood(item)}
                >
                  Delete for good
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

/** "2 comments, open thread" or "1 comment, resolved": in words, not only a colour. */
function ThreadLine({ thread }: { thread: ThreadState | undefined }) {
  if (!thread) return null;
  const count = `${thread.comments} comment${thread.comments === 1 ? "" : "s"}`;
  return (
    <span className={`block text-xs ${thread.open ? "font-medium text-accent" : "text-muted"}`}>
      <span aria-hidden="true">{thread.open ? "● " : "✓ "}</span>
      {count}, {thread.open ? "open thread" : "resolved"}
    </span>
  );
}
