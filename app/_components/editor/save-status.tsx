"use client";

import { describeSaveState, type SaveState } from "./document-saver";

/** The one status element of the editor (role=status): "Saving…", "Saved" or why not. */
export function SaveStatus({ state }: { state: SaveState }) {
  const problem =
    state.kind === "retrying" || state.kind === "conflict" || state.kind === "rejected";
  return (
    <p
      role="status"
      className={`text-sm ${problem ? "font-medium text-red-700 dark:text-red-300" : "text-muted"}`}
    >
      {describeSaveState(state)}
    </p>
  );
}
