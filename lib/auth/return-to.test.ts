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
    ["/\u3002evil", "/%E3%80%82evil"],
    ["/%E3%80%82evil", "/%E3%80%82evil"],
    ["/studio?q=caf\u00e9", "/studio?q=caf%C3%A9"],
    ["/studio\u0000", "/studio"],
    ["/\ud800", "/studio"],
  ])("%s → %s", (input, expected) => {
    expect(safeReturnPath(input)).toBe(expected);
  });
});
