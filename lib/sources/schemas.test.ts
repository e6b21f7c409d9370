import { describe, expect, it } from "vitest";
import { z } from "zod";
import { addSourceSchema, linkExistingSourceSchema, searchQuerySchema } from "./schemas";

const annotationId = "8d0f7a52-3c1e-4f6a-9b2d-5e7c1a0b9f34";
const form = {
  annotationId,
  url: " https://example.org/report ",
  title: " Annual report ",
  publisher: "",
  publishedAt: "",
  archivedUrl: "",
  relation: "supports",
  excerpt: "",
};

function fieldErrors(input: Record<string, unknown>) {
  const result = addSourceSchema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
}

describe("addSourceSchema", () => {
  it("trims fields and turns untouched optional fields into null or empty text", () => {
    expect(addSourceSchema.parse(form)).toEqual({
      annotationId,
      url: "https://example.org/report",
      title: "Annual report",
      publisher: "",
      publishedAt: null,
      archivedUrl: null,
      relation: "supports",
      excerpt: "",
    });
    const { publisher: _p, publishedAt: _d, archivedUrl: _a, excerpt: _e, ...required } = form;
    expect(addSourceSchema.parse(required)).toMatchObject({
      publisher: "",
      publishedAt: null,
      archivedUrl: null,
      excerpt: "",
    });
  });

  it.each(["2024-02-29", "1999-12-31"])("accepts the calendar date %s", (publishedAt) => {
    expect(addSourceSchema.parse({ ...form, publishedAt }).publishedAt).toBe(publishedAt);
  });

  it.each(["2023-02-29", "2024-13-01", "2024-04-31", "3 May 2024", "2024-5-3"])(
    "refuses the date %s",
    (publishedAt) => {
      expect(fieldErrors({ ...form, publishedAt })).toEqual({
        publishedAt: ["Enter the date as YYYY-MM-DD."],
      });
    },
  );

  it.each([
    ["url", "javascript:alert(1)"],
    ["url", "data:text/html,x"],
    ["url", ""],
    ["url", "example.org"],
    ["archivedUrl", "ftp://archive.example/x"],
  ])("refuses %s %s with a message saying what to enter", (field, value) => {
    expect(fieldErrors({ ...form, [field]: value })).toEqual({
      [field]: ["Enter a web address starting with http:// or https://."],
    });
  });

  it("refuses an address over 2,000 characters", () => {
    const url = `https://example.org/${"a".repeat(2000)}`;
    expect(fieldErrors({ ...form, url }).url).toEqual([
      "Use a web address of at most 2,000 characters.",
    ]);
  });

  it("says what to do about a missing title, an unknown relation and a bad id", () => {
    expect(fieldErrors({ ...form, title: "   ", relation: "refutes", annotationId: "x" })).toEqual({
      title: ["Enter the source's title."],
      relation: ["Choose Supports, Contradicts or Context."],
      annotationId: ["This annotation no longer exists. Reload the page."],
    });
  });
});

describe("other source schemas", () => {
  it("linkExistingSourceSchema needs a source id and defaults the excerpt", () => {
    expect(
      linkExistingSourceSchema.parse({ annotationId, sourceId: annotationId, relation: "context" }),
    ).toEqual({ annotationId, sourceId: annotationId, relation: "context", excerpt: "" });
    expect(linkExistingSourceSchema.safeParse({ annotationId, relation: "context" }).success).toBe(
      false,
    );
  });

  it("searchQuerySchema trims and caps the query", () => {
    expect(searchQuerySchema.parse("  bridge ")).toBe("bridge");
    expect(searchQuerySchema.safeParse("x".repeat(201)).success).toBe(false);
  });
});
