import { describe, expect, it } from "vitest";
import { sameDocument } from "./schema";

const ID = "0b5c2a8e-4f3d-4c1b-9a7e-2d6f8e1c3b4a";

const doc = (text: string, attrs: Record<string, string>) => ({
  type: "doc",
  content: [
    {
      type: "paragraph",
      content: [{ type: "text", text, marks: [{ type: "annotation", attrs }] }],
    },
  ],
});

describe("sameDocument", () => {
  it("ignores the order of keys, as the database returns them", () => {
    const mine = doc("Said the mayor.", { id: ID, kind: "allegation" });
    const stored = JSON.parse(
      '{"content":[{"content":[{"marks":[{"attrs":{"kind":"allegation","id":"0b5c2a8e-4f3d-4c1b-9a7e-2d6f8e1c3b4a"},"type":"annotation"}],"text":"Said the mayor.","type":"text"}],"type":"paragraph"}],"type":"doc"}',
    );
    expect(JSON.stringify(mine)).not.toBe(JSON.stringify(stored));
    expect(sameDocument(mine, stored)).toBe(true);
  });

  it("tells apart different text, marks and documents that do not parse", () => {
    const base = doc("Said the mayor.", { id: ID, kind: "allegation" });
    expect(sameDocument(base, doc("Said the mayor!", { id: ID, kind: "allegation" }))).toBe(false);
    expect(sameDocument(base, doc("Said the mayor.", { id: ID, kind: "verified_fact" }))).toBe(
      false,
    );
    expect(sameDocument(base, { type: "doc", content: [{ type: "table" }] })).toBe(false);
  });
});
