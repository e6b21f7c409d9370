// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { ActionFailure } from "@/lib/action-messages";
import {
  conflictOf,
  DocumentSaver,
  describeSaveState,
  type SaveState,
  type SaverPorts,
  type TheirVersion,
} from "./document-saver";
import { readBackupRaw } from "./local-backup";

// How the saver recovers: the exact retry schedule while the server cannot be reached, the
// pending text kept through every failure, and the stop at a version conflict until the person
// chooses. Each test is meant to fail when the schedule or the conflict handling changes.

const ARTICLE_ID = "6f1d7a52-3b8e-4c1a-9d2e-0a4b5c6d7e8f";
const DOC = { type: "doc", content: [{ type: "paragraph" }] };
const THEIRS: TheirVersion = {
  version: 5,
  title: "Their title",
  doc: DOC,
  savedAt: "2026-03-01T10:00:00.000Z",
  savedBy: "Ana Editor",
};

type Sent = Parameters<SaverPorts["send"]>[0] & { at: number };
type Answer = "ok" | "offline" | "unauthenticated" | "conflict" | "refused";

describe("DocumentSaver recovery", () => {
  let title = "";
  let answer: Answer = "ok";
  let sent: Sent[] = [];
  let states: SaveState[] = [];
  let saver: DocumentSaver;

  /** The server as the saver sees it: whatever `answer` says, recording every request and when. */
  const send: SaverPorts["send"] = async (input) => {
    sent.push({ ...input, at: Date.now() });
    if (answer === "offline") throw new TypeError("Failed to fetch");
    if (answer === "ok") {
      const data = { version: input.baseVersion + 1, savedAt: new Date().toISOString() };
      return { ok: true, data: { ...data, annotations: [], titleProblem: null } };
    }
    const failures: Record<Exclude<Answer, "ok" | "offline">, ActionFailure> = {
      unauthenticated: { ok: false, code: "unauthenticated", error: "Sign in again." },
      conflict: {
        ok: false,
        code: "conflict",
        kind: "document_conflict",
        error: "Someone else saved.",
        details: THEIRS,
      },
      refused: { ok: false, code: "invalid_input", error: "The document is not valid." },
    };
    return failures[answer];
  };

  /** Types a title and lets the autosave's one-second pause pass. */
  async function typeTitle(value: string) {
    title = value;
    saver.markDirty();
    await vi.advanceTimersByTimeAsync(1000);
  }

  beforeEach(() => {
    vi.useFakeTimers();
    window.localStorage.clear();
    title = "";
    answer = "ok";
    sent = [];
    states = [];
    saver = new DocumentSaver(1, { articleId: ARTICLE_ID, send });
    saver.subscribe(() => states.push(saver.getState()));
    saver.connect({ snapshot: () => ({ title, doc: DOC }), onSaved: () => {} });
  });
  afterEach(() => {
    saver.dispose();
    vi.useRealTimers();
  });

  it("waits exactly the autosave pause after the last change, not a millisecond less", async () => {
    title = "Draft";
    saver.markDirty();
    await vi.advanceTimersByTimeAsync(999);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(1);
  });

  it("retries after 1, 2, 4, 8 and 16 s, then every 30 s, while the server cannot be reached", async () => {
    answer = "offline";
    await typeTitle("Offline");
    const first = sent[0]!.at;
    await vi.advanceTimersByTimeAsync(999);
    expect(sent, "retried before the first second was up").toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent, "not retried at exactly one second").toHaveLength(2);

    await vi.advanceTimersByTimeAsync(2000 + 4000 + 8000 + 16000 + 30000 + 30000 - 1);
    const gaps = sent.slice(1).map((request, i) => request.at - sent[i]!.at);
    expect(sent[0]!.at).toBe(first);
    expect(gaps).toEqual([1000, 2000, 4000, 8000, 16000, 30000]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent.at(-1)!.at - sent.at(-2)!.at).toBe(30000);

    const announced = states.flatMap((s) => (s.kind === "retrying" ? [s.inSeconds] : []));
    expect(announced).toEqual([1, 2, 4, 8, 16, 30, 30, 30]);
    expect(describeSaveState(states.at(-1)!)).toBe(
      "Not saved: the server can't be reached. Retrying in 30 s. Your text is kept in this browser.",
    );
  });

  it("starts the schedule again from one second once a save gets through", async () => {
    answer = "offline";
    await typeTitle("First");
    await vi.advanceTimersByTimeAsync(1000 + 2000);
    answer = "ok";
    await vi.advanceTimersByTimeAsync(4000);
    expect(states.at(-1)!.kind).toBe("saved");

    answer = "offline";
    const before = sent.length;
    await typeTitle("Second");
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent.slice(before).map((request) => request.at - sent[before]!.at)).toEqual([0, 1000]);
  });

  it("retries an ended session on the same schedule, saying why", async () => {
    answer = "unauthenticated";
    await typeTitle("Session");
    await vi.advanceTimersByTimeAsync(1000 + 2000);
    expect(sent.slice(1).map((request, i) => request.at - sent[i]!.at)).toEqual([1000, 2000]);
    expect(describeSaveState(states.at(-1)!)).toBe(
      "Not saved: your session has ended (sign in again in another tab). Retrying in 4 s. Your text is kept in this browser.",
    );
  });

  it("never drops the pending text: typing while retrying keeps the timer and sends the latest text", async () => {
    answer = "offline";
    await typeTitle("One");
    expect(readBackupRaw(ARTICLE_ID)).toContain('"title":"One"');
    expect(saver.hasUnsavedWork).toBe(true);

    // A change during the wait neither sends early nor restarts the schedule.
    await vi.advanceTimersByTimeAsync(500);
    title = "One two";
    saver.markDirty();
    await vi.advanceTimersByTimeAsync(499);
    expect(sent).toHaveLength(1);
    expect(readBackupRaw(ARTICLE_ID)).toContain('"title":"One two"');

    answer = "ok";
    await vi.advanceTimersByTimeAsync(1);
    expect(sent.map((request) => request.title)).toEqual(["One", "One two"]);
    expect(saver.savedVersion).toBe(2);
    expect(saver.hasUnsavedWork).toBe(false);
    expect(readBackupRaw(ARTICLE_ID)).toBeNull();
  });

  it("keeps the text when the server refuses it, and sends it again with the next change", async () => {
    answer = "refused";
    await typeTitle("Refused");
    expect(states.at(-1)!.kind).toBe("rejected");
    expect(saver.hasUnsavedWork).toBe(true);
    expect(readBackupRaw(ARTICLE_ID)).toContain('"title":"Refused"');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent, "a refusal is not retried on a timer").toHaveLength(1);

    answer = "ok";
    await typeTitle("Refused, then fixed");
    expect(sent.at(-1)).toMatchObject({ baseVersion: 1, title: "Refused, then fixed" });
    expect(states.at(-1)!.kind).toBe("saved");
  });

  describe("at a version conflict", () => {
    beforeEach(async () => {
      answer = "conflict";
      await typeTitle("My title");
    });

    it("stops saving, shows their version and keeps my text", async () => {
      expect(conflictOf(saver.getState())).toEqual({ kind: "conflict", theirs: THEIRS });
      expect(describeSaveState(saver.getState())).toBe(
        "Not saved: someone else saved this article first.",
      );
      await vi.advanceTimersByTimeAsync(120_000);
      title = "My title, edited";
      saver.markDirty();
      await vi.advanceTimersByTimeAsync(120_000);
      await saver.flush();
      expect(sent, "sent again before the person chose").toHaveLength(1);
      expect(saver.getState().kind).toBe("conflict");
      expect(saver.hasUnsavedWork).toBe(true);
      expect(saver.savedVersion).toBe(1);
      expect(readBackupRaw(ARTICLE_ID)).toContain('"title":"My title, edited"');
      expect(states.some((state) => state.kind === "retrying")).toBe(false);
    });

    it("keeping mine sends my text on top of their version", async () => {
      answer = "ok";
      saver.resolveConflict("mine", THEIRS);
      await vi.advanceTimersByTimeAsync(0);
      expect(sent).toHaveLength(2);
      expect(sent[1]).toMatchObject({ baseVersion: THEIRS.version, title: "My title" });
      expect(saver.savedVersion).toBe(THEIRS.version + 1);
      expect(saver.getState().kind).toBe("saved");
      expect(readBackupRaw(ARTICLE_ID)).toBeNull();
    });

    it("taking theirs sends nothing, drops my copy and bases the next change on their version", async () => {
      answer = "ok";
      saver.resolveConflict("theirs", THEIRS);
      await vi.advanceTimersByTimeAsync(5000);
      expect(sent).toHaveLength(1);
      expect(saver.getState()).toEqual({ kind: "saved", at: new Date(THEIRS.savedAt) });
      expect(saver.hasUnsavedWork).toBe(false);
      expect(readBackupRaw(ARTICLE_ID)).toBeNull();

      await typeTitle("Their title, then mine");
      expect(sent[1]).toMatchObject({ baseVersion: THEIRS.version });
      expect(saver.savedVersion).toBe(THEIRS.version + 1);
    });
  });
});
