import { beforeAll, describe, expect, it } from "vitest";
import { readerAnnotations } from "@/lib/render/reader-model";
import { apiClient } from "@/test/api";
import { buildApiNewsroom } from "@/test/api-newsroom";
import { countingDb } from "@/test/db";
import { getPublishedArticle } from "@/test/published";
import { newsroomForThisFile } from "@/test/speaker-quotes";

const BASE = new URL("https://news.example");
const newsroom = newsroomForThisFile();
const api = apiClient(() => ({ db: newsroom.db, base: BASE }));
let data: Awaited<ReturnType<typeof buildApiNewsroom>>;
beforeAll(async () => {
  data = await buildApiNewsroom(newsroom);
}, 120_000);

const ids = (items: { id: string }[]) => items.map((item) => item.id);
const claimIds = async (query: string) =>
  ids((await api.get(`/api/v1/claims?limit=100&${query}`)).body.data);

describe("/api/v1/articles", () => {
  it("lists live articles newest first, counted per kind and verdict, with provenance", async () => {
    const { status, body } = await api.get("/api/v1/articles");
    expect(status).toBe(200);
    expect(body.next_cursor).toBeNull();
    const { ferry, bridge, harbour } = data.articles;
    expect(body.data.map((a: { slug: string }) => a.slug)).toEqual([
      ferry.slug,
      bridge.slug,
      harbour.slug,
    ]);
    expect(body.data[2]).toEqual({
      slug: harbour.slug,
      title: "Harbour report",
      url: `https://news.example/a/${harbour.slug}`,
      publishedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      revision: 1,
      counts: { official_claim: 2, allegation: 1, verified_fact: 1 },
      // In the scale's order: Mostly true before False.
      verdictCounts: [
        { slug: "mostly-true", label: "Mostly true", rating: 5, count: 1 },
        { slug: "false", label: "False", rating: 1, count: 1 },
      ],
      checkedArticle: {
        outlet: "The Daily Tide",
        author: "Sam Reed",
        url: "https://tide.example/story",
        date: "2026-02-27",
      },
    });
    expect(body.data[1]).toMatchObject({ title: "Bridge closure", checkedArticle: null });
  });

  it("walks every article exactly once with small pages", async () => {
    const all = (await api.get("/api/v1/articles?limit=100")).body.data;
    for (const limit of [1, 2]) {
      const { items, pages } = await api.walk("/api/v1/articles", limit);
      expect(items).toEqual(all);
      expect(pages).toBe(Math.ceil(all.length / limit));
    }
  });
});

describe("/api/v1/articles/{slug}", () => {
  it("gives every annotation of the live revision as published, in the reader's order", async () => {
    const { harbour } = data.articles;
    const { r1, a1, auth1, fact1 } = data.spans;
    const { status, body } = await api.get(`/api/v1/articles/${harbour.slug}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      slug: harbour.slug,
      title: "Harbour report",
      newsroom: { name: "Harbour Desk", url: "https://harbour.example", logoUrl: null },
      verdictScale: {
        bestRating: 6,
        worstRating: 1,
        verdicts: [
          { slug: "mostly-true", label: "Mostly true", rating: 5 },
          { slug: "false", label: "False", rating: 1 },
        ],
      },
      checkedArticle: { outlet: "The Daily Tide" },
    });
    // Numbered as the reader page numbers its notes.
    const published = await getPublishedArticle(newsroom.db, harbour.slug);
    const reader = readerAnnotations(published!).map(({ id, number }) => ({ id, number }));
    expect(
      body.annotations.map(({ id, number }: { id: string; number: number }) => ({ id, number })),
    ).toEqual(reader);
    expect(ids(body.annotations)).toEqual([r1.id, a1.id, auth1.id, fact1.id]);

    const [claim, allegation, , fact] = body.annotations;
    expect(claim).toEqual({
      id: r1.id,
      number: 1,
      kind: "official_claim",
      quote: "The harbour is safe",
      prefix: "",
      suffix: ", Roe said. The contractor cut c",
      start: 0,
      end: 19,
      speaker: {
        slug: data.speakers.roe.slug,
        name: "Jane Roe",
        type: "person",
        description: "About Jane Roe",
        url: `https://news.example/speakers/${data.speakers.roe.slug}`,
      },
      unattributed: false,
      cue: "said",
      note: "",
      verdict: { slug: "false", label: "False", rating: 1 },
      conclusion: "Inspection records show two failed checks.",
      sources: [
        {
          url: "https://records.example/inspection-log",
          title: "Inspection log",
          publisher: "Harbour Gazette",
          publishedAt: "2026-03-02",
          archivedUrl: null,
          relation: "contradicts",
          excerpt: "An excerpt.",
        },
      ],
      permalink: `https://news.example/a/${harbour.slug}#annotation-${r1.id}`,
      createdAt: expect.stringMatching(/Z$/),
      modifiedAt: expect.stringMatching(/Z$/),
      creatorName: "editor",
    });
    expect(allegation).toMatchObject({ kind: "allegation", cue: "alleged", verdict: null });
    expect(allegation.conclusion).toBe("");
    expect(fact).toMatchObject({ kind: "verified_fact", verdict: null });
    expect(fact.sources).toEqual([expect.objectContaining({ relation: "supports" })]);
  });

  it("is read in a fixed handful of queries, whatever the article holds", async () => {
    const counted = countingDb(newsroom.db);
    const counting = apiClient(() => ({ db: counted.db, base: new URL("https://other.example") }));
    await counting.get(`/api/v1/articles/${data.articles.ferry.slug}`);
    expect(counted.queries()).toBeLessThanOrEqual(3);
    for (const path of ["/api/v1/articles", "/api/v1/claims?q=ferry", "/api/v1/speakers"]) {
      const before = counted.queries();
      await counting.get(path);
      expect(counted.queries() - before, path).toBe(1);
    }
  });
});

describe("/api/v1/claims", () => {
  it("lists claims and allegations newest first, in document order within an article", async () => {
    const { r1, a1, auth1, z1, r2, a2, ferrySpans, r3 } = data.spans;
    expect(await claimIds("")).toEqual([
      ...ids(ferrySpans),
      r3.id,
      z1.id,
      r2.id,
      a2.id,
      r1.id,
      a1.id,
      auth1.id,
    ]);
    const { body } = await api.get("/api/v1/claims?limit=1");
    expect(body.data[0].article).toEqual({
      slug: data.articles.ferry.slug,
      title: "Ferry timetable",
      url: `https://news.example/a/${data.articles.ferry.slug}`,
      publishedAt: expect.any(String),
    });
  });

  it("filters by kind, speaker, verdict and text, and the filters combine", async () => {
    const { r1, a1, auth1, fact1, z1, r2, a2, r3 } = data.spans;
    const { roe, zoe } = data.speakers;
    expect(await claimIds("kind=allegation")).toEqual([a2.id, a1.id]);
    expect(await claimIds("kind=verified_fact")).toEqual([fact1.id]);
    expect(await claimIds("kind=verified_fact&kind=allegation")).toEqual([a2.id, a1.id, fact1.id]);
    expect(await claimIds(`speaker=${roe.slug}`)).toEqual([r3.id, r2.id, r1.id, a1.id]);
    expect(await claimIds(`speaker=${roe.slug}&kind=allegation`)).toEqual([a1.id]);
    expect(await claimIds("speaker=nobody-at-all")).toEqual([]);
    expect(await claimIds("verdict=false")).toEqual([r1.id]);
    expect(await claimIds("verdict=mostly-true")).toEqual([auth1.id]);
    expect(await claimIds(`verdict=misleading&speaker=${roe.slug}`)).toEqual([r2.id]);
    expect(await claimIds(`verdict=misleading&speaker=${zoe.slug}`)).toEqual([]);
    // Text: quote, cue, note, conclusion and speaker name, ignoring case and accents.
    expect(await claimIds("q=HARBOUR%20IS%20SAFE")).toEqual([r1.id]);
    expect(await claimIds("q=promised")).toEqual([r2.id]);
    expect(await claimIds("q=tunnel%20office")).toEqual([z1.id]);
    expect(await claimIds("q=two%20failed")).toEqual([r1.id]);
    expect(await claimIds("q=angstrom")).toEqual([z1.id]);
    expect(await claimIds("q=fares&speaker=" + roe.slug)).toEqual([r3.id]);
    expect(await claimIds("q=%25")).toEqual([]);
    // Never across two fields: the quote ends "safe", the cue is "said".
    expect(await claimIds("q=safe%20said")).toEqual([]);
    expect(await claimIds("q=&speaker=&verdict=")).toHaveLength(12);
  });

  it("walks every claim exactly once with small pages, across articles", async () => {
    const all = (
      await api.get(
        "/api/v1/claims?limit=100&kind=official_claim&kind=allegation&kind=verified_fact",
      )
    ).body.data;
    expect(all).toHaveLength(13);
    for (const limit of [1, 2, 5]) {
      const { items } = await api.walk(
        "/api/v1/claims?kind=official_claim&kind=allegation&kind=verified_fact",
        limit,
      );
      expect(ids(items as { id: string }[])).toEqual(ids(all));
    }
    const { items } = await api.walk(`/api/v1/claims?speaker=${data.speakers.authority.slug}`, 2);
    expect(items).toHaveLength(7);
  });
});

describe("/api/v1/speakers", () => {
  it("lists speakers with published annotations by slug, with counts, page by page", async () => {
    const { roe, authority, zoe } = data.speakers;
    const { body } = await api.get("/api/v1/speakers");
    const expected = [
      { ...authority, counts: { official_claim: 6, allegation: 1, verified_fact: 1 } },
      { ...roe, counts: { official_claim: 3, allegation: 1, verified_fact: 0 } },
      { ...zoe, counts: { official_claim: 1, allegation: 0, verified_fact: 0 } },
    ].sort((a, b) => (a.slug < b.slug ? -1 : 1));
    expect(body.data).toEqual(
      expected.map(({ slug, name, type, counts }) => ({
        slug,
        name,
        type,
        description: `About ${name}`,
        url: `https://news.example/speakers/${slug}`,
        counts,
      })),
    );
    const { items, pages } = await api.walk("/api/v1/speakers", 1);
    expect(items).toEqual(body.data);
    expect(pages).toBe(3);
  });
});
