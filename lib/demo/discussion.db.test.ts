import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDiscussionThread, listInbox, listThreadSummaries } from "@/db/queries/discussion";
import { articles, users } from "@/db/schema";
import { createTestDb, type TestDb } from "@/test/db";
import { demoArticles } from "./content";
import { DEMO_VOICES } from "./discussion";
import { seedDemoContent } from "./seed";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemoContent(t.db);
});
afterAll(() => t.close());

describe("the demo discussion", () => {
  it("has a resolved thread and an open one mentioning the editor on the published article", async () => {
    const [article] = await t.db
      .select({ id: articles.id })
      .from(articles)
      .where(eq(articles.slug, demoArticles[0]!.slug));
    const summaries = await listThreadSummaries(t.db, article!.id);
    expect(summaries.map((s) => [s.comments, s.open]).sort()).toEqual([
      [1, true],
      [2, false],
    ]);

    const resolved = await getDiscussionThread(t.db, summaries.find((s) => !s.open)!.annotationId);
    expect(resolved!.comments.map((c) => c.authorName)).toEqual(["Rosa Lind", "Tomas Berg"]);
    expect(resolved!.comments[1]!.parentId).toBe(resolved!.comments[0]!.id);
    expect(resolved!.resolvedByName).toBe("Rosa Lind");

    const [editor] = await t.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, DEMO_VOICES.editor.email));
    const inbox = await listInbox(t.db, editor!.id);
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({ resolved: false, unread: 1, lastAuthorName: "Rosa Lind" });
    expect(inbox[0]!.lastBody).toMatch(/^@Tomas Berg /);
  });
});
