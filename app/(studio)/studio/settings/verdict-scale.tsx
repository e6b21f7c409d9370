"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { type Announce, VerdictCard } from "./verdict-card";
import type { VerdictView } from "./verdict-view";

/**
 * The scale in order, then the retired verdicts. A change that moves a verdict from one list to
 * the other (or away) is announced here, and focus follows it, so nobody is left on nothing.
 */
export function VerdictScale({ verdicts }: { verdicts: VerdictView[] }) {
  const active = verdicts.filter((verdict) => !verdict.retired);
  const retired = verdicts.filter((verdict) => verdict.retired);
  // An object, so the same words said twice still render (and move focus) again.
  const [announcement, setAnnouncement] = useState<{ message: string } | null>(null);
  // Where focus goes once that element is there: the refreshed list may arrive after the answer.
  const pendingFocus = useRef<string | null>(null);
  const announce: Announce = useCallback((message, focusId) => {
    pendingFocus.current = focusId ?? null;
    setAnnouncement({ message });
  }, []);
  useEffect(() => {
    const target = pendingFocus.current ? document.getElementById(pendingFocus.current) : null;
    if (!target) return;
    target.focus();
    pendingFocus.current = null;
  }, [announcement, verdicts]);

  return (
    <div>
      {/* Present from the start, so what is put in it is read out. */}
      <p role="status" className="min-h-5 text-sm">
        {announcement?.message}
      </p>
      <ol aria-label="Verdicts" className="mt-2 divide-y divide-rule border-y border-rule">
        {active.map((verdict, index) => (
          <VerdictCard
            key={verdict.id}
            verdict={verdict}
            first={index === 0}
            last={index === active.length - 1}
            announce={announce}
          />
        ))}
      </ol>

      <h3 className="mt-10 text-base font-semibold">Retired verdicts</h3>
      <p className="mt-1 text-sm text-muted">
        Annotations that use them keep them; they are not offered for new ratings.
      </p>
      {retired.length > 0 ? (
        <ul
          aria-label="Retired verdicts"
          className="mt-2 divide-y divide-rule border-y border-rule"
        >
          {retired.map((verdict) => (
            <VerdictCard key={verdict.id} verdict={verdict} announce={announce} />
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-sm">None.</p>
      )}
    </div>
  );
}
