import { describe, expect, it } from "vitest";
import type { PublishedArticle } from "@/db/queries/articles";
import type { RevisionAnnotation } from "@/db/revision-snapshot";
import { annotatedDoc } from "@/test/documents";
import { webAnnotationViolations } from "@/test/web-annotation-musts";
import { webAnnotationCollection } from "./web-annotation";

const base = new URL("https://checks.example/");
const CLAIM = "00000000-0000-4000-8000-000000000001";
const unproven = { id: "00000000-0000-4000-8000-0000000000aa", slug: "unproven" };

/** A revision as an older Claimmark froze it: no times, no creator, no verdicts. */
function olderRevision(fields: Partial<RevisionAnnotation> = {}): PublishedArticle {
  const text = "The council hid the report.";
  return {
    articleId: "a",
    revisionNumber: 1,
    slug: "council-report",
    title: "Council report",
    doc: annotatedDoc([{ id: CLAIM, kind: "allegation", text }]),
    annotations: [
      {
        id: CLAIM,
        kind: "allegation",
        quote: text,
        prefix: "",
        suffix: "",
        start: 0,
        end: text.length,
        speakerId: null,
        cue: "",
        note: "",
        sources: [],
        ...fields,
      },
    ],
    speakers: [],
    sources: [],
    verdictScale: {
      bestRating: 6,
      worstRating: 1,
      verdicts: [{ ...unproven, label: "Unproven", definition: "", rating: null }],
    },
    checkedArticle: null,
    newsroom: null,
    publishedAt: new Date("2025-01-02T03:04:05Z"),
  };
}

const onlyItem = (article: PublishedArticle) =>
  webAnnotationCollection(article, base).first.items[0]!;

describe("webAnnotationCollection's provenance and verdicts", () => {
  it("leaves out the times and creator an older revision never recorded", () => {
    const item = onlyItem(olderRevision());
    expect(item).not.toHaveProperty("created");
    expect(item).not.toHaveProperty("modified");
    expect(item).not.toHaveProperty("creator");
    expect(item.canonical).toBe(`https://checks.example/a/council-report#annotation-${CLAIM}`);
    expect(item.generator).toEqual({
      id: "https://checks.example/",
      type: "Software",
      name: "Claimmark",
      homepage: "https://checks.example/",
    });
    expect(webAnnotationViolations(webAnnotationCollection(olderRevision(), base))).toEqual([]);
  });

  it("leaves out the creator who has no display name, and never shows an e-mail", () => {
    const item = onlyItem(
      olderRevision({
        createdAt: "2025-01-01T09:00:00.000Z",
        modifiedAt: "2025-01-01T10:00:00.000Z",
        creatorName: null,
      }),
    );
    expect(item).toMatchObject({
      created: "2025-01-01T09:00:00.000Z",
      modified: "2025-01-01T10:00:00.000Z",
    });
    expect(item).not.toHaveProperty("creator");
  });

  it("gives a verdict off the scale no numbers, and its conclusion as an assessment", () => {
    const item = onlyItem(
      olderRevision({ verdictId: unproven.id, conclusion: "No document shows either way." }),
    );
    expect(item.body.filter((body) => body.purpose === "assessing")).toEqual([
      {
        type: "SpecificResource",
        purpose: "assessing",
        source: { id: `urn:uuid:${unproven.id}`, type: "Rating", name: "Unproven" },
      },
      {
        type: "TextualBody",
        purpose: "assessing",
        value: "No document shows either way.",
        format: "text/plain",
      },
    ]);
  });
});

describe("the W3C model's MUSTs, as the export is checked against them", () => {
  // The check itself must catch what breaks them, or passing it would prove nothing.
  const broken: [string, (item: Record<string, unknown>) => void][] = [
    ["a creation time that is no date-time", (item) => (item.created = "yesterday")],
    [
      "two modification times",
      (item) => (item.modified = ["2025-01-01T00:00:00Z", "2025-01-02T00:00:00Z"]),
    ],
    ["a canonical link that is no IRI", (item) => (item.canonical = "not a link")],
    [
      "a generator named twice",
      (item) => (item.generator = { type: "Software", name: ["A", "B"] }),
    ],
    ["a body and a bodyValue", (item) => (item.bodyValue = "text")],
    ["no target", (item) => delete item.target],
    ["an unknown purpose", (item) => ((item.body as { purpose: string }[])[0]!.purpose = "rating")],
    [
      "a textual body without a value",
      (item) => delete (item.body as { value?: string }[])[0]!.value,
    ],
  ];
  for (const [what, breakIt] of broken) {
    it(`rejects ${what}`, () => {
      const collection = structuredClone(webAnnotationCollection(olderRevision(), base));
      breakIt(collection.first.items[0] as unknown as Record<string, unknown>);
      expect(webAnnotationViolations(collection)).not.toEqual([]);
    });
  }
});
