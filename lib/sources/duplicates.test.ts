import { describe, expect, it } from "vitest";
import { likelyDuplicates } from "./duplicates";
import { normalizeSourceUrl } from "./normalize";

describe("likelyDuplicates", () => {
  it("groups addresses stored under older rules with the page they name today", () => {
    const sources = [
      { id: "a", url: "https://harbour.example/reports/flood", title: "Flood report" },
      { id: "b", url: "http://www.harbour.example/reports/flood", title: "Flood (http)" },
      { id: "c", url: "https://harbour.example/reports/flood?fbclid=x&utm_campaign=y", title: "C" },
      { id: "d", url: "https://harbour.example/reports/drought", title: "Drought" },
      { id: "e", url: "https://harbour.example/reports/flood?page=2", title: "Page 2" },
    ];
    const duplicates = likelyDuplicates(sources);
    expect(duplicates.get("a")?.map((s) => s.id)).toEqual(["b", "c"]);
    expect(duplicates.get("b")?.map((s) => s.id)).toEqual(["a", "c"]);
    expect(duplicates.has("d")).toBe(false);
    expect(duplicates.has("e")).toBe(false);
  });
});

describe("normalizeSourceUrl joins what readers copy", () => {
  it.each([
    ["http://www.harbour.example/a?gclid=1&msclkid=2", "https://harbour.example/a"],
    ["https://WWW.harbour.example/a/?igshid=z&mc_eid=q#top", "https://harbour.example/a"],
    ["http://harbour.example/a?ref_src=twsrc&id=4&_ga=1", "https://harbour.example/a?id=4"],
    ["https://www2.harbour.example/a", "https://www2.harbour.example/a"],
  ])("%s → %s", (input, expected) => {
    expect(normalizeSourceUrl(input)).toBe(expected);
  });
});
