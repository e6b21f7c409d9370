import { describe, expect, it } from "vitest";
import { replacedVersion } from "./replaced-version";

const doc = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Fire" }] },
    {
      type: "paragraph",
      content: [
        { type: "text", text: "<b>Not bold</b> and " },
        {
          type: "text",
          text: "a claim",
          marks: [
            { type: "bold" },
            {
              type: "annotation",
              attrs: { id: "5b0c7f0e-5d2a-4f57-9a55-1f6f2f0d8b11", kind: "official_claim" },
            },
          ],
        },
        { type: "text", text: "." },
      ],
    },
  ],
};

describe("replacedVersion", () => {
  it("gives the replaced title and text as plain text, a blank line between blocks", () => {
    expect(replacedVersion({ version: 4, title: "Theirs", doc })).toEqual({
      version: 4,
      title: "Theirs",
      text: "Fire\n\n<b>Not bold</b> and a claim.",
    });
  });

  it("is null for events that kept no document", () => {
    expect(replacedVersion({ version: 4, title: "Theirs" })).toBeNull();
    expect(replacedVersion(null)).toBeNull();
    expect(replacedVersion("doc")).toBeNull();
  });

  it("still shows the words of a document the schema no longer reads", () => {
    const old = {
      type: "doc",
      content: [{ type: "table", content: [{ type: "text", text: "Kept" }] }],
    };
    expect(replacedVersion({ version: 2, title: "", doc: old })?.text).toContain('"text": "Kept"');
  });
});
