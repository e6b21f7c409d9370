import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES, type Role } from "@/db/enums";
import { searchStudioAnnotations, type StudioSearchFilters } from "@/db/queries/search";
import { MARK_END, MARK_START } from "@/db/queries/search-text";
import { articles } from "@/db/schema";
import { createTestDb, insertUser, type TestDb } from "@/test/db";
import { type BuiltArticle, searchNewsroom } from "@/test/search-newsroom";
import { runStudioSearch } from "./studio-search";

let t: TestDb;
let bridge: BuiltArticle;
let reopening: BuiltArticle;
const speakerIds: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestDb();
  const actors = {} as Record<Role, string>;
  for (const role of ROLES) actors[role] = await insertUser(t.db, role);
  const newsroom = searchNewsroom(t.db, { id: actors.editor, role: "editor" });
  speakerIds.ministry = await newsroom.speaker("Health Ministry", ["Department of Wellbeing"]);
  speakerIds.mayor = await newsroom.speaker("Mayor Ada Quill");
  bridge = await newsroom.article("Bridge closes", [
    {
      key: "closed",
      kind: "official_claim",
      text: "The bridge closed on 3 May.",
      speaker: "Health Ministry",
    },
    {
      key: "hospital",
      kind: "allegation",
      text: "Forty people were taken to hospital.",
      note: "The bridge inspection was late.",
    },
    {
      key: "cost",
      kind: "verified_fact",
      text: "Repairs cost two million.",
      source: "Municipal budget ledger",
    },
    {
      key: "far",
      kind: "official_claim",
      text: "The bridge, which the council had long promised to repair before the storms, closed.",
      speaker: "Mayor Ada Quill",
    },
  ]);
  reopening = await newsroom.article("Bridge reopens", [
    {
      key: "reopened",
      kind: "official_claim",
      text: "The bridge reopened in June.",
      speaker: "Mayor Ada Quill",
    },
  ]);
  await t.db.update(articles).set({ status: "in_review" }).where(eq(articles.id, reopening.id));
});
afterAll(() => t.close());

async function found(text: string, filters: StudioSearchFilters = {}) {
  const { hits } = await searchStudioAnnotations(t.db, { text, filters, page: 1, perPage: 20 });
  return hits.map((hit) => hit.annotationId);
}

describe("studio search", () => {
  it("ranks a quote match above a note match, across articles", async () => {
    const ids = await found("bridge");
    expect(new Set(ids)).toEqual(
      new Set([bridge.ids.closed, bridge.ids.far, bridge.ids.hospital, reopening.ids.reopened]),
    );
    expect(ids.at(-1)).toBe(bridge.ids.hospital);
  });

  it("puts words close together above the same words far apart", async () => {
    const ids = await found("bridge closed");
    expect(ids).toEqual([bridge.ids.closed, bridge.ids.far]);
  });

  it("takes quoted phrases and -excluded words", async () => {
    expect(await found('"bridge reopened"')).toEqual([reopening.ids.reopened]);
    expect(new Set(await found("bridge -reopened -inspection"))).toEqual(
      new Set([bridge.ids.closed, bridge.ids.far]),
    );
  });

  it("finds annotations by their speaker's name or alias and by their sources' titles", async () => {
    expect(await found("Wellbeing")).toEqual([bridge.ids.closed]);
    expect(new Set(await found("Quill"))).toEqual(
      new Set([bridge.ids.far, reopening.ids.reopened]),
    );
    expect(await found("ledger")).toEqual([bridge.ids.cost]);
  });

  it("filters by kind, speaker, article status and article", async () => {
    expect(new Set(await found("bridge", { kind: "official_claim" }))).toEqual(
      new Set([bridge.ids.closed, bridge.ids.far, reopening.ids.reopened]),
    );
    expect(new Set(await found("bridge", { speakerId: speakerIds.mayor }))).toEqual(
      new Set([bridge.ids.far, reopening.ids.reopened]),
    );
    expect(await found("bridge", { status: "in_review" })).toEqual([reopening.ids.reopened]);
    expect(new Set(await found("bridge", { articleId: bridge.id }))).toEqual(
      new Set([bridge.ids.closed, bridge.ids.far, bridge.ids.hospital]),
    );
  });

  it("marks the matched words in the quote and the note, and flags detached annotations", async () => {
    const { hits, total } = await searchStudioAnnotations(t.db, {
      text: "inspection",
      filters: {},
      page: 1,
      perPage: 20,
    });
    expect(total).toBe(1);
    expect(hits[0]).toMatchObject({
      articleTitle: "Bridge closes",
      articleStatus: "draft",
      kind: "allegation",
      quote: "Forty people were taken to hospital.",
      note: `The bridge ${MARK_START}inspection${MARK_END} was late.`,
      detached: false,
    });
    const [reopened] = (
      await searchStudioAnnotations(t.db, { text: "reopened", filters: {}, page: 1, perPage: 20 })
    ).hits;
    expect(reopened!.quote).toBe(`The bridge ${MARK_START}reopened${MARK_END} in June.`);
    expect(reopened!.speakerName).toBe("Mayor Ada Quill");
  });

  it("pages 20 at a time and counts every match", async () => {
    const first = await searchStudioAnnotations(t.db, {
      text: "bridge",
      filters: {},
      page: 1,
      perPage: 2,
    });
    const second = await searchStudioAnnotations(t.db, {
      text: "bridge",
      filters: {},
      page: 2,
      perPage: 2,
    });
    expect([first.total, second.total]).toEqual([4, 4]);
    expect(new Set([...first.hits, ...second.hits].map((h) => h.annotationId)).size).toBe(4);
  });

  it("answers an empty search, stop words and bad filters with a message, keeping what was typed", async () => {
    expect((await runStudioSearch(t.db, {})).state).toBe("empty");
    expect((await runStudioSearch(t.db, { q: "the and" })).state).toBe("no-words");
    const bad = await runStudioSearch(t.db, {
      q: "x".repeat(201),
      kind: "rumour",
      speaker: "not-an-id",
      status: "gone",
      article: "00000000-0000-0000-0000-000000000000",
    });
    expect(bad.form.q).toHaveLength(201);
    expect(bad.hits).toEqual([]);
    expect(bad.fieldErrors).toEqual({
      q: "Shorten the search to 200 characters or fewer.",
      kind: "Choose a kind from the list.",
      status: "Choose a status from the list.",
      speaker: "That speaker no longer exists. Choose one from the list.",
      article: "That article no longer exists. Choose one from the list.",
    });
    const good = await runStudioSearch(t.db, { q: ["bridge", "ignored"], kind: "allegation" });
    expect(good).toMatchObject({ state: "searched", total: 1, fieldErrors: {} });
  });
});
