import type { ActionFailure } from "@/lib/action-messages";
import { DOC_TOO_LONG, documentBytes, MAX_DOC_BYTES } from "@/lib/articles/limits";
import type { SaveConflictDetails } from "@/lib/articles/save-conflict";
import type { AnnotationAnchor } from "@/db/revision-snapshot";
import { formatLocalTime } from "@/lib/format/dates";
import { AutoSaver, type SaveState as AnySaveState } from "./auto-saver";
import { clearBackup, writeBackup } from "./local-backup";

/** The other person's saved version, as a save conflict carries it. */
export type TheirVersion = SaveConflictDetails;

export type SaveState = AnySaveState<TheirVersion>;

/** The state when saving has stopped at a version conflict, else null. */
export function conflictOf(state: SaveState): Extract<SaveState, { kind: "conflict" }> | null {
  return state.kind === "conflict" ? state : null;
}

type DocumentSnapshot = { title: string; doc: unknown };
type DocumentSaved = {
  version: number;
  savedAt: string;
  annotations: AnnotationAnchor[];
  /** Why the title was not saved while the text was, or null. */
  titleProblem: string | null;
};
type SaveResult = { ok: true; data: DocumentSaved } | ActionFailure;

export interface SaverPorts {
  articleId: string;
  send: (input: {
    articleId: string;
    baseVersion: number;
    title: string;
    doc: unknown;
  }) => Promise<SaveResult>;
}

/** What the status element says for each state: "Saving…", "Saved" or why not. */
export function describeSaveState(state: SaveState): string {
  switch (state.kind) {
    case "saved":
      return state.at ? `Saved at ${formatLocalTime(state.at)}` : "Saved";
    case "unsaved":
      return "Unsaved changes";
    case "saving":
      return "Saving…";
    case "retrying":
      return `Not saved: ${state.reason}. Retrying in ${state.inSeconds} s. Your text is kept in this browser.`;
    case "conflict":
      return "Not saved: someone else saved this article first.";
    case "rejected":
      return state.restSaved
        ? `Text saved; the title is not. ${state.reason}`
        : `Not saved. ${state.reason}`;
  }
}

const AUTOSAVE_DELAY_MS = 1000;
/** Refused here rather than sent: the server would refuse it, or not even read a request that big. */
const TOO_LONG: ActionFailure = { ok: false, code: "invalid_input", error: DOC_TOO_LONG };

/** The article's autosave: the shared AutoSaver sending the title and text. */
export class DocumentSaver extends AutoSaver<DocumentSnapshot, DocumentSaved, TheirVersion> {
  constructor(version: number, ports: SaverPorts) {
    super(version, {
      delayMs: AUTOSAVE_DELAY_MS,
      theirsIn: (failure) => (failure.kind === "document_conflict" ? failure.details : null),
      send: (baseVersion, snapshot) =>
        ports.send({ articleId: ports.articleId, baseVersion, ...snapshot }),
      backup: {
        write: (baseVersion, snapshot) =>
          writeBackup(ports.articleId, { baseVersion, ...snapshot, at: new Date().toISOString() }),
        clear: () => clearBackup(ports.articleId),
      },
      refuseUnsent: (snapshot) => (documentBytes(snapshot.doc) > MAX_DOC_BYTES ? TOO_LONG : null),
      refusedInSaved: ({ titleProblem }) =>
        titleProblem ? { reason: titleProblem, fields: { title: titleProblem } } : null,
    });
  }
}
