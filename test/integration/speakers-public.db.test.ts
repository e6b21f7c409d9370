import { describe, expect, it } from "vitest";
import { getPublicSpeaker, listPublicSpeakers } from "@/db/queries/speakers-public";
import { newsroomForThisFile, said } from "@/test/speaker-quotes";

const newsroom = newsroomForThisFile();

describe("getPublicSpeaker and listPublicSpeakers: listing, paging and search", () => {
  it("list a speaker quoted in two published articles, newest publication first", async () => {
    const mayor = await newsroom.speaker("Ilse Marrow");
    const ministry = await newsroom.speaker("Ministry of Health", "organization");
    const reopen = said(mayor.id, "It will reopen in July", "told reporters");
    const denial = said(mayor.id, "I never took a cent", "said in a statement");
    const charge = said(mayor.id, "The mayor took bribes", "alleged", "allegation");
    const hospital = said(ministry.id, "40 people were taken to hospital", "according to");
    const bridge = await newsroom.published("Bridge closes", [
      ["The mayor said: ", reopen, "."],
      ["Officials: ", hospital],
    ]);
    const bribes = await newsroom.published("Mayor denies bribery", [
      [charge, ", a councillor claims. "],
      [denial, ", she said."],
    ]);

    expect(bribes.publishedAt.getTime()).toBeGreaterThan(bridge.publishedAt.getTime());
    const page = await getPublicSpeaker(newsroom.db, mayor.slug);
    expect(page).toEqual({
      speaker: {
        slug: "ilse-marrow",
        name: "Ilse Marrow",
        type: "person",
        description: "About Ilse Marrow",
      },
      total: 3,
      annotations: [
        {
          annotationId: charge.id,
          kind: "allegation",
          quote: "The mayor took bribes",
          cue: "alleged",
          articleSlug: bribes.slug,
          articleTitle: "Mayor denies bribery",
          publishedAt: bribes.publishedAt,
        },
        {
          annotationId: denial.id,
          kind: "official_claim",
          quote: "I never took a cent",
          cue: "said in a statement",
          articleSlug: bribes.slug,
          articleTitle: "Mayor denies bribery",
          publishedAt: bribes.publishedAt,
        },
        {
          annotationId: reopen.id,
          kind: "official_claim",
          quote: "It will reopen in July",
          cue: "told reporters",
          articleSlug: bridge.slug,
          articleTitle: "Bridge closes",
          publishedAt: bridge.publishedAt,
        },
      ],
    });

    const list = await listPublicSpeakers(newsroom.db, {});
    expect(list).toEqual({
      speakers: [
        {
          slug: mayor.slug,
          name: "Ilse Marrow",
          type: "person",
          description: "About Ilse Marrow",
          // Allegations are not counted as claims.
          counts: { official_claim: 2, allegation: 1, verified_fact: 0 },
        },
        {
          slug: ministry.slug,
          name: "Ministry of Health",
          type: "organization",
          description: "About Ministry of Health",
          counts: { official_claim: 1, allegation: 0, verified_fact: 0 },
        },
      ],
      total: 2,
    });
  });

  it("paginate a speaker's annotations and the speaker list", async () => {
    const busy = await newsroom.speaker("Busy Spokesperson");
    const spans = Array.from({ length: 5 }, (_, i) => said(busy.id, `Statement ${i + 1}`));
    // Three articles: spans 1-2 (oldest), 3-4, 5 (newest).
    await newsroom.published("Busy one", [[spans[0]!, " ", spans[1]!]]);
    await newsroom.published("Busy two", [[spans[2]!, " ", spans[3]!]]);
    await newsroom.published("Busy three", [[spans[4]!]]);
    const quotes = async (page: number) =>
      (await getPublicSpeaker(newsroom.db, busy.slug, { page, perPage: 2 }))!.annotations.map(
        (a) => a.quote,
      );
    expect(await quotes(1)).toEqual(["Statement 5", "Statement 3"]);
    expect(await quotes(2)).toEqual(["Statement 4", "Statement 1"]);
    expect(await quotes(3)).toEqual(["Statement 2"]);
    expect(await getPublicSpeaker(newsroom.db, busy.slug, { page: 4, perPage: 2 })).toMatchObject({
      total: 5,
      annotations: [],
    });
    // Nonsense pages are page 1.
    expect(await quotes(0)).toEqual(["Statement 5", "Statement 3"]);
    expect(await quotes(Number.NaN)).toEqual(["Statement 5", "Statement 3"]);
    expect((await getPublicSpeaker(newsroom.db, busy.slug))!.annotations).toHaveLength(5);

    const all = await listPublicSpeakers(newsroom.db, {});
    const pages = [];
    for (let page = 1; page <= all.total; page++) {
      const { speakers: one, total } = await listPublicSpeakers(newsroom.db, { page, perPage: 1 });
      expect([one.length, total]).toEqual([1, all.total]);
      pages.push(one[0]!.slug);
    }
    expect(pages).toEqual(all.speakers.map((s) => s.slug));
    expect(pages[0]).toBe(busy.slug);
    expect(await listPublicSpeakers(newsroom.db, { page: all.total + 1, perPage: 1 })).toEqual({
      speakers: [],
      total: all.total,
    });
    // Equal counts go by name.
    const counts = all.speakers.map(
      ({ counts: c, name }) => [c.official_claim + c.allegation + c.verified_fact, name] as const,
    );
    expect(counts).toEqual(
      [...counts].sort((a, b) => b[0] - a[0] || a[1].localeCompare(b[1], "en")),
    );
  });

  it("search by name or alias, ignoring case and accents, taking % and _ literally", async () => {
    const ministere = await newsroom.speaker("Ministère de la Santé", "organization", ["MdS"]);
    const mayor = await newsroom.speaker("Ana Ortega", "person", ["Mayor Ortega"]);
    const percent = await newsroom.speaker("Fifty Percent", "organization");
    await newsroom.published("Search fodder", [
      [said(ministere.id, "One"), " ", said(mayor.id, "Two"), " ", said(percent.id, "Three")],
    ]);
    const slugs = async (query: string) =>
      (await listPublicSpeakers(newsroom.db, { query })).speakers.map((s) => s.slug);
    expect(await slugs("ministere")).toEqual([ministere.slug]);
    expect(await slugs("  SANTÉ ")).toEqual([ministere.slug]);
    expect(await slugs("mds")).toEqual([ministere.slug]);
    expect(await slugs("mayor ortega")).toEqual([mayor.slug]);
    expect(await slugs("ortéga")).toEqual([mayor.slug]);
    expect(await slugs("%")).toEqual([]);
    expect(await slugs("_")).toEqual([]);
    expect(await listPublicSpeakers(newsroom.db, { query: "nothing like this" })).toEqual({
      speakers: [],
      total: 0,
    });
    const found = await listPublicSpeakers(newsroom.db, { query: "ortega" });
    expect(found).toEqual({
      speakers: [
        {
          slug: mayor.slug,
          name: "Ana Ortega",
          type: "person",
          description: "About Ana Ortega",
          counts: { official_claim: 1, allegation: 0, verified_fact: 0 },
        },
      ],
      total: 1,
    });
  });
});
