"use client";

import { useEffect, useState } from "react";

const SEARCH_DELAY_MS = 200;

export type SearchState<T> =
  | { status: "searching" }
  | { status: "done"; results: T[] }
  | { status: "failed"; problem: string };

const SEARCHING = { status: "searching" } as const;

async function fetchResults<T>(
  endpoint: string,
  query: string,
  signal: AbortSignal,
): Promise<SearchState<T>> {
  try {
    const response = await fetch(`${endpoint}?q=${encodeURIComponent(query)}`, {
      signal,
      headers: { Accept: "application/json" },
    });
    const body = (await response.json()) as { results?: T[]; error?: string };
    if (response.ok && body.results) return { status: "done", results: body.results };
    return { status: "failed", problem: body.error ?? "The search failed. Try again." };
  } catch {
    return { status: "failed", problem: "The search can't reach the server. Try again." };
  }
}

/**
 * Searches `endpoint?q=` for `text` once typing pauses. Each new text aborts the request for
 * the one before, and an answer counts only for the text it was asked for: until the answer
 * for what is in the box arrives, the state is "searching", never older results.
 */
export function useSearch<T>(endpoint: string, text: string, enabled = true): SearchState<T> {
  const query = text.trim();
  const [answer, setAnswer] = useState<{ query: string; state: SearchState<T> } | null>(null);

  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const state = await fetchResults<T>(endpoint, query, controller.signal);
      if (!controller.signal.aborted) setAnswer({ query, state });
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [endpoint, query, enabled]);

  return answer?.query === query ? answer.state : SEARCHING;
}
