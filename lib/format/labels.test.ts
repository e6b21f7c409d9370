import { describe, expect, it } from "vitest";
import { describeKindCounts } from "./labels";

describe("describeKindCounts", () => {
  it("names each kind with its own count, leaving out kinds with none", () => {
    expect(describeKindCounts({ official_claim: 3, allegation: 2, verified_fact: 0 })).toBe(
      "3 official claims, 2 allegations",
    );
    expect(describeKindCounts({ official_claim: 0, allegation: 1, verified_fact: 1 })).toBe(
      "1 allegation, 1 verified fact",
    );
  });
});
