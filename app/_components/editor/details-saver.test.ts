// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { invalidInput } from "@/lib/action-messages";
import { annotationDetailsSchema } from "@/lib/annotations/details";
import { DetailsSavers, type DetailsSaversPorts, type DetailValues } from "./details-saver";
import { readDetailsBackups } from "./local-backup";

const ARTICLE_ID = "6f1d7a52-3b8e-4c1a-9d2e-0a4b5c6d7e8f";
const ID = "0b9a8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d";
const SHOWN = { version: 1, speaker: null, unattributed: false, cue: "", note: "" };

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

  it("puts back what was kept, from the version it was based on", async () => {
    savers.restore(ID, {
      baseVersion: 4,
      value: { speaker: null, unattributed: true, cue: "", note: "Kept" },
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual([
      { id: ID, version: 4, speakerId: null, unattributed: true, cue: "", note: "Kept" },
    ]);
    expect(savedVersions).toEqual([5]);
  });
});
