import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchSources } from "@/db/queries/sources";
import { annotationSources, annotations, auditEvents, sources } from "@/db/schema";
import { createTestDb, insertUser, type TestDb, refusal } from "@/test/db";
import { createDraftArticle } from "@/lib/articles/save";
import { addSourceToAnnotation, linkExistingSource, unlinkSource } from "./manage";
import { addSourceSchema } from "./schemas";

let t: TestDb;
let editor: { id: string };
let articleId: string;
beforeAll(async () => {
  t = await createTestDb();
  editor = { id: await insertUser(t.db, "editor") };
  articleId = (await createDraftArticle(t.db, editor)).id;
});
afterAll(() => t.close());

async function newAnnotation(): Promise<string> {
  const id = randomUUID();
  await t.db
    .insert(annotations)
    .values({ id, articleId, kind: "verified_fact", quote: "closed", createdBy: editor.id });
  return id;
}

/** The form as the browser sends it, through the same schema the server action uses. */
function form(fields: Record<string, string>) {
  return addSourceSchema.parse({
    publisher: "",
    publishedAt: "",
    archivedUrl: "",
    relation: "supports",
    excerpt: "",
    ...fields,
  });
}

async function auditFor(entity: "source" | "annotation_source", entityId: string) {
  const events = await t.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entity, entity), eq(auditEvents.entityId, entityId)))
    .orderBy(auditEvents.id);
  return events.map((e) => [e.action, e.articleId]);
}

/** The id of the link between an annotation and a source, which its audit events name. */
async function linkIdOf(annotationId: string, sourceId: string): Promise<string> {
  const [link] = await t.db
    .select({ id: annotationSources.id })
    .from(annotationSources)
    .where(
      and(
        eq(annotationSources.annotationId, annotationId),
        eq(annotationSources.sourceId, sourceId),
      ),
    );
  return link!.id;
}

describe("adding sources to annotations", () => {
  it("creates a source under its normalized address, links it and audits both", async () => {
    const annotationId = await newAnnotation();
    const linked = await addSourceToAnnotation(
      t.db,
      editor,
      form({
        annotationId,
        url: "https://Transport.example/closures/?utm_source=news#may",
        title: "Road closures",
        publisher: "Transport Office",
        publishedAt: "2026-05-03",
        excerpt: "closed from 3 May",
      }),
    );
    expect(linked).toEqual({
      id: expect.any(String),
      url: "https://transport.example/closures",
      title: "Road closures",
      publisher: "Transport Office",
      publishedAt: "2026-05-03",
      archivedUrl: null,
      relation: "supports",
      excerpt: "closed from 3 May",
    });
    expect(await auditFor("source", linked.id)).toEqual([["create", null]]);
    const linkId = await linkIdOf(annotationId, linked.id);
    expect(await auditFor("annotation_source", linkId)).toEqual([["link", articleId]]);
  });

  it("reuses a source with the same normalized address without rewriting it", async () => {
    const first = await newAnnotation();
    const second = await newAnnotation();
    const original = await addSourceToAnnotation(
      t.db,
      editor,
      form({ annotationId: first, url: "https://example.org/budget?year=2026", title: "Budget" }),
    );
    const reused = await addSourceToAnnotation(
      t.db,
      editor,
      form({
        annotationId: second,
        url: "https://EXAMPLE.org/budget/?fbclid=abc&year=2026",
        title: "A different title",
        relation: "contradicts",
      }),
    );
    expect(reused).toMatchObject({ id: original.id, title: "Budget", relation: "contradicts" });
    expect(await auditFor("source", original.id)).toEqual([["create", null]]);
    const rows = await t.db.select().from(sources).where(eq(sources.id, original.id));
    expect(rows.map((r) => r.title)).toEqual(["Budget"]);
  });

  it("treats http, www. and tracking parameters as the same page, also for older rows", async () => {
    // Saved before http and www. were normalized away: kept as typed.
    const [older] = await t.db
      .insert(sources)
      .values({ url: "http://www.example.org/report", title: "Report", createdBy: editor.id })
      .returning();
    const reused = await addSourceToAnnotation(
      t.db,
      editor,
      form({
        annotationId: await newAnnotation(),
        url: "https://example.org/report?utm_source=newsletter",
        title: "Report again",
      }),
    );
    expect(reused).toMatchObject({ id: older!.id, url: "http://www.example.org/report" });

    const created = await addSourceToAnnotation(
      t.db,
      editor,
      form({
        annotationId: await newAnnotation(),
        url: "http://www.example.org/minutes/?utm_medium=email&fbclid=x",
        title: "Minutes",
      }),
    );
    expect(created.url).toBe("https://example.org/minutes");
    const again = await addSourceToAnnotation(
      t.db,
      editor,
      form({ annotationId: await newAnnotation(), url: "https://example.org/minutes", title: "M" }),
    );
    expect(again.id).toBe(created.id);
  });

  it("refuses the same source twice on one annotation, and a missing annotation", async () => {
    const annotationId = await newAnnotation();
    const url = "https://example.org/twice";
    await addSourceToAnnotation(t.db, editor, form({ annotationId, url, title: "Twice" }));
    const twice = await refusal(
      addSourceToAnnotation(t.db, editor, form({ annotationId, url, title: "Twice" })),
    );
    expect([twice.code, twice.message]).toEqual([
      "conflict",
      "This source is already linked to this annotation.",
    ]);

    const gone = await refusal(
      addSourceToAnnotation(
        t.db,
        editor,
        form({ annotationId: randomUUID(), url: "https://example.org/orphan", title: "Orphan" }),
      ),
    );
    expect([gone.code, gone.message]).toEqual([
      "not_found",
      "This annotation no longer exists. Reload the page.",
    ]);
    // The refused request created no source either.
    expect(await searchSources(t.db, "orphan")).toEqual([]);
  });

  it("creates one source when two requests add the same address at once", async () => {
    const [a, b, c] = [await newAnnotation(), await newAnnotation(), await newAnnotation()];
    const url = "https://example.org/race";
    const linked = await Promise.all(
      [a, b, c].map((annotationId) =>
        addSourceToAnnotation(t.db, editor, form({ annotationId, url, title: "Race" })),
      ),
    );
    expect(new Set(linked.map((source) => source.id)).size).toBe(1);
    expect(await t.db.select().from(sources).where(eq(sources.url, url))).toHaveLength(1);
  });

  it("links an existing source and unlinks it, auditing both", async () => {
    const donor = await newAnnotation();
    const annotationId = await newAnnotation();
    const source = await addSourceToAnnotation(
      t.db,
      editor,
      form({ annotationId: donor, url: "https://example.org/court", title: "Court record" }),
    );
    const linked = await linkExistingSource(t.db, editor, {
      annotationId,
      sourceId: source.id,
      relation: "context",
      excerpt: "",
    });
    expect(linked).toMatchObject({ id: source.id, relation: "context", title: "Court record" });

    const linkId = await linkIdOf(annotationId, source.id);
    await unlinkSource(t.db, editor, { annotationId, sourceId: source.id });
    const left = await t.db
      .select()
      .from(annotationSources)
      .where(eq(annotationSources.sourceId, source.id));
    expect(left.map((link) => link.annotationId)).toEqual([donor]);
    expect(await auditFor("annotation_source", linkId)).toEqual([
      ["link", articleId],
      ["unlink", articleId],
    ]);

    const again = await refusal(unlinkSource(t.db, editor, { annotationId, sourceId: source.id }));
    expect(again.code).toBe("not_found");
    const unknown = await refusal(
      linkExistingSource(t.db, editor, {
        annotationId,
        sourceId: randomUUID(),
        relation: "supports",
        excerpt: "",
      }),
    );
    expect(unknown.code).toBe("not_found");
  });
});

describe("searchSources", () => {
  it("matches title, publisher or address ignoring case, title prefixes first", async () => {
    const annotationId = await newAnnotation();
    const add = (url: string, title: string, publisher = "") =>
      addSourceToAnnotation(t.db, editor, form({ annotationId, url, title, publisher }));
    await add("https://news.example/a", "Why the harbour flooded", "Harbour Gazette");
    await add("https://news.example/b", "Harbour authority statement");
    await add("https://harbour.example/c", "Tide tables");
    await add("https://news.example/d", "Discount of 50% on fares");
    await add("https://news.example/e", "Discount of 500 on fares");

    const titles = (await searchSources(t.db, "HARBOUR")).map((s) => s.title);
    expect(titles[0]).toBe("Harbour authority statement");
    expect(titles.slice(1).sort()).toEqual(["Tide tables", "Why the harbour flooded"]);
    expect((await searchSources(t.db, "50%")).map((s) => s.title)).toEqual([
      "Discount of 50% on fares",
    ]);
    expect(await searchSources(t.db, "_")).toEqual([]);
    expect(await searchSources(t.db, "", 2)).toHaveLength(2);
    expect(Object.keys((await searchSources(t.db, "tide"))[0]!).sort()).toEqual(
      ["id", "publishedAt", "publisher", "title", "url"].sort(),
    );
  });
});
