import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractAnchors, plainText } from "@/lib/editor/anchors";
import { parseDocument } from "@/lib/editor/schema";
import { demoArticles, demoNewsroom } from "./content";
import { listPublishedArticleCards } from "@/db/queries/reader";
import { getPublishedArticle } from "@/test/published";
import { annotations, articleRevisions, articles, auditEvents, users } from "@/db/schema";
import { DEMO_DESK_EMAIL, isEmptyDatabase, seedDemoContent } from "./seed";
import { createTestDb, type TestDb } from "@/test/db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const [published, draft] = demoArticles;

describe("demo content", () => {
  it("is written once into an empty database and not again", async () => {
    expect(await isEmptyDatabase(t.db)).toBe(true);
    expect(await seedDemoContent(t.db)).toBe(true);
    expect(await isEmptyDatabase(t.db)).toBe(false);
    expect(await seedDemoContent(t.db)).toBe(false);
    expect(await t.db.select({ id: articles.id }).from(articles)).toHaveLength(demoArticles.length);
  });

  it("publishes a 600+ word article as revision 1 and lists only that one to readers", async () => {
    const listed = await listPublishedArticleCards(t.db);
    expect(listed.map((a) => a.slug)).toEqual([published!.slug]);

    const article = await getPublishedArticle(t.db, published!.slug);
    expect(article?.revisionNumber).toBe(1);
    const words = plainText(parseDocument(article!.doc)).split(/\s+/).filter(Boolean);
    expect(words.length).toBeGreaterThanOrEqual(600);
    expect(await getPublishedArticle(t.db, draft!.slug)).toBeNull();
  });

  it("stores about fifteen annotations of every kind, each anchored on its quote", async () => {
    const [row] = await t.db.select().from(articles).where(eq(articles.slug, published!.slug));
    const rows = await t.db.select().from(annotations).where(eq(annotations.articleId, row!.id));
    expect(rows.length).toBeGreaterThanOrEqual(14);
    expect(new Set(rows.map((r) => r.kind))).toEqual(
      new Set(["official_claim", "allegation", "verified_fact"]),
    );

    const doc = parseDocument(row!.doc);
    const text = plainText(doc);
    const anchors = new Map(extractAnchors(doc).map((a) => [a.id, a]));
    for (const annotation of rows) {
      expect(text.slice(annotation.start, annotation.end)).toBe(annotation.quote);
      expect(anchors.get(annotation.id)?.quote).toBe(annotation.quote);
      expect(text.slice(0, annotation.start).endsWith(annotation.prefix)).toBe(true);
      expect(text.slice(annotation.end).startsWith(annotation.suffix)).toBe(true);
    }
    expect(rows.filter((r) => r.kind !== "verified_fact").every((r) => r.speakerId)).toBe(true);
  });

  it("snapshots annotations, speakers and sources in the revision and audits the publish", async () => {
    const article = await getPublishedArticle(t.db, published!.slug);
    expect(article!.annotations).toHaveLength(published!.annotations.length);
    const speakerIds = new Set(article!.speakers.map((s) => s.id));
    const sourceIds = new Set(article!.sources.map((s) => s.id));
    for (const annotation of article!.annotations) {
      if (annotation.speakerId) expect(speakerIds.has(annotation.speakerId)).toBe(true);
      for (const link of annotation.sources) expect(sourceIds.has(link.sourceId)).toBe(true);
    }
    const [revision] = await t.db.select().from(articleRevisions);
    const events = await t.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.articleId, revision!.articleId))
      .orderBy(auditEvents.id)
      // The demo discussion (lib/demo/discussion.db.test.ts) is written by its own voices.
      .then((all) => all.filter((e) => e.entity !== "comment" && e.entity !== "thread"));
    // The steps an editor takes, as the history page shows them: the draft, its text (whose
    // save creates the annotation rows), each annotation's details (verdicts included) and
    // sources, the checked article, review, publish.
    const detailsAndLinks = published!.annotations.flatMap((a) => [
      ...(a.speaker || a.cue || a.note ? ["edit_details"] : []),
      ...a.sources.map(() => "link"),
    ]);
    expect(events.map((e) => e.action)).toEqual([
      "create",
      ...published!.annotations.map(() => "create"),
      "edit",
      ...detailsAndLinks,
      "edit_checked_article",
      "submit",
      "publish",
    ]);
    const [desk] = await t.db.select().from(users).where(eq(users.email, DEMO_DESK_EMAIL));
    expect(new Set(events.map((e) => e.actorId))).toEqual(new Set([desk!.id]));
  });

  it("publishes several rated claims with conclusions and sources, the provenance and the newsroom", async () => {
    const article = await getPublishedArticle(t.db, published!.slug);
    const rated = article!.annotations.filter((a) => a.verdictId);
    expect(rated.length).toBeGreaterThanOrEqual(5);
    for (const annotation of rated) {
      expect(annotation.kind).not.toBe("verified_fact");
      expect(annotation.conclusion).toMatch(/\S{3,}/);
      expect(annotation.sources.length).toBeGreaterThan(0);
    }
    // The default scale's slugs, in its order; both ends and the off-scale verdict are used.
    const used = article!.verdictScale.verdicts.map((v) => v.slug);
    expect(used).toEqual(["true", "half-true", "misleading", "mostly-false", "false", "unproven"]);
    expect(article!.verdictScale).toMatchObject({ bestRating: 6, worstRating: 1 });

    expect(article!.checkedArticle).toEqual(published!.checkedArticle);
    expect(article!.checkedArticle!.url).toMatch(/^https:\/\/[^/]+\.example\//);
    // The original came out before this fact-check did.
    expect(new Date(article!.checkedArticle!.date!).getTime()).toBeLessThan(
      article!.publishedAt.getTime(),
    );
    expect(article!.newsroom).toEqual(demoNewsroom);
  });
});
