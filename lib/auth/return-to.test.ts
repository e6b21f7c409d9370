import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-to";

describe("the page to return to after sign-in", () => {
  it.each([
    ["/studio/users", "/studio/users"],
    ["/studio?status=draft", "/studio?status=draft"],
    ["https://evil.example/", "/studio"],
    ["//evil.example/", "/studio"],
    ["/\\evil.example", "/studio"],
    ["/sign-in?callbackUrl=/x", "/studio"],
    [undefined, "/studio"],
    ["javascript:alert(1)", "/studio"],
  ])("%s → %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });
});
