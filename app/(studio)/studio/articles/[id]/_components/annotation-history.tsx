"use client";

import { useState } from "react";
import { annotationHistoryAction } from "../actions";
import { InlineError } from "@/app/_components/inline-error";
import { formatLocalDateTime } from "@/lib/format/dates";
import type { HistoryEvent } from "@/lib/history";

/** This annotation's own history, loaded when the reviewer opens it. */
export function AnnotationHistory({ annotationId }: { annotationId: string }) {
  const [events, setEvents] = useState<HistoryEvent[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  async function load() {
    const result = await annotationHistoryAction({ id: annotationId }).catch(() => null);
    if (result?.ok) setEvents(result.data);
    else
      setProblem(result && !result.ok ? result.error : "The server can't be reached. Try again.");
  }

  return (
    <details
      className="text-sm"
      onToggle={(event) => {
        if (event.currentTarget.open) void load();
      }}
    >
      <summary className="cursor-pointer font-medium">History of this annotation</summary>
      {/* In the history just opened, where it is read in turn; not announced. */}
      <InlineError message={problem} announce={false} className="mt-2" />
      {events === null && !problem ? <p className="mt-2 text-muted">Loading…</p> : null}
      {events?.length === 0 ? <p className="mt-2 text-muted">Not saved yet.</p> : null}
      <ol className="mt-2 space-y-2">
        {events?.map((event) => (
          <li key={event.id}>
            <p>
              <span className="font-medium">{event.summary}</span>{" "}
              <span className="text-muted">
                by {event.actor ?? "System"}, {formatLocalDateTime(event.at)}
              </span>
            </p>
            <ul className="text-muted">
              {event.changes.map((change) => (
                <li key={change} className="break-words">
                  {change}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </details>
  );
}
