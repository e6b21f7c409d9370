import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sqlState } from "@/lib/errors";
import {
  annotationSources,
  annotations,
  articleRevisions,
  articles,
  auditEvents,
  sources,
  speakers,
  users,
} from "@/db/schema";
import { createTestDb, insertUser, type TestDb } from "@/test/db";

let t: TestDb;
let authorId: string;
beforeAll(async () => {
  t = await createTestDb();
  authorId = await insertUser(t.db, "editor");
});
afterAll(() => t.close());

const emptyDoc = { type: "doc", content: [{ type: "paragraph" }] };

async function insertArticle(slug = `story-${randomUUID().slice(0, 8)}`) {
  const [row] = await t.db
    .insert(articles)
    .values({ slug, title: "A story", doc: emptyDoc, createdBy: authorId })
    .returning({ id: articles.id });
  return row!.id;
}

async function insertSpeaker(slug = `speaker-${randomUUID().slice(0, 8)}`) {
  const [row] = await t.db
    .insert(speakers)
    .values({ slug, name: "Jane Doe", type: "person" })
    .returning({ id: speakers.id });
  return row!.id;
}

/** Runs a statement that must fail, and returns the SQLSTATE it failed with. */
async function failure(statement: Promise<unknown>): Promise<string | null> {
  try {
    await statement;
  } catch (error) {
    return sqlState(error);
  }
  throw new Error("the statement was expected to fail but succeeded");
}

const UNIQUE = "23505";
const FOREIGN_KEY = "23503";
const CHECK = "23514";
const BAD_ENUM = "22P02";
const RESTRICT = "23001";

describe("constraints reject bad rows", () => {
  it("a duplicate article slug", async () => {
    await insertArticle("bridge-closure");
    expect(await failure(insertArticle("bridge-closure"))).toBe(UNIQUE);
  });

  it("an article slug that is not lower-case words joined by hyphens", async () => {
    expect(await failure(insertArticle("Bridge Closure!"))).toBe(CHECK);
  });

  it("an unknown annotation kind", async () => {
    const articleId = await insertArticle();
    const insert = t.db.execute(
      sql`INSERT INTO annotations (id, article_id, kind, created_by)
          VALUES (${randomUUID()}, ${articleId}, 'rumour', ${authorId})`,
    );
    expect(await failure(insert)).toBe(BAD_ENUM);
  });

  it("an unknown article status, user role and source relation", async () => {
    const articleId = await insertArticle();
    expect(
      await failure(
        t.db.execute(sql`UPDATE articles SET status = 'deleted' WHERE id = ${articleId}`),
      ),
    ).toBe(BAD_ENUM);
    expect(
      await failure(
        t.db.execute(sql`INSERT INTO users (email, role) VALUES ('x@example.test', 'owner')`),
      ),
    ).toBe(BAD_ENUM);
    const [source] = await t.db
      .insert(sources)
      .values({ url: `https://example.org/${randomUUID()}`, title: "Data" })
      .returning({ id: sources.id });
    const annotationId = randomUUID();
    await t.db
      .insert(annotations)
      .values({ id: annotationId, articleId, kind: "verified_fact", createdBy: authorId });
    const link = t.db.execute(
      sql`INSERT INTO annotation_sources (annotation_id, source_id, relation)
          VALUES (${annotationId}, ${source!.id}, 'proves')`,
    );
    expect(await failure(link)).toBe(BAD_ENUM);
  });

  it("a dangling reference to an article, a speaker or a user", async () => {
    const articleId = await insertArticle();
    const annotation = (overrides: Partial<typeof annotations.$inferInsert>) =>
      t.db.insert(annotations).values({
        id: randomUUID(),
        articleId,
        kind: "official_claim",
        createdBy: authorId,
        ...overrides,
      });
    expect(await failure(annotation({ articleId: randomUUID() }))).toBe(FOREIGN_KEY);
    expect(await failure(annotation({ speakerId: randomUUID() }))).toBe(FOREIGN_KEY);
    expect(await failure(annotation({ createdBy: randomUUID() }))).toBe(FOREIGN_KEY);
  });

  it("annotation offsets that run backwards", async () => {
    const articleId = await insertArticle();
    const insert = t.db.insert(annotations).values({
      id: randomUUID(),
      articleId,
      kind: "allegation",
      start: 10,
      end: 4,
      createdBy: authorId,
    });
    expect(await failure(insert)).toBe(CHECK);
  });

  it("duplicate speaker slugs and blank speaker names", async () => {
    await insertSpeaker("health-ministry");
    expect(await failure(insertSpeaker("health-ministry"))).toBe(UNIQUE);
    const blank = t.db.insert(speakers).values({ slug: "blank", name: "  ", type: "person" });
    expect(await failure(blank)).toBe(CHECK);
  });

  it("a duplicate normalized source URL and a URL that is not http(s)", async () => {
    const source = (url: string) => t.db.insert(sources).values({ url, title: "Report" });
    await source("https://council.example/report");
    expect(await failure(source("https://council.example/report"))).toBe(UNIQUE);
    expect(await failure(source("javascript:alert(1)"))).toBe(CHECK);
    const archived = t.db
      .insert(sources)
      .values({ url: "https://council.example/b", title: "B", archivedUrl: "data:text/html,x" });
    expect(await failure(archived)).toBe(CHECK);
  });

  it("an e-mail address with capitals (addresses are stored lower-cased)", async () => {
    expect(await failure(t.db.insert(users).values({ email: "Editor@Example.test" }))).toBe(CHECK);
  });
});

describe("ON DELETE rules", () => {
  it("deleting an article removes its annotations and their source links, not the sources", async () => {
    const articleId = await insertArticle();
    const annotationId = randomUUID();
    await t.db
      .insert(annotations)
      .values({ id: annotationId, articleId, kind: "verified_fact", createdBy: authorId });
    const [source] = await t.db
      .insert(sources)
      .values({ url: `https://example.org/${randomUUID()}`, title: "Data" })
      .returning({ id: sources.id });
    await t.db
      .insert(annotationSources)
      .values({ annotationId, sourceId: source!.id, relation: "supports" });

    await t.db.delete(articles).where(eq(articles.id, articleId));
    expect(await t.db.select().from(annotations).where(eq(annotations.id, annotationId))).toEqual(
      [],
    );
    expect(
      await t.db.select().from(annotationSources).where(eq(annotationSources.sourceId, source!.id)),
    ).toEqual([]);
    expect(await t.db.select().from(sources).where(eq(sources.id, source!.id))).toHaveLength(1);
  });

  it("a speaker with claims attributed to it and a user who wrote an article cannot be deleted", async () => {
    const articleId = await insertArticle();
    const speakerId = await insertSpeaker();
    await t.db.insert(annotations).values({
      id: randomUUID(),
      articleId,
      kind: "official_claim",
      speakerId,
      createdBy: authorId,
    });
    // PostgreSQL 15 reports ON DELETE RESTRICT as 23503, PGlite's PostgreSQL 17 as 23001.
    const refused = [FOREIGN_KEY, RESTRICT];
    expect(refused).toContain(
      await failure(t.db.delete(speakers).where(eq(speakers.id, speakerId))),
    );
    expect(refused).toContain(await failure(t.db.delete(users).where(eq(users.id, authorId))));
  });
});

describe("history is immutable", () => {
  it("a published revision cannot be changed", async () => {
    const articleId = await insertArticle();
    const [revision] = await t.db
      .insert(articleRevisions)
      .values({
        articleId,
        number: 1,
        slug: "s",
        title: "As published",
        doc: emptyDoc,
        annotations: [],
        speakers: [],
        sources: [],
        publishedBy: authorId,
      })
      .returning({ id: articleRevisions.id });
    const rewrite = t.db
      .update(articleRevisions)
      .set({ title: "Quietly edited" })
      .where(eq(articleRevisions.id, revision!.id));
    expect(await failure(rewrite)).toBe(RESTRICT);
  });

  it("audit events can be neither edited nor deleted", async () => {
    const [event] = await t.db
      .insert(auditEvents)
      .values({ actorId: authorId, entity: "article", entityId: "x", action: "create" })
      .returning({ id: auditEvents.id });
    const where = eq(auditEvents.id, event!.id);
    expect(await failure(t.db.update(auditEvents).set({ action: "nothing" }).where(where))).toBe(
      RESTRICT,
    );
    expect(await failure(t.db.delete(auditEvents).where(where))).toBe(RESTRICT);
  });
});
