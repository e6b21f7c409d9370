import type { SpeakerSummary } from "@/db/queries/speakers";
import type { ActionFailure } from "@/lib/action-messages";
import type { AnnotationDetailsConflict } from "@/lib/annotations/details";
import { AutoSaver, type SaveState } from "./auto-saver";
import { writeDetailsBackup } from "./local-backup";

/** What the panel edits of one annotation and saves as a whole, with its version. */
export interface DetailValues {
  speaker: SpeakerSummary | null;
  unattributed: boolean;
  cue: string;
  note: string;
  verdictId: string | null;
  conclusion: string;
}

export type DetailsSaveState = SaveState<AnnotationDetailsConflict>;
export type DetailsSaver = AutoSaver<DetailValues, { version: number }, AnnotationDetailsConflict>;

type SendDetails = (input: {
  id: string;
  version: number;
  speakerId: string | null;
  unattributed: boolean;
  cue: string;
  note: string;
  verdictId: string | null;
  conclusion: string;
}) => Promise<{ ok: true; data: { version: number } } | ActionFailure>;

export interface DetailsSaversPorts {
  articleId: string;
  send: SendDetails;
  /** Saves the text first: a new annotation's row is made by the document save. */
  flushDocument: () => Promise<void>;
  onSaved: (annotationId: string, version: number) => void;
}

/** Fields whose refusal the panel shows at the field itself. */
export const DETAIL_TEXT_FIELDS = ["cue", "note", "conclusion"] as const;
const DETAILS_DELAY_MS = 1000;

/**
 * The values alone, from anything that has them. Details kept in this browser before verdicts
 * existed have no verdict or conclusion: they read as none.
 */
export function detailValues(
  from: Omit<DetailValues, "verdictId" | "conclusion"> & Partial<DetailValues>,
): DetailValues {
  return {
    speaker: from.speaker,
    unattributed: from.unattributed,
    cue: from.cue,
    note: from.note,
    verdictId: from.verdictId ?? null,
    conclusion: from.conclusion ?? "",
  };
}

export function sameDetails(a: DetailValues, b: DetailValues): boolean {
  const [x, y] = [detailValues(a), detailValues(b)];
  return (
    (x.speaker?.id ?? null) === (y.speaker?.id ?? null) &&
    x.unattributed === y.unattributed &&
    x.cue.trim() === y.cue.trim() &&
    x.note.trim() === y.note.trim() &&
    x.verdictId === y.verdictId &&
    x.conclusion.trim() === y.conclusion.trim()
  );
}

interface Entry {
  saver: DetailsSaver;
  /** The latest values, what the next save sends. */
  value: DetailValues;
  /** What the server has. */
  saved: DetailValues;
  sending: DetailValues | null;
}

/**
 * Each annotation's details saved through the same AutoSaver as the text (kept in this
 * browser, retried, one request at a time), one saver per annotation so their versions stay
 * apart. Lives as long as the editor, not the panel: a save still retrying carries on when
 * another annotation is selected.
 */
export class DetailsSavers {
  private entries = new Map<string, Entry>();

  constructor(private readonly ports: DetailsSaversPorts) {}

  /** One annotation's saver, made on first use from the details as the page shows them. */
  saverFor(id: string, shown: DetailValues & { version: number }): DetailsSaver {
    return this.entry(id, shown).saver;
  }

  private entry(id: string, shown: DetailValues & { version: number }): Entry {
    const found = this.entries.get(id);
    if (found) return found;
    const { articleId } = this.ports;
    const values = detailValues(shown);
    const saver: DetailsSaver = new AutoSaver(shown.version, {
      delayMs: DETAILS_DELAY_MS,
      theirsIn: (failure) => (failure.kind === "details_conflict" ? failure.details : null),
      shownAtFields: DETAIL_TEXT_FIELDS,
      send: async (version, value) => {
        entry.sending = value;
        await this.ports.flushDocument();
        return this.ports.send({
          id,
          version,
          speakerId: value.speaker?.id ?? null,
          unattributed: value.unattributed,
          cue: value.cue,
          note: value.note,
          verdictId: value.verdictId,
          conclusion: value.conclusion,
        });
      },
      backup: {
        write: (baseVersion, value) =>
          writeDetailsBackup(articleId, id, { baseVersion, value, at: new Date().toISOString() }),
        clear: () => writeDetailsBackup(articleId, id, null),
      },
    });
    const entry: Entry = { saver, value: values, saved: values, sending: null };
    saver.connect({
      snapshot: () => entry.value,
      onSaved: ({ version }) => {
        entry.saved = entry.sending ?? entry.saved;
        this.ports.onSaved(id, version);
      },
    });
    saver.subscribe(() => {
      const state = saver.getState();
      if (state.kind !== "rejected") return;
      // A refused field goes back to what the server has, so the next save can still carry
      // the other fields; the panel keeps showing what was typed, with what to fix.
      for (const field of Object.keys(state.fields)) {
        if (field in entry.value)
          entry.value = { ...entry.value, [field]: entry.saved[field as keyof DetailValues] };
      }
    });
    this.entries.set(id, entry);
    return entry;
  }

  /** Records a change; saves it now, or once typing pauses. */
  change(
    id: string,
    shown: DetailValues & { version: number },
    changes: Partial<DetailValues>,
    when: "now" | "soon",
  ): void {
    const entry = this.entry(id, shown);
    entry.value = { ...entry.value, ...changes };
    entry.saver.markDirty();
    if (when === "now") void entry.saver.save();
  }

  /** What the server has of this annotation's details, as far as this page knows. */
  savedValues(id: string): DetailValues | null {
    return this.entries.get(id)?.saved ?? null;
  }

  /** After a conflict, their values become what is here and saving goes on from them. */
  adoptTheirs(id: string, theirs: AnnotationDetailsConflict): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    entry.value = entry.saved = detailValues(theirs);
    entry.saver.resolveConflict("theirs", theirs);
  }

  /** Puts back details kept in this browser, continuing from the version they were based on. */
  restore(id: string, kept: { baseVersion: number; value: DetailValues }): void {
    const value = detailValues(kept.value);
    const entry = this.entry(id, { ...value, version: kept.baseVersion });
    entry.saver.adoptBase(kept.baseVersion);
    this.change(id, { ...value, version: kept.baseVersion }, value, "now");
  }

  get hasUnsavedWork(): boolean {
    return [...this.entries.values()].some((entry) => entry.saver.hasUnsavedWork);
  }

  writeBackupNow(): void {
    for (const entry of this.entries.values()) entry.saver.writeBackupNow();
  }

  async save(): Promise<void> {
    await Promise.all([...this.entries.values()].map((entry) => entry.saver.save()));
  }

  async flush(): Promise<void> {
    await Promise.all([...this.entries.values()].map((entry) => entry.saver.flush()));
  }

  dispose(): void {
    for (const entry of this.entries.values()) entry.saver.dispose();
  }
}
