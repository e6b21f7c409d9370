import { describe, expect, it } from "vitest";
import { normalized, normalizeText, rawRange } from "./normalize";

describe("normalizeText", () => {
  const raw = "He said:\u00a0 “it’s over” —\nfor now.\n\n\nNext  block";

  it("collapses white space, keeps blank lines as block breaks, plains quote marks", () => {
    expect(normalizeText(raw).text).toBe(`He said: "it's over" - for now.\nNext block`);
    expect(normalized(raw)).toBe(normalizeText(raw).text);
  });

  it("maps ranges of the copy back onto the real characters", () => {
    const norm = normalizeText(raw);
    const quote = `"it's over" - for`;
    const at = norm.text.indexOf(quote);
    const [start, end] = rawRange(norm, at, at + quote.length);
    expect(raw.slice(start, end)).toBe("“it’s over” —\nfor");
    const next = norm.text.indexOf("Next block");
    const [from, to] = rawRange(norm, next, next + "Next block".length);
    expect(raw.slice(from, to)).toBe("Next  block");
    expect(norm.fromRaw[raw.indexOf("Next")]).toBe(next);
  });
});
