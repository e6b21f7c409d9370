import { describe, expect, it } from "vitest";
import { shortenText } from "./shorten";

describe("shortenText", () => {
  it("keeps text that fits, on one line", () => {
    expect(shortenText("  The bridge\nclosed  ", 20)).toBe("The bridge closed");
  });

  it("cuts after the last whole word, never mid-word, and marks the cut", () => {
    const quote = "The minister said unemployment fell sharply";
    const short = shortenText(quote, 25);
    expect(short).toBe("The minister said…");
    expect(Array.from(short).length).toBeLessThanOrEqual(25);
  });

  it("drops punctuation left dangling before the ellipsis", () => {
    expect(shortenText("Prices rose, wages fell and rents doubled", 14)).toBe("Prices rose…");
  });

  it("cuts one overlong word between characters, keeping an emoji whole", () => {
    expect(shortenText("Supercalifragilistic", 8)).toBe("Superca…");
    expect(shortenText("👍🏽👍🏽👍🏽👍🏽", 3)).toBe("👍🏽👍🏽…");
  });
});
