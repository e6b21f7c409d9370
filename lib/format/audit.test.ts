import { describe, expect, it } from "vitest";
import { type AuditNames, describeChanges, describeEvent, referencedIds } from "./audit";

const speakerId = "0b7c8a52-5d2e-4d8e-9a57-1f0c2c9d6a11";
const sourceId = "5e1d4f0a-3a8b-4c61-8f7e-2b9c0d1e2f33";
const revisionId = "9a0b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d";
const falseId = "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f";
const retiredId = "7d8e9f0a-1b2c-4d3e-9f4a-5b6c7d8e9f0a";
const names: AuditNames = {
  speakers: new Map([[speakerId, "Ministry of Health"]]),
  sources: new Map([[sourceId, "Inspection report"]]),
  revisions: new Map([[revisionId, 3]]),
  verdicts: new Map([[falseId, "False"]]),
};
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-/i;

describe("describeChanges", () => {
  it.each([
    [
      "a user's role and account",
      "user",
      { role: "reviewer", disabledAt: null },
      { role: "editor", disabledAt: "2026-05-03T09:30:00.000Z" },
      ["Role: Reviewer → Editor", "Disabled: no → 3 May 2026, 09:30 UTC"],
    ],
    [
      "a new speaker",
      "speaker",
      null,
      { slug: "ilse-marrow", name: "Ilse Marrow", type: "person", description: "" },
      ["Public address: /speakers/ilse-marrow", "Name: Ilse Marrow", "Type: Person"],
    ],
    [
      "a deleted annotation",
      "annotation",
      { kind: "allegation", quote: "took bribes", speakerId, cue: "", note: "Denied." },
      null,
      [
        "Kind: Allegation",
        "Text: took bribes",
        "Attributed to: Ministry of Health",
        "Note: Denied.",
      ],
    ],
    [
      "a speaker replaced by “No named source”",
      "annotation",
      { speakerId, unattributed: false },
      { speakerId: null, unattributed: true },
      ["Attributed to: Ministry of Health → no one", "No named source: no → yes"],
    ],
    [
      "a verdict given with its conclusion",
      "annotation",
      { verdictId: null, conclusion: "" },
      { verdictId: falseId, conclusion: "Hospital records show 12 admissions." },
      ["Verdict: no verdict → False", "Conclusion: — → Hospital records show 12 admissions."],
    ],
    [
      "a verdict changed from one since deleted",
      "annotation",
      { verdictId: retiredId },
      { verdictId: falseId },
      ["Verdict: a removed verdict → False"],
    ],
    [
      "the checked article's fields",
      "article",
      { checkedOutlet: "", checkedAuthor: "", checkedUrl: null, checkedDate: null },
      {
        checkedOutlet: "Daily Planet",
        checkedAuthor: "Lois Lane",
        checkedUrl: "https://planet.example/story",
        checkedDate: "2026-05-03",
      },
      [
        "Original outlet: — → Daily Planet",
        "Author: — → Lois Lane",
        "Original URL: — → https://planet.example/story",
        "Original publication date: — → 3 May 2026",
      ],
    ],
    [
      "a source link, its id read as the source's title",
      "annotation_source",
      { sourceId, relation: "contradicts", excerpt: "" },
      null,
      ["Source: Inspection report", "Relation: Contradicts"],
    ],
    [
      "unpublishing",
      "article",
      { status: "published", publishedRevisionId: revisionId.toUpperCase() },
      { status: "draft", publishedRevisionId: null },
      ["Status: Published → Draft", "Readers see: revision 3 → nothing"],
    ],
    [
      "demo content and a long note",
      "article",
      {
        note: "The minister said on Tuesday that her ministry had reviewed every single contract signed since 2019 and found none of them broke the procurement rules",
      },
      { note: "short", seeded: true },
      [
        "Note: The minister said on Tuesday that her ministry had reviewed every single contract signed since 2019 and found none of… → short",
        "Demo content: yes",
      ],
    ],
  ])("reads %s as words", (_name, entity, before, after, expected) => {
    const changes = describeChanges({ entity, before, after }, names);
    expect(changes).toEqual(expected);
    for (const change of changes) expect(change).not.toMatch(UUID);
  });

  it("leaves out what did not change and a draft's placeholder address", () => {
    const before = { version: 1, title: "Same" };
    const after = { version: 2, title: "Same", slug: "draft-0a1b2c3d4e" };
    expect(describeChanges({ entity: "article", before, after }, names)).toEqual([
      "Version: 1 → 2",
    ]);
  });
});

describe("referencedIds", () => {
  it("collects each id once, by what it refers to, ignoring what is not an id", () => {
    expect(
      referencedIds([
        { before: { speakerId }, after: { speakerId: speakerId.toUpperCase(), sourceId } },
        { before: null, after: { publishedRevisionId: revisionId, sourceId: "nope" } },
        { before: { verdictId: null }, after: { verdictId: falseId.toUpperCase() } },
      ]),
    ).toEqual({
      speakers: [speakerId],
      sources: [sourceId],
      revisions: [revisionId],
      verdicts: [falseId],
    });
  });
});

describe("describeEvent", () => {
  it("names the entity and what happened to it", () => {
    expect(describeEvent("annotation_source", "unlink")).toBe("Source link unlinked");
    expect(describeEvent("article", "some_new_thing")).toBe("Article some new thing");
    expect(describeEvent("article", "edit_checked_article")).toBe(
      "Article “Checked article” edited",
    );
  });
});
