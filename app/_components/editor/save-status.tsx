"use client";

import type { SaveState } from "./use-document-save";

const time = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit" });

function describe(state: SaveState): string {
  switch (state.kind) {
    case "saved":
      return state.at ? `Saved at ${time.format(state.at)}` : "Saved";
    case "unsaved":
      return "Unsaved changes";
    case "saving":
      return "Saving…";
    case "retrying":
      return `Not saved: ${state.reason}. Retrying in ${state.inSeconds} s. Your text is kept in this browser.`;
    case "conflict":
      return "Not saved: someone else saved this article first.";
    case "rejected":
      return `Not saved: ${state.reason}`;
  }
}

/** The one status element of the editor (role=status): "Saving…", "Saved" or why not. */
export function SaveStatus({ state }: { state: SaveState }) {
  const problem =
    state.kind === "retrying" || state.kind === "conflict" || state.kind === "rejected";
  return (
    <p
      role="status"
      className={`text-sm ${problem ? "font-medium text-red-700 dark:text-red-300" : "text-muted"}`}
    >
      {describe(state)}
    </p>
  );
}
