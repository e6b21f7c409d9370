// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { invalidInput } from "@/lib/action-messages";
import { MAX_DOC_BYTES } from "@/lib/articles/limits";
import { saveDocumentSchema } from "@/lib/articles/save";
import { titleProblem } from "@/lib/articles/title";
import {
  DocumentSaver,
  describeSaveState,
  type SaveState,
  type SaverPorts,
} from "./document-saver";
import { readBackupRaw } from "./local-backup";

const ARTICLE_ID = "6f1d7a52-3b8e-4c1a-9d2e-0a4b5c6d7e8f";
const DOC = { type: "doc", content: [{ type: "paragraph" }] };

/** A server that validates with the real schemas and answers as runAction does. */
const send: SaverPorts["send"] = async (input) => {
  const parsed = saveDocumentSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return {
    ok: true,
    data: {
      version: input.baseVersion + 1,
      savedAt: new Date().toISOString(),
      annotations: [],
      titleProblem: titleProblem(input.title),
    },
  };
};

describe("DocumentSaver", () => {
  let title = "";
  let states: SaveState[] = [];
  let saver: DocumentSaver;

  beforeEach(() => {
    vi.useFakeTimers();
    window.localStorage.clear();
    states = [];
    saver = new DocumentSaver(1, { articleId: ARTICLE_ID, send });
    saver.subscribe(() => states.push(saver.getState()));
    saver.connect({ snapshot: () => ({ title, doc: DOC }), onSaved: () => {} });
  });
  afterEach(() => {
    saver.dispose();
    vi.useRealTimers();
  });

  it("saves the text when the title is too long, says what to fix at the title, and recovers", async () => {
    title = "A".repeat(301);
    saver.markDirty();
    await vi.advanceTimersByTimeAsync(1000);
    const refused = states.at(-1)!;
    expect(refused).toMatchObject({
      kind: "rejected",
      restSaved: true,
      fields: { title: "Shorten the title to at most 300 characters." },
    });
    expect(describeSaveState(refused)).toBe(
      "Text saved; the title is not. Shorten the title to at most 300 characters.",
    );
    expect(saver.savedVersion).toBe(2);
    expect(saver.hasUnsavedWork).toBe(false);

    title = "A".repeat(300);
    saver.markDirty();
    await vi.advanceTimersByTimeAsync(1000);
    expect(states.at(-1)!.kind).toBe("saved");
    expect(saver.savedVersion).toBe(3);
    expect(readBackupRaw(ARTICLE_ID)).toBeNull();
  });

  it("refuses a document over the article limit without sending it, says what to do and does not retry", async () => {
    const sent = vi.fn(send);
    saver = new DocumentSaver(1, { articleId: ARTICLE_ID, send: sent });
    saver.subscribe(() => states.push(saver.getState()));
    const huge = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: "é".repeat(MAX_DOC_BYTES / 2) }] },
      ],
    };
    saver.connect({ snapshot: () => ({ title: "Long", doc: huge }), onSaved: () => {} });
    saver.markDirty();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).not.toHaveBeenCalled();
    expect(describeSaveState(states.at(-1)!)).toBe(
      "Not saved. This article is too long to save. Split it into two articles or remove pasted material.",
    );
    expect(states.filter((state) => state.kind === "retrying")).toEqual([]);
  });

  it("passes a refusal that is not about a field through as it came", async () => {
    saver = new DocumentSaver(1, {
      articleId: ARTICLE_ID,
      send: async () => ({ ok: false, code: "invalid_input", error: "The document is too long." }),
    });
    saver.subscribe(() => states.push(saver.getState()));
    saver.connect({ snapshot: () => ({ title: "Fine", doc: DOC }), onSaved: () => {} });
    saver.markDirty();
    await vi.advanceTimersByTimeAsync(1000);
    expect(describeSaveState(states.at(-1)!)).toBe("Not saved. The document is too long.");
  });

  it("keeps the text in this browser while a save started before the copy was due is on its way", async () => {
    saver = new DocumentSaver(1, { articleId: ARTICLE_ID, send: () => new Promise(() => {}) });
    saver.connect({ snapshot: () => ({ title: "Kept", doc: DOC }), onSaved: () => {} });
    saver.markDirty();
    // Leaving the text saves at once, before the local copy's 300 ms are up.
    void saver.save();
    await vi.advanceTimersByTimeAsync(300);
    expect(readBackupRaw(ARTICLE_ID)).toContain('"title":"Kept"');
  });
});
