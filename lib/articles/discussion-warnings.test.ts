import { describe, expect, it } from "vitest";
import { openDiscussionWarnings } from "./publish-check";

describe("open discussions before publishing", () => {
  it("are warnings in document order, one per open thread", () => {
    const spans = [
      { id: "a", quote: "Forty people were hurt" },
      { id: "b", quote: "The mayor took bribes" },
      { id: "c", quote: "The bridge closed" },
    ];
    const threads = { c: { open: true }, a: { open: true }, b: { open: false } };
    expect(openDiscussionWarnings(spans, threads)).toEqual([
      { annotationId: "a", message: "Open discussion on “Forty people were hurt”" },
      { annotationId: "c", message: "Open discussion on “The bridge closed”" },
    ]);
  });
});
