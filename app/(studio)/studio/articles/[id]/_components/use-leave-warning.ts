"use client";

import { useEffect } from "react";

interface Unsaved {
  readonly hasUnsavedWork: boolean;
  writeBackupNow: () => void;
  save: () => Promise<void>;
}

/** Warns before the page is left while `saver` holds work the server does not have yet. */
export function useLeaveWarning(saver: Unsaved): void {
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!saver.hasUnsavedWork) return;
      saver.writeBackupNow();
      void saver.save();
      event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [saver]);
}
