import { type ActionFailure, fieldMessages, formProblem } from "@/lib/action-messages";
import { DOC_TOO_LONG, documentBytes, MAX_DOC_BYTES } from "@/lib/articles/limits";
import type { AnnotationAnchor } from "@/lib/editor/anchors";
import { clearBackup, writeBackup } from "./local-backup";

export interface TheirVersion {
  version: number;
  title: string;
  doc: unknown;
  savedAt: string;
  savedBy: string | null;
}

export type SaveState =
  | { kind: "saved"; at: Date | null }
  | { kind: "unsaved" }
  | { kind: "saving" }
  | { kind: "retrying"; inSeconds: number; reason: string }
  | { kind: "conflict"; theirs: TheirVersion }
  /**
   * The server refused this text; `fields` holds what to fix at each field (e.g. the title).
   * With `textSaved`, only the title was refused: the text itself is on the server.
   */
  | { kind: "rejected"; reason: string; fields: Record<string, string>; textSaved?: boolean };

/** The state when saving has stopped at a version conflict, else null. */
export function conflictOf(state: SaveState): Extract<SaveState, { kind: "conflict" }> | null {
  return state.kind === "conflict" ? state : null;
}

type SaveResult =
  | {
      ok: true;
      data: {
        version: number;
        savedAt: string;
        annotations: AnnotationAnchor[];
        titleProblem: string | null;
      };
    }
  | ActionFailure;

/** Refused here rather than sent: the server would refuse it, or not even read a request that big. */
const TOO_LONG: ActionFailure = { ok: false, code: "invalid_input", error: DOC_TOO_LONG };

export interface SaverPorts {
  articleId: string;
  send: (input: {
    articleId: string;
    baseVersion: number;
    title: string;
    doc: unknown;
  }) => Promise<SaveResult>;
}

/** What the saver reads from the editor, connected once the editor exists. */
export interface EditorPorts {
  snapshot: () => { title: string; doc: unknown };
  onSaved: (anchors: AnnotationAnchor[]) => void;
}

const time = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit" });

/** What the status element says for each state: "Saving…", "Saved" or why not. */
export function describeSaveState(state: SaveState): string {
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
      return state.textSaved
        ? `Text saved; the title is not. ${state.reason}`
        : `Not saved. ${state.reason}`;
  }
}

const AUTOSAVE_DELAY_MS = 1000;
const BACKUP_DELAY_MS = 300;
const MAX_RETRY_DELAY_MS = 30_000;

/**
 * The autosave state machine for one article, outside React so keystrokes cost no renders:
 * saves a second after typing stops, retries with backoff when the server cannot be reached,
 * keeps the unsaved text in local storage until the server has it, and stops at a version
 * conflict until the person chooses.
 */
export class DocumentSaver {
  private dirty = false;
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private conflict = false;
  private state: SaveState = { kind: "saved", at: null };
  private listeners = new Set<() => void>();
  private editor: EditorPorts | null = null;
  private backupTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private version: number,
    private readonly ports: SaverPorts,
  ) {}

  /** Keeps the unsaved text in this browser until the server has it. */
  writeBackupNow(): void {
    clearTimeout(this.backupTimer);
    // A save on its way is not yet the server's: if the page goes away now the request may
    // never arrive, so what it carries is kept here too until its answer clears it.
    if (!this.hasUnsavedWork || !this.editor) return;
    writeBackup(this.ports.articleId, {
      baseVersion: this.version,
      ...this.editor.snapshot(),
      at: new Date().toISOString(),
    });
  }

  connect(editor: EditorPorts | null): void {
    this.editor = editor;
  }

  /** The version the server has, which a publish must match. */
  get savedVersion(): number {
    return this.version;
  }

  get hasUnsavedWork(): boolean {
    return this.dirty || this.inFlight !== null;
  }

  /**
   * Tells each listener when the state changes. For useSyncExternalStore: only the components
   * that show the state re-render, never the whole editor (the first keystroke after a save
   * changes it).
   */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): SaveState => this.state;

  private setState(state: SaveState) {
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  /** Call after every change to the title or the text. */
  markDirty(): void {
    if (!this.editor) return;
    this.dirty = true;
    // Serializing a long article costs milliseconds: never on the keystroke itself.
    clearTimeout(this.backupTimer);
    this.backupTimer = setTimeout(() => this.writeBackupNow(), BACKUP_DELAY_MS);
    if (this.conflict) return;
    if (this.state.kind !== "unsaved" && this.state.kind !== "retrying")
      this.setState({ kind: "unsaved" });
    if (this.failures > 0) return; // the retry timer is already running
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), AUTOSAVE_DELAY_MS);
  }

  async save(): Promise<void> {
    clearTimeout(this.timer);
    if (this.inFlight) {
      await this.inFlight;
      return this.dirty ? this.save() : undefined;
    }
    if (!this.dirty || this.conflict || !this.editor) return;
    this.dirty = false;
    this.inFlight = this.send(this.editor.snapshot()).finally(() => {
      this.inFlight = null;
    });
    await this.inFlight;
  }

  /** Resolves once everything typed so far is on the server, or saving has stopped. */
  async flush(): Promise<void> {
    for (let round = 0; round < 5 && this.dirty && !this.conflict && this.failures === 0; round++) {
      await this.save();
    }
    if (this.inFlight) await this.inFlight;
  }

  private async send(sent: { title: string; doc: unknown }): Promise<void> {
    this.setState({ kind: "saving" });
    const result =
      documentBytes(sent.doc) > MAX_DOC_BYTES
        ? TOO_LONG
        : await this.ports
            .send({ articleId: this.ports.articleId, baseVersion: this.version, ...sent })
            .catch(() => null); // the request itself failed: network down or server gone
    if (result?.ok) {
      this.failures = 0;
      this.version = result.data.version;
      this.editor?.onSaved(result.data.annotations);
      if (this.dirty) return;
      clearBackup(this.ports.articleId);
      const { titleProblem, savedAt } = result.data;
      // A refused title waits for the next change to it; the text is saved, so no retry.
      this.setState(
        titleProblem
          ? {
              kind: "rejected",
              reason: titleProblem,
              fields: { title: titleProblem },
              textSaved: true,
            }
          : { kind: "saved", at: new Date(savedAt) },
      );
      return;
    }
    this.dirty = true;
    this.writeBackupNow();
    if (result?.code === "conflict") {
      this.conflict = true;
      this.setState({ kind: "conflict", theirs: result.details as TheirVersion });
    } else if (result && result.code !== "internal" && result.code !== "unauthenticated") {
      // The server refused this text (e.g. a title too long): the next change tries again.
      this.setState({
        kind: "rejected",
        reason: formProblem(result, []) ?? result.error,
        fields: fieldMessages(result),
      });
    } else {
      this.failures += 1;
      const delay = Math.min(1000 * 2 ** (this.failures - 1), MAX_RETRY_DELAY_MS);
      const reason =
        result?.code === "unauthenticated"
          ? "your session has ended (sign in again in another tab)"
          : "the server can't be reached";
      this.setState({ kind: "retrying", inSeconds: Math.round(delay / 1000), reason });
      this.timer = setTimeout(() => void this.save(), delay);
    }
  }

  /** After a conflict: continue from their version, keeping either their text or mine. */
  resolveConflict(choice: "theirs" | "mine", theirs: TheirVersion): void {
    this.conflict = false;
    this.version = theirs.version;
    if (choice === "theirs") {
      this.dirty = false;
      clearBackup(this.ports.articleId);
      this.setState({ kind: "saved", at: new Date(theirs.savedAt) });
    } else {
      this.dirty = true;
      void this.save();
    }
  }

  /** Continue from the version a restored local copy was based on. */
  adoptBase(baseVersion: number): void {
    this.version = baseVersion;
  }

  dispose(): void {
    clearTimeout(this.timer);
    clearTimeout(this.backupTimer);
  }
}
