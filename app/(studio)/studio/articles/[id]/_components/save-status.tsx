"use client";

import { useSyncExternalStore } from "react";
import { type DocumentSaver, describeSaveState } from "./document-saver";

/** The one status element of the editor (role=status): "Saving…", "Saved" or why not. */
export function SaveStatus({ saver }: { saver: DocumentSaver }) {
  const state = useSyncExternalStore(saver.subscribe, saver.getState, saver.getState);
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
