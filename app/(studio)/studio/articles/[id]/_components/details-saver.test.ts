// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { invalidInput } from "@/lib/action-messages";
import { annotationDetailsSchema } from "@/lib/annotations/details";
import { DetailsSavers, type DetailsSaversPorts, type DetailValues } from "./details-saver";
import { readDetailsBackups } from "./local-backup";

const ARTICLE_ID = "6f1d7a52-3b8e-4c1a-9d2e-0a4b5c6d7e8f";
const ID = "0b9a8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d";
const VERDICT = "5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c";
const SHOWN = {
  version: 1,
  speaker: null,
  unattributed: false,
  cue: "",
  note: "",
  verdictId: null,
  conclusion: "",
};

describe("DetailsSavers", () => {
  let online = true;
  let sent: Parameters<DetailsSaversPorts["send"]>[0][] = [];
  let savedVersions: number[] = [];
  let savers: DetailsSavers;

  /** A server that validates with the real schema, or a network that is down. */
  const send: DetailsSaversPorts["send"] = async (input) => {
    if (!online) throw new TypeError("Failed to fetch");
    sent.push(input);
    const parsed = annotationDetailsSchema.safeParse(input);
    if (!parsed.success) return invalidInput(parsed.error);
    return { ok: true, data: { version: input.version + 1 } };
  };

  beforeEach(() => {
    vi.useFakeTimers();
    window.localStorage.clear();
    online = true;
    sent = [];
    savedVersions = [];
    savers = new DetailsSavers({
      articleId: ARTICLE_ID,
      send,
      flushDocument: async () => {},
      onSaved: (_id, version) => savedVersions.push(version),
    });
  });
  afterEach(() => {
    savers.dispose();
    vi.useRealTimers();
  });

  it("keeps a note typed offline in this browser, retries with backoff, and saves it once back", async () => {
    online = false;
    savers.change(ID, SHOWN, { note: "Checked with the council." }, "now");
    await vi.advanceTimersByTimeAsync(0);
    const saver = savers.saverFor(ID, SHOWN);
    expect(saver.getState()).toMatchObject({ kind: "retrying", inSeconds: 1 });
    expect(savers.hasUnsavedWork).toBe(true);
    expect(readDetailsBackups<DetailValues>(ARTICLE_ID)[ID]).toMatchObject({
      baseVersion: 1,
      value: { note: "Checked with the council.", unattributed: false },
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(saver.getState()).toMatchObject({ kind: "retrying", inSeconds: 2 });

    online = true;
    await vi.advanceTimersByTimeAsync(2000);
    expect(saver.getState().kind).toBe("saved");
    expect(sent).toEqual([
      {
        id: ID,
        version: 1,
        speakerId: null,
        unattributed: false,
        cue: "",
        note: "Checked with the council.",
        verdictId: null,
        conclusion: "",
      },
    ]);
    expect(savedVersions).toEqual([2]);
    expect(savers.hasUnsavedWork).toBe(false);
    expect(readDetailsBackups(ARTICLE_ID)).toEqual({});
  });

  it("saves the other fields while a refused one waits to be fixed", async () => {
    savers.change(ID, SHOWN, { note: "n".repeat(5001) }, "now");
    await vi.advanceTimersByTimeAsync(0);
    const saver = savers.saverFor(ID, SHOWN);
    expect(saver.getState()).toMatchObject({
      kind: "rejected",
      fields: { note: "Shorten the note to at most 5,000 characters." },
    });
    savers.change(ID, SHOWN, { cue: "allegedly" }, "now");
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.getState().kind).toBe("saved");
    expect(sent.at(-1)).toMatchObject({ version: 1, cue: "allegedly", note: "" });
    expect(savers.savedValues(ID)).toMatchObject({ cue: "allegedly", note: "" });
  });

  it("saves a verdict while a conclusion that is too long waits to be shortened", async () => {
    savers.change(ID, SHOWN, { verdictId: VERDICT, conclusion: "c".repeat(601) }, "now");
    await vi.advanceTimersByTimeAsync(0);
    const saver = savers.saverFor(ID, SHOWN);
    expect(saver.getState()).toMatchObject({
      kind: "rejected",
      fields: {
        conclusion: "Shorten the conclusion to at most 600 characters: one or two sentences.",
      },
    });
    savers.change(ID, SHOWN, { note: "Rated." }, "now");
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.getState().kind).toBe("saved");
    expect(sent.at(-1)).toMatchObject({ verdictId: VERDICT, conclusion: "", note: "Rated." });
  });

  it("puts back what was kept, from the version it was based on", async () => {
    const kept = { ...SHOWN, unattributed: true, note: "Kept", verdictId: VERDICT };
    savers.restore(ID, { baseVersion: 4, value: { ...kept, conclusion: "Kept conclusion." } });
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([
      {
        id: ID,
        version: 4,
        speakerId: null,
        unattributed: true,
        cue: "",
        note: "Kept",
        verdictId: VERDICT,
        conclusion: "Kept conclusion.",
      },
    ]);
    expect(savedVersions).toEqual([5]);
  });

  it("reads details kept before verdicts existed as having none", async () => {
    const older = JSON.parse('{"speaker":null,"unattributed":false,"cue":"said","note":""}');
    savers.restore(ID, { baseVersion: 2, value: older });
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([
      {
        id: ID,
        version: 2,
        speakerId: null,
        unattributed: false,
        cue: "said",
        note: "",
        verdictId: null,
        conclusion: "",
      },
    ]);
  });

  it("stops at a version conflict until the person keeps theirs or their own", async () => {
    const theirs = {
      version: 3,
      speakerId: null,
      speaker: null,
      unattributed: true,
      cue: "",
      note: "Theirs",
      verdictId: VERDICT,
      conclusion: "Their conclusion.",
    };
    const conflicting: DetailsSaversPorts["send"] = async (input) =>
      input.version === 3
        ? send(input)
        : {
            ok: false,
            code: "conflict",
            kind: "details_conflict",
            error: "Someone else changed this annotation.",
            details: theirs,
          };
    savers = new DetailsSavers({
      articleId: ARTICLE_ID,
      send: conflicting,
      flushDocument: async () => {},
      onSaved: (_id, version) => savedVersions.push(version),
    });
    savers.change(ID, SHOWN, { note: "Mine" }, "now");
    await vi.advanceTimersByTimeAsync(0);
    const saver = savers.saverFor(ID, SHOWN);
    expect(saver.getState()).toEqual({ kind: "conflict", theirs });
    expect(savers.hasUnsavedWork).toBe(true);

    saver.resolveConflict("mine", theirs);
    await vi.advanceTimersByTimeAsync(0);
    expect(sent.at(-1)).toMatchObject({ version: 3, note: "Mine", unattributed: false });
    expect(savedVersions).toEqual([4]);

    const other = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
    savers.change(other, SHOWN, { cue: "said" }, "now");
    await vi.advanceTimersByTimeAsync(0);
    savers.adoptTheirs(other, theirs);
    expect(savers.saverFor(other, SHOWN).getState().kind).toBe("saved");
    expect(savers.savedValues(other)).toEqual({
      speaker: null,
      unattributed: true,
      cue: "",
      note: "Theirs",
      verdictId: VERDICT,
      conclusion: "Their conclusion.",
    });
    expect(savers.hasUnsavedWork).toBe(false);
    expect(readDetailsBackups(ARTICLE_ID)).toEqual({});
  });
});
