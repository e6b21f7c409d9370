import { describe, expect, it } from "vitest";
import { type ActionFailure, fieldMessages, formProblem } from "./action-messages";

const refused: ActionFailure = {
  ok: false,
  code: "invalid_input",
  error: "Some fields need attention.",
  fieldErrors: {
    cue: ["Shorten the cue to at most 100 characters.", "A second rule's message"],
    version: ["Reload the page before changing this annotation."],
  },
};

describe("action messages", () => {
  it("keeps the first message of each refused field", () => {
    expect(fieldMessages(refused)).toEqual({
      cue: "Shorten the cue to at most 100 characters.",
      version: "Reload the page before changing this annotation.",
    });
    expect(fieldMessages(null)).toEqual({});
  });

  it("names what has no field on screen instead of the generic sentence", () => {
    expect(formProblem(refused, ["cue", "note"])).toBe(
      "Reload the page before changing this annotation.",
    );
    expect(formProblem(refused, [])).toBe(
      "Shorten the cue to at most 100 characters. Reload the page before changing this annotation.",
    );
  });

  it("says nothing more when every message is at its field", () => {
    expect(formProblem(refused, ["cue", "version"])).toBeNull();
  });

  it("passes other refusals through and explains a failed request", () => {
    const conflict: ActionFailure = { ok: false, code: "conflict", error: "Someone else saved." };
    expect(formProblem(conflict, ["cue"])).toBe("Someone else saved.");
    expect(formProblem(null, [])).toBe("The server can't be reached. Try again.");
    expect(formProblem(null, [], "Offline: your entry is kept.")).toBe(
      "Offline: your entry is kept.",
    );
  });
});
