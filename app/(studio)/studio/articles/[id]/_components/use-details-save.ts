"use client";

import { type Dispatch, type SetStateAction, useEffect, useState } from "react";
import { saveAnnotationDetailsAction } from "../actions";
import { type DetailValues, DetailsSavers, detailValues } from "./details-saver";
import type { DetailsBackup } from "./local-backup";
import { type AnnotationDetails, EMPTY_DETAILS } from "./types";
import { useLeaveWarning } from "./use-leave-warning";

/** Every annotation's detail saves for one article, with the page's leave warning. */
export function useDetailsSave(options: {
  articleId: string;
  /** Saves the text; stays the same function for the editor's lifetime. */
  flushDocument: () => Promise<void>;
  setDetails: Dispatch<SetStateAction<Record<string, AnnotationDetails>>>;
}) {
  const [savers] = useState(
    () =>
      new DetailsSavers({
        articleId: options.articleId,
        send: (input) => saveAnnotationDetailsAction(input),
        flushDocument: options.flushDocument,
        onSaved: (id, version) =>
          options.setDetails((current) =>
            current[id] ? { ...current, [id]: { ...current[id], version } } : current,
          ),
      }),
  );
  useLeaveWarning(savers);
  useEffect(() => () => savers.dispose(), [savers]);

  /** Puts details kept in this browser back on screen and saves them; the first one's id. */
  const restore = (kept: Record<string, DetailsBackup<DetailValues>>): string | null => {
    for (const [id, backup] of Object.entries(kept)) savers.restore(id, backup);
    options.setDetails((current) => {
      const next = { ...current };
      for (const [id, backup] of Object.entries(kept)) {
        next[id] = { ...(current[id] ?? EMPTY_DETAILS), ...detailValues(backup.value) };
      }
      return next;
    });
    return Object.keys(kept)[0] ?? null;
  };
  return { detailSavers: savers, restoreDetails: restore };
}
