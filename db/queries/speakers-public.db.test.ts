import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { articleRevisions, articles, speakers } from "@/db/schema";
import { createTestDb, insertUser, type TestDb } from "@/db/testing";
import { updateAnnotationDetails } from "@/lib/annotations/details";
import { createDraftArticle, saveArticleDocument } from "@/lib/articles/save";
import { transitionArticle } from "@/lib/articles/workflow";
import type { AnnotationKind } from "@/lib/editor/kinds";
import { createSpeaker } from "@/lib/speakers/manage";
import { getPublicSpeaker, listPublicSpeakers } from "./speakers-public";
import { annotatedDoc } from "@/lib/editor/test-documents";

let t: TestDb;
let editor: { id: string; role: "editor" };
beforeAll(async () => {
  t = await createTestDb();
  editor = { id: await insertUser(t.db, "editor"), role: "editor" };
});
afterAll(() => t.close());

interface Span {
  id: string;
  kind: AnnotationKind;
  text: string;
  speakerId: string;
  cue: string;
}

const said = (
  speakerId: string,
  text: string,
  cue = "said",
  kind: AnnotationKind = "official_claim",
): Span => ({
  id: randomUUID(),
  kind,
  text,
  speakerId,
  cue,
});

type Piece = string | Span;

const spansOf = (blocks: Piece[][]) =>
  blocks.flat().filter((p): p is Span => typeof p !== "string");

/** Saves a draft with these paragraphs and attributes every span; returns its id and version. */
async function draft(title: string, blocks: Piece[][]) {
  const { id } = await createDraftArticle(t.db, editor);
  const saved = await saveArticleDocument(t.db, editor, {
    articleId: id,
    baseVersion: 1,
    title,
    doc: annotatedDoc(...blocks),
  });
  for (const span of spansOf(blocks)) {
    await updateAnnotationDetails(t.db, editor, {
      id: span.id,
      version: 1,
      speakerId: span.speakerId,
      cue: span.cue,
      note: "",
    });
  }
  return { id, version: saved.version };
}

/**
 * Publishes a new article through the workflow. Revisions are immutable and dated by the
 * database, so articles published one after another are newest last.
 */
async function published(title: string, blocks: Piece[][]) {
  const article = await draft(title, blocks);
  await transitionArticle(t.db, editor, { articleId: article.id, transition: "publish" });
  const [row] = await t.db
    .select({ slug: articles.slug, publishedAt: articleRevisions.publishedAt })
    .from(articles)
    .innerJoin(articleRevisions, eq(articleRevisions.id, articles.publishedRevisionId))
    .where(eq(articles.id, article.id));
  return { ...article, ...row! };
}

async function speaker(
  name: string,
  type: "person" | "organization" = "person",
  aliases: string[] = [],
) {
  const created = await createSpeaker(t.db, editor, { name, type, description: `About ${name}` });
  if (aliases.length) {
    await t.db.update(speakers).set({ aliases }).where(eq(speakers.id, created.id));
  }
  return created;
}

describe("getPublicSpeaker and listPublicSpeakers", () => {
  it("list a speaker quoted in two published articles, newest publication first", async () => {
    const mayor = await speaker("Ilse Marrow");
    const ministry = await speaker("Ministry of Health", "organization");
    const reopen = said(mayor.id, "It will reopen in July", "told reporters");
    const denial = said(mayor.id, "I never took a cent", "said in a statement");
    const charge = said(mayor.id, "The mayor took bribes", "alleged", "allegation");
    const hospital = said(ministry.id, "40 people were taken to hospital", "according to");
    const bridge = await published("Bridge closes", [
      ["The mayor said: ", reopen, "."],
      ["Officials: ", hospital],
    ]);
    const bribes = await published("Mayor denies bribery", [
      [charge, ", a councillor claims. "],
      [denial, ", she said."],
    ]);

    expect(bribes.publishedAt.getTime()).toBeGreaterThan(bridge.publishedAt.getTime());
    const page = await getPublicSpeaker(t.db, mayor.slug);
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

    const list = await listPublicSpeakers(t.db, {});
    expect(list).toEqual({
      speakers: [
        {
          slug: mayor.slug,
          name: "Ilse Marrow",
          type: "person",
          description: "About Ilse Marrow",
          claimCount: 3,
        },
        {
          slug: ministry.slug,
          name: "Ministry of Health",
          type: "organization",
          description: "About Ministry of Health",
          claimCount: 1,
        },
      ],
      total: 2,
    });
  });

  it("show only published revisions: no draft edits, drafts or unpublished articles", async () => {
    const pell = await speaker("Tomas Pell");
    const quiet = await speaker("Quiet Person");
    const kept = said(pell.id, "The contract was rigged", "claimed");
    const article = await published("Council row", [[kept, ", he claimed."]]);

    // Edited after publishing: a new annotation and a changed cue stay in the draft.
    const added = said(pell.id, "He claimed more", "added");
    await saveArticleDocument(t.db, editor, {
      articleId: article.id,
      baseVersion: article.version,
      title: "Council row, updated",
      doc: annotatedDoc([kept, ", he claimed. "], [added]),
    });
    await updateAnnotationDetails(t.db, editor, {
      id: added.id,
      version: 1,
      speakerId: pell.id,
      cue: "added",
      note: "",
    });
    await updateAnnotationDetails(t.db, editor, {
      id: kept.id,
      version: 2,
      speakerId: pell.id,
      cue: "insisted",
      note: "",
    });
    // Never published; published then unpublished; published then archived.
    await draft("Only a draft", [[said(pell.id, "Draft words")]]);
    const unpublished = await published("Pulled", [
      [said(pell.id, "Pulled words"), said(quiet.id, "Quiet words")],
    ]);
    await transitionArticle(t.db, editor, { articleId: unpublished.id, transition: "unpublish" });
    const archived = await published("Gone", [[said(pell.id, "Gone words")]]);
    await transitionArticle(t.db, editor, { articleId: archived.id, transition: "archive" });

    const page = await getPublicSpeaker(t.db, pell.slug);
    expect(page?.total).toBe(1);
    expect(page?.annotations).toEqual([
      expect.objectContaining({
        annotationId: kept.id,
        quote: "The contract was rigged",
        cue: "claimed",
        articleTitle: "Council row",
      }),
    ]);
    const { speakers: listed } = await listPublicSpeakers(t.db, { query: "pell" });
    expect(listed).toEqual([expect.objectContaining({ slug: pell.slug, claimCount: 1 })]);

    // A speaker with nothing published has no public page and is not in the list.
    expect(await getPublicSpeaker(t.db, quiet.slug)).toBeNull();
    expect((await listPublicSpeakers(t.db, { query: "quiet" })).speakers).toEqual([]);
    expect(await getPublicSpeaker(t.db, "no-such-speaker")).toBeNull();
  });

  it("show a speaker as last published: an edit stays private until a publish", async () => {
    const chief = await speaker("Rhea Calloway");
    const first = await published("Fire report", [[said(chief.id, "The fire is out")]]);
    const second = await published("Fire inquiry", [[said(chief.id, "We followed procedure")]]);
    const asPublished = {
      slug: chief.slug,
      name: "Rhea Calloway",
      type: "person",
      description: "About Rhea Calloway",
    };
    const shown = async () => (await getPublicSpeaker(t.db, chief.slug))?.speaker;
    const listed = async (query: string) =>
      (await listPublicSpeakers(t.db, { query })).speakers.map(({ claimCount: _, ...s }) => s);

    // Renamed, retyped and redescribed in the studio, not yet published anywhere.
    const edited = { name: "Chief Officer Calloway", type: "organization" as const };
    await t.db
      .update(speakers)
      .set({ ...edited, description: "Fire service", aliases: ["Fire chief"] })
      .where(eq(speakers.id, chief.id));
    expect(await shown()).toEqual(asPublished);
    expect(await listed("calloway")).toEqual([asPublished]);
    expect(await listed("chief officer")).toEqual([]);
    expect(await listed("fire chief")).toEqual([]);

    // Publishing one of the articles again freezes the speaker as they are now.
    await transitionArticle(t.db, editor, { articleId: first.id, transition: "publish" });
    const now = { ...asPublished, ...edited, description: "Fire service" };
    expect(await shown()).toEqual(now);
    expect(await listed("chief officer")).toEqual([now]);
    expect(await listed("fire chief")).toEqual([now]);
    expect((await getPublicSpeaker(t.db, chief.slug))?.total).toBe(2);

    // Unpublishing that article leaves the other's (older) revision to speak for them.
    await transitionArticle(t.db, editor, { articleId: first.id, transition: "unpublish" });
    expect(await shown()).toEqual(asPublished);
    await transitionArticle(t.db, editor, { articleId: second.id, transition: "archive" });
    expect(await getPublicSpeaker(t.db, chief.slug)).toBeNull();
    expect(await listed("calloway")).toEqual([]);
  });

  it("paginate a speaker's annotations and the speaker list", async () => {
    const busy = await speaker("Busy Spokesperson");
    const spans = Array.from({ length: 5 }, (_, i) => said(busy.id, `Statement ${i + 1}`));
    // Three articles: spans 1-2 (oldest), 3-4, 5 (newest).
    await published("Busy one", [[spans[0]!, " ", spans[1]!]]);
    await published("Busy two", [[spans[2]!, " ", spans[3]!]]);
    await published("Busy three", [[spans[4]!]]);
    const quotes = async (page: number) =>
      (await getPublicSpeaker(t.db, busy.slug, { page, perPage: 2 }))!.annotations.map(
        (a) => a.quote,
      );
    expect(await quotes(1)).toEqual(["Statement 5", "Statement 3"]);
    expect(await quotes(2)).toEqual(["Statement 4", "Statement 1"]);
    expect(await quotes(3)).toEqual(["Statement 2"]);
    expect(await getPublicSpeaker(t.db, busy.slug, { page: 4, perPage: 2 })).toMatchObject({
      total: 5,
      annotations: [],
    });
    // Nonsense pages are page 1.
    expect(await quotes(0)).toEqual(["Statement 5", "Statement 3"]);
    expect(await quotes(Number.NaN)).toEqual(["Statement 5", "Statement 3"]);
    expect((await getPublicSpeaker(t.db, busy.slug))!.annotations).toHaveLength(5);

    const all = await listPublicSpeakers(t.db, {});
    const pages = [];
    for (let page = 1; page <= all.total; page++) {
      const { speakers: one, total } = await listPublicSpeakers(t.db, { page, perPage: 1 });
      expect([one.length, total]).toEqual([1, all.total]);
      pages.push(one[0]!.slug);
    }
    expect(pages).toEqual(all.speakers.map((s) => s.slug));
    expect(pages[0]).toBe(busy.slug);
    expect(await listPublicSpeakers(t.db, { page: all.total + 1, perPage: 1 })).toEqual({
      speakers: [],
      total: all.total,
    });
    // Equal counts go by name.
    const counts = all.speakers.map((s) => [s.claimCount, s.name] as const);
    expect(counts).toEqual(
      [...counts].sort((a, b) => b[0] - a[0] || a[1].localeCompare(b[1], "en")),
    );
  });

  it("search by name or alias, ignoring case and accents, taking % and _ literally", async () => {
    const ministere = await speaker("Ministère de la Santé", "organization", ["MdS"]);
    const mayor = await speaker("Ana Ortega", "person", ["Mayor Ortega"]);
    const percent = await speaker("Fifty Percent", "organization");
    await published("Search fodder", [
      [said(ministere.id, "One"), " ", said(mayor.id, "Two"), " ", said(percent.id, "Three")],
    ]);
    const slugs = async (query: string) =>
      (await listPublicSpeakers(t.db, { query })).speakers.map((s) => s.slug);
    expect(await slugs("ministere")).toEqual([ministere.slug]);
    expect(await slugs("  SANTÉ ")).toEqual([ministere.slug]);
    expect(await slugs("mds")).toEqual([ministere.slug]);
    expect(await slugs("mayor ortega")).toEqual([mayor.slug]);
    expect(await slugs("ortéga")).toEqual([mayor.slug]);
    expect(await slugs("%")).toEqual([]);
    expect(await slugs("_")).toEqual([]);
    expect(await listPublicSpeakers(t.db, { query: "nothing like this" })).toEqual({
      speakers: [],
      total: 0,
    });
    const found = await listPublicSpeakers(t.db, { query: "ortega" });
    expect(found).toEqual({
      speakers: [
        {
          slug: mayor.slug,
          name: "Ana Ortega",
          type: "person",
          description: "About Ana Ortega",
          claimCount: 1,
        },
      ],
      total: 1,
    });
  });
});
