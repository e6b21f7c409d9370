import { describe, expect, it } from "vitest";
import type { PublishedArticle } from "@/db/queries/articles";
import type { RevisionAnnotation } from "@/db/revision-snapshot";
import { annotatedDoc } from "@/test/documents";
import { claimReviewGraph, claimReviews, claimReviewScriptText } from "./claim-review";

const base = new URL("https://checks.example/");
const ids = {
  minister: "00000000-0000-4000-8000-000000000001",
  council: "00000000-0000-4000-8000-000000000002",
  fact: "00000000-0000-4000-8000-000000000003",
  unrated: "00000000-0000-4000-8000-000000000004",
  anonymous: "00000000-0000-4000-8000-000000000005",
};
const verdicts = {
  false: { id: "v-false", slug: "false", label: "False", definition: "Not accurate.", rating: 1 },
  unproven: { id: "v-unproven", slug: "unproven", label: "Unproven", definition: "", rating: null },
};

function annotation(
  id: string,
  start: number,
  fields: Partial<RevisionAnnotation> = {},
): RevisionAnnotation {
  return {
    id,
    kind: "official_claim",
    quote: `quote ${start}`,
    prefix: "",
    suffix: "",
    start,
    end: start + 5,
    speakerId: null,
    cue: "said",
    note: "",
    sources: [],
    ...fields,
  };
}

function article(overrides: Partial<PublishedArticle> = {}): PublishedArticle {
  return {
    articleId: "a",
    revisionNumber: 2,
    slug: "bridge-repairs",
    title: "Bridge repairs",
    doc: annotatedDoc(["Some text."]),
    annotations: [
      annotation(ids.minister, 0, {
        quote: "Repairs will cost €2m",
        speakerId: "s-minister",
        verdictId: verdicts.false.id,
        conclusion: "The tender documents put the cost at €4.1m.",
      }),
      annotation(ids.council, 10, {
        kind: "allegation",
        quote: "The council hid the report",
        speakerId: "s-council",
        verdictId: verdicts.unproven.id,
        conclusion: "No document shows either way.",
      }),
      // A verdict left on a verified fact, and claims without one, are not reviews.
      annotation(ids.fact, 20, { kind: "verified_fact", verdictId: verdicts.false.id }),
      annotation(ids.unrated, 30, { speakerId: "s-minister" }),
      annotation(ids.anonymous, 40, {
        unattributed: true,
        verdictId: verdicts.false.id,
        conclusion: "Records contradict it.",
      }),
    ],
    speakers: [
      {
        id: "s-minister",
        slug: "ana-ruiz",
        name: "Ana Ruiz",
        type: "person",
        description: "Minister of Transport",
      },
      {
        id: "s-council",
        slug: "city-council",
        name: "City Council",
        type: "organization",
        description: "",
      },
    ],
    sources: [],
    verdictScale: { bestRating: 6, worstRating: 1, verdicts: [verdicts.false, verdicts.unproven] },
    checkedArticle: {
      outlet: "Daily Example",
      author: "Jo Writer",
      url: "https://daily.example/bridge",
      date: "2026-03-01",
    },
    newsroom: {
      name: "Fact Desk",
      url: "https://factdesk.example/",
      logoUrl: "https://factdesk.example/logo.png",
    },
    publishedAt: new Date("2026-03-04T10:00:00Z"),
    ...overrides,
  };
}

describe("claimReviews", () => {
  it("makes one review per rated claim or allegation, in document order", () => {
    const reviews = claimReviews(article(), base);
    expect(reviews.map((r) => r.url)).toEqual([
      `https://checks.example/a/bridge-repairs#annotation-${ids.minister}`,
      `https://checks.example/a/bridge-repairs#annotation-${ids.council}`,
      `https://checks.example/a/bridge-repairs#annotation-${ids.anonymous}`,
    ]);
  });

  it("describes a person's claim with a numeric rating on the scale and the checked article", () => {
    const [review] = claimReviews(article(), base);
    expect(review).toEqual({
      "@context": "https://schema.org",
      "@type": "ClaimReview",
      "@id": `https://checks.example/a/bridge-repairs#annotation-${ids.minister}`,
      url: `https://checks.example/a/bridge-repairs#annotation-${ids.minister}`,
      claimReviewed: "Repairs will cost €2m",
      datePublished: "2026-03-04T10:00:00.000Z",
      author: {
        "@type": "Organization",
        name: "Fact Desk",
        url: "https://factdesk.example/",
        logo: { "@type": "ImageObject", url: "https://factdesk.example/logo.png" },
      },
      reviewRating: {
        "@type": "Rating",
        alternateName: "False",
        ratingValue: 1,
        bestRating: 6,
        worstRating: 1,
        ratingExplanation: "The tender documents put the cost at €4.1m.",
      },
      itemReviewed: {
        "@type": "Claim",
        author: {
          "@type": "Person",
          name: "Ana Ruiz",
          url: "https://checks.example/speakers/ana-ruiz",
          jobTitle: "Minister of Transport",
        },
        datePublished: "2026-03-01",
        appearance: {
          "@type": "CreativeWork",
          url: "https://daily.example/bridge",
          publisher: { "@type": "Organization", name: "Daily Example" },
          author: { "@type": "Person", name: "Jo Writer" },
          datePublished: "2026-03-01",
        },
        firstAppearance: {
          "@type": "CreativeWork",
          url: "https://daily.example/bridge",
          publisher: { "@type": "Organization", name: "Daily Example" },
          author: { "@type": "Person", name: "Jo Writer" },
          datePublished: "2026-03-01",
        },
      },
    });
  });

  it("gives an organisation's claim an Organization author, and an off-scale verdict no number", () => {
    const council = claimReviews(article(), base)[1]!;
    expect(council.itemReviewed).toMatchObject({
      author: { "@type": "Organization", name: "City Council" },
    });
    expect(council.reviewRating).toEqual({
      "@type": "Rating",
      alternateName: "Unproven",
      ratingExplanation: "No document shows either way.",
    });
  });

  it("leaves out the author of a claim with no named source", () => {
    const anonymous = claimReviews(article(), base)[2]!;
    expect(anonymous.itemReviewed).not.toHaveProperty("author");
  });

  it("points at this page as the claim's appearance when no checked article is given", () => {
    const [review] = claimReviews(article({ checkedArticle: null }), base);
    expect(review!.itemReviewed).toEqual({
      "@type": "Claim",
      author: expect.objectContaining({ name: "Ana Ruiz" }),
      appearance: {
        "@type": "CreativeWork",
        url: "https://checks.example/a/bridge-repairs",
        headline: "Bridge repairs",
      },
    });
  });

  it("names the newsroom by the site's host on a revision published before settings existed", () => {
    const [review] = claimReviews(article({ newsroom: null }), base);
    expect(review!.author).toEqual({
      "@type": "Organization",
      name: "checks.example",
      url: "https://checks.example/",
    });
  });

  it("leaves the numbers out when the scale has no ends", () => {
    const scale = {
      bestRating: null,
      worstRating: null,
      verdicts: [verdicts.false, verdicts.unproven],
    };
    const [review] = claimReviews(article({ verdictScale: scale }), base);
    expect(review!.reviewRating).not.toHaveProperty("ratingValue");
    expect(review!.reviewRating).toMatchObject({ alternateName: "False" });
  });
});

describe("claimReviewScriptText", () => {
  it("is null when nothing is rated", () => {
    const unrated = article({ annotations: [annotation(ids.unrated, 0)] });
    expect(claimReviewScriptText(unrated, base)).toBeNull();
  });

  it("cannot close its script element, and parses back to the graph", () => {
    const hostile = article({
      annotations: [
        annotation(ids.minister, 0, {
          quote: "</script><script>alert(1)</script> <!-- & \u2028",
          verdictId: verdicts.false.id,
        }),
      ],
    });
    const text = claimReviewScriptText(hostile, base)!;
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(claimReviewGraph(hostile, base))));
    expect(JSON.parse(text)["@graph"][0].claimReviewed).toBe(
      "</script><script>alert(1)</script> <!-- & \u2028",
    );
  });
});
