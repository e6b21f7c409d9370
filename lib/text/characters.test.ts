import { describe, expect, it } from "vitest";
import { hasLoneSurrogate, isReadablePath, searchTerm, storableText } from "./characters";

describe("characters the database cannot hold", () => {
  it("finds lone surrogates but not whole pairs", () => {
    expect(hasLoneSurrogate("emoji 🙂")).toBe(false);
    expect(hasLoneSurrogate("half \ud83d")).toBe(true);
    expect(hasLoneSurrogate("\ude42 half")).toBe(true);
  });

  it("makes text storable: no NUL, lone surrogates replaced, the six characters \\u0000 kept", () => {
    expect(storableText("a\u0000b \ud83d \\u0000 🙂")).toBe("ab \ufffd \\u0000 🙂");
  });
});

describe("search terms from an address", () => {
  it.each([
    ["\u0000", ""],
    ["  bridge\u0000 ", "bridge"],
    [["first", "second"], "first"],
    [undefined, ""],
    ["x".repeat(300), "x".repeat(200)],
  ])("%j → %j", (value, expected) => {
    expect(searchTerm(value)).toBe(expected);
  });
});

describe("request paths", () => {
  it.each([
    ["/a/bridge-closes", true],
    ["/speakers/ada%20lovelace", true],
    ["/a/%E2%80%9Cquoted%E2%80%9D", true],
    ["/a/%FF", false],
    ["/a/%ED%A0%80", false],
    ["/speakers/%00", false],
    ["/a/%0A", false],
    ["/a/%", false],
  ])("%s readable: %s", (path, readable) => {
    expect(isReadablePath(path)).toBe(readable);
  });
});
