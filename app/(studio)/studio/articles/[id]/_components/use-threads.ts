"use client";

import { useCallback, useState } from "react";
import type { ThreadSummary } from "@/db/queries/discussion";
import type { ThreadState } from "./discussion-thread";

/**
 * Each discussed annotation's thread (comments, open or resolved), as the page loaded them and
 * as the panel's Discussion changes them: the Annotations list and the publish warnings read it.
 */
export function useThreads(initial: ThreadSummary[]) {
  const [threads, setThreads] = useState<Record<string, ThreadState>>(() =>
    Object.fromEntries(initial.map(({ annotationId, ...state }) => [annotationId, state])),
  );
  const update = useCallback((id: string, state: ThreadState | null) => {
    setThreads((current) => {
      const rest = Object.fromEntries(Object.entries(current).filter(([key]) => key !== id));
      return state ? { ...rest, [id]: state } : rest;
    });
  }, []);
  return [threads, update] as const;
}
