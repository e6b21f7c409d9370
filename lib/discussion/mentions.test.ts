import { describe, expect, it } from "vitest";
import { findMentions, membersMatching, mentionBeingTyped, splitMentions } from "./mentions";

const members = [
  { id: "rosa", name: "Rosa" },
  { id: "rosa-lind", name: "Rosa Lind" },
  { id: "eli", name: "Eli Editor" },
];

describe("mentions", () => {
  it("take the longest member name after @, ending where a word ends", () => {
    expect(findMentions("@rosa lind, and @Rosa.", members).map((m) => m.userId)).toEqual([
      "rosa-lind",
      "rosa",
    ]);
    expect(findMentions("@Rosalind and mail@Rosa and @Nobody", members)).toEqual([]);
  });

  it("split the text so only the mentions are emphasised", () => {
    expect(splitMentions("Ask @Eli Editor now", members)).toEqual([
      { text: "Ask ", mention: false },
      { text: "@Eli Editor", mention: true },
      { text: " now", mention: false },
    ]);
  });

  it("offer members while a name is being typed after @", () => {
    expect(mentionBeingTyped("Hi @ros", 7)).toEqual({ start: 3, query: "ros" });
    expect(mentionBeingTyped("mail@ros", 8)).toBeNull();
    expect(mentionBeingTyped("@ros\nnext", 9)).toBeNull();
    expect(membersMatching(members, "ros").map((m) => m.id)).toEqual(["rosa", "rosa-lind"]);
    expect(membersMatching(members, "rosa lind")).toEqual([]);
  });
});
