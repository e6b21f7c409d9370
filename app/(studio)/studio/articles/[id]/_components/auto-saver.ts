import { type ActionFailure, fieldMessages, formProblem } from "@/lib/action-messages";

export type SaveState<Theirs> =
  | { kind: "saved"; at: Date | null }
  | { kind: "unsaved" }
  | { kind: "saving" }
  | { kind: "retrying"; inSeconds: number; reason: string }
  | { kind: "conflict"; theirs: Theirs }
  /**
   * The server refused this; `fields` holds what to fix at each field. With `restSaved`, only
   * those fields were refused: everything else is on the server.
   */
  | { kind: "rejected"; reason: string; fields: Record<string, string>; restSaved?: boolean };

/** Fields the server refused while saving the rest. */
export type PartialRefusal = { reason: string; fields: Record<string, string> };

type Saved = { version: number; savedAt?: string };
type SaveResult<Data> = { ok: true; data: Data } | ActionFailure;

export interface AutoSaverPorts<Value, Data extends Saved, Theirs> {
  /** Sends a snapshot based on the version the server has. */
  send: (baseVersion: number, value: Value) => Promise<SaveResult<Data>>;
  /** Keeps unsaved work in this browser until the server has it. */
  backup: { write: (baseVersion: number, value: Value) => void; clear: () => void };
  /** Wait after a change before saving it. */
  delayMs: number;
  /** The other version when the failure is this saver's version conflict, else null. */
  theirsIn: (failure: ActionFailure) => Theirs | null;
  /** Fields whose refusal shows at the field itself, so the state's reason leaves them out. */
  shownAtFields?: readonly string[];
  /** A refusal known without asking the server (e.g. too big to send), or null to send. */
  refuseUnsent?: (value: Value) => ActionFailure | null;
  /** Fields the server refused in an otherwise saved answer, or null when all was saved. */
  refusedInSaved?: (data: Data) => PartialRefusal | null;
}

/** What the saver reads from the screen, connected once it exists. */
export interface SourcePorts<Value, Data> {
  snapshot: () => Value;
  onSaved: (data: Data) => void;
}

const BACKUP_DELAY_MS = 300;
const MAX_RETRY_DELAY_MS = 30_000;

/**
 * The autosave state machine shared by the article's text and each annotation's details,
 * outside React so keystrokes cost no renders: saves a moment after changes stop, one request
 * at a time, retries with backoff when the server cannot be reached, keeps unsaved work in
 * local storage until the server has it, and stops at a version conflict until the person
 * chooses.
 */
export class AutoSaver<Value, Data extends Saved, Theirs extends { version: number }> {
  private dirty = false;
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private conflict = false;
  private state: SaveState<Theirs> = { kind: "saved", at: null };
  private listeners = new Set<() => void>();
  private source: SourcePorts<Value, Data> | null = null;
  private backupTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private version: number,
    private readonly ports: AutoSaverPorts<Value, Data, Theirs>,
  ) {}

  /** Keeps the unsaved work in this browser until the server has it. */
  writeBackupNow(): void {
    clearTimeout(this.backupTimer);
    // A save on its way is not yet the server's: if the page goes away now the request may
    // never arrive, so what it carries is kept here too until its answer clears it.
    if (!this.hasUnsavedWork || !this.source) return;
    this.ports.backup.write(this.version, this.source.snapshot());
  }

  connect(source: SourcePorts<Value, Data> | null): void {
    this.source = source;
  }

  /** The version the server has. */
  get savedVersion(): number {
    return this.version;
  }

  get hasUnsavedWork(): boolean {
    return this.dirty || this.inFlight !== null;
  }

  /**
   * Tells each listener when the state changes. For useSyncExternalStore: only the components
   * that show the state re-render, never the whole editor.
   */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): SaveState<Theirs> => this.state;

  private setState(state: SaveState<Theirs>) {
    this.state = state;
    for (const listener of this.listeners) listener();
  }

  /** Call after every change to what the snapshot holds. */
  markDirty(): void {
    if (!this.source) return;
    this.dirty = true;
    // Serializing a long article costs milliseconds: never on the keystroke itself.
    clearTimeout(this.backupTimer);
    this.backupTimer = setTimeout(() => this.writeBackupNow(), BACKUP_DELAY_MS);
    if (this.conflict) return;
    if (this.state.kind !== "unsaved" && this.state.kind !== "retrying")
      this.setState({ kind: "unsaved" });
    if (this.failures > 0) return; // the retry timer is already running
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), this.ports.delayMs);
  }

  async save(): Promise<void> {
    clearTimeout(this.timer);
    if (this.inFlight) {
      await this.inFlight;
      return this.dirty ? this.save() : undefined;
    }
    if (!this.dirty || this.conflict || !this.source) return;
    this.dirty = false;
    this.inFlight = this.send(this.source.snapshot()).finally(() => {
      this.inFlight = null;
    });
    await this.inFlight;
  }

  /** Resolves once everything changed so far is on the server, or saving has stopped. */
  async flush(): Promise<void> {
    for (let round = 0; round < 5 && this.dirty && !this.conflict && this.failures === 0; round++) {
      await this.save();
    }
    if (this.inFlight) await this.inFlight;
  }

  private async send(sent: Value): Promise<void> {
    this.setState({ kind: "saving" });
    const result =
      this.ports.refuseUnsent?.(sent) ??
      // A failed request itself (network down or server gone) is null.
      (await this.ports.send(this.version, sent).catch(() => null));
    if (result?.ok) {
      this.failures = 0;
      this.version = result.data.version;
      this.source?.onSaved(result.data);
      if (this.dirty) return;
      const refused = this.ports.refusedInSaved?.(result.data);
      if (refused) {
        // What was refused waits for the next change to it; the rest is saved, so no retry.
        // The local copy stays: it holds what the person typed in the refused fields.
        this.setState({ kind: "rejected", ...refused, restSaved: true });
        return;
      }
      this.ports.backup.clear();
      const at = result.data.savedAt ? new Date(result.data.savedAt) : new Date();
      this.setState({ kind: "saved", at });
      return;
    }
    this.dirty = true;
    this.writeBackupNow();
    const theirs = result ? this.ports.theirsIn(result) : null;
    if (theirs) {
      this.conflict = true;
      this.setState({ kind: "conflict", theirs });
    } else if (result && result.code !== "internal" && result.code !== "unauthenticated") {
      // The server refused this (e.g. a title too long): the next change tries again.
      this.setState({
        kind: "rejected",
        reason: formProblem(result, this.ports.shownAtFields ?? []) ?? "",
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

  /** After a conflict: continue from their version, keeping either their work or mine. */
  resolveConflict(choice: "theirs" | "mine", theirs: Theirs & { savedAt?: string }): void {
    this.conflict = false;
    this.version = theirs.version;
    if (choice === "theirs") {
      this.dirty = false;
      this.ports.backup.clear();
      this.setState({ kind: "saved", at: theirs.savedAt ? new Date(theirs.savedAt) : new Date() });
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
