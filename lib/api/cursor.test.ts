import { describe, expect, it } from "vitest";
import { ApiError } from "./errors";
import { decodeCursor, encodeCursor } from "./cursor";

const articleId = "5b0f8a52-8f5e-4a52-9d0e-3c1f2b7a9e10";

describe("cursors", () => {
  it("give back the position they were made from, for their own list only", () => {
    const at = { publishedMicros: "1767225600123456", articleId, number: 7 };
    const cursor = encodeCursor("claims", at);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor("claims", cursor)).toEqual(at);
    expect(() => decodeCursor("articles", cursor)).toThrow(ApiError);
  });

  it.each([
    ["empty", ""],
    ["not base64url", "a+b/c="],
    ["not JSON", Buffer.from("hello").toString("base64url")],
    [
      "a field too many",
      encodeCursor("articles", { publishedMicros: "1", articleId, x: 1 } as never),
    ],
    [
      "a number where digits go",
      Buffer.from(
        JSON.stringify({ list: "articles", at: { publishedMicros: 1, articleId } }),
      ).toString("base64url"),
    ],
    [
      "micros past bigint",
      encodeCursor("articles", { publishedMicros: "9".repeat(19), articleId }),
    ],
    ["too long", "A".repeat(401)],
  ])("refuse %s with a 400", (_, cursor) => {
    let error: unknown;
    try {
      decodeCursor("articles", cursor);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe("invalid_parameter");
  });
});
