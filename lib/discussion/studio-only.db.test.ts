import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDiscussionThread } from "@/db/queries/discussion";
import { articleRevisions, articles } from "@/db/schema";
import { createDraftArticle, saveArticleDocument } from "@/lib/articles/save";
import { transitionArticle } from "@/lib/articles/workflow";
import { EXPORT_FORMATS } from "@/lib/exports/formats";
import { EXPORT_WRITERS } from "@/lib/exports/writers";
import { addSourceToAnnotation } from "@/lib/sources/manage";
import { apiClient } from "@/test/api";
import { createTestDb, insertUser, type TestDb } from "@/test/db";
import { annotatedDoc } from "@/test/documents";
import { getPublishedArticle } from "@/test/published";
import { postComment, resolveThread } from "./manage";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const BASE = new URL("https://news.example");
const SECRET = "Private desk talk: do not print this";

describe("comments are studio-only", () => {
  it("never reach the published revision, its exports or the public API", async () => {
    const editor = { id: await insertUser(t.db, "editor"), role: "editor" as const };
    const fact = { id: randomUUID(), kind: "verified_fact" as const, text: "The bridge closed" };
    const { id } = await createDraftArticle(t.db, editor);
    await saveArticleDocument(t.db, editor, {
      articleId: id,
      baseVersion: 1,
      title: "Discussed article",
      doc: annotatedDoc([fact, " in May."]),
    });
    await addSourceToAnnotation(t.db, editor, {
      annotationId: fact.id,
      url: "https://council.example/closure",
      title: "Closure notice",
      publisher: "Council",
      publishedAt: null,
      archivedUrl: null,
      relation: "supports",
      excerpt: "",
    });
    const question = await postComment(t.db, editor, { annotationId: fact.id, body: SECRET });
    await postComment(t.db, editor, {
      annotationId: fact.id,
      parentId: question.id,
      body: `${SECRET}, the reply`,
    });
    await resolveThread(t.db, editor, { annotationId: fact.id });
    // An open thread only warns: publishing goes ahead.
    await postComment(t.db, editor, { annotationId: fact.id, body: `${SECRET}, reopened` });
    await transitionArticle(t.db, editor, { articleId: id, transition: "publish" });
    expect((await getDiscussionThread(t.db, fact.id))!.comments).toHaveLength(3);

    const [row] = await t.db.select().from(articles).where(eq(articles.id, id));
    const [revision] = await t.db
      .select()
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, id));
    expect(JSON.stringify(revision)).not.toContain("Private desk talk");
    const published = await getPublishedArticle(t.db, row!.slug);
    expect(published!.annotations.map((a) => a.id)).toEqual([fact.id]);
    expect(JSON.stringify(published)).not.toContain("Private desk talk");
    for (const format of EXPORT_FORMATS) {
      const written = EXPORT_WRITERS[format].write(published!, BASE);
      // ClaimReview lists rated claims only; the other formats carry every annotation.
      if (format !== "claimreview") expect(written, format).toContain(fact.text);
      expect(written, format).not.toContain("Private desk talk");
    }
    const api = apiClient(() => ({ db: t.db, base: BASE }));
    for (const path of [`/api/v1/articles/${row!.slug}`, "/api/v1/claims?limit=100"]) {
      const answer = await api.get(path);
      expect(answer.status, path).toBe(200);
      expect(answer.text, path).not.toContain("Private desk talk");
    }
  });
});
