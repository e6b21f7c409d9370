import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getArticleForEditor } from "@/db/queries/articles";
import { articles, auditEvents } from "@/db/schema";
import { createTestDb, insertUser, type TestDb, refusal } from "@/test/db";
import { updateCheckedArticle } from "./checked-article";
import {
  type CheckedArticleInput,
  checkedArticleSchema,
  latestDayNow,
  NO_CHECKED_ARTICLE,
} from "./checked-article-schema";
import { publishRevision } from "./publish";
import { createDraftArticle } from "./save";

let t: TestDb;
let editor: { id: string };
let reviewer: { id: string };
beforeAll(async () => {
  t = await createTestDb();
  editor = { id: await insertUser(t.db, "editor") };
  reviewer = { id: await insertUser(t.db, "reviewer") };
});
afterAll(() => t.close());

const planet = {
  outlet: "Daily Planet",
  author: "Lois Lane",
  url: "https://planet.example/bridge-story",
  date: "2026-05-03",
};

function form(articleId: string, fields: Partial<typeof planet>, base = NO_CHECKED_ARTICLE) {
  return { articleId, base, outlet: "", author: "", url: "", date: "", ...fields };
}

/** The form parsed as the server action parses it. */
const parsed = (input: ReturnType<typeof form>): CheckedArticleInput =>
  checkedArticleSchema.parse(input);

async function auditOf(articleId: string) {
  const events = await t.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entityId, articleId), eq(auditEvents.action, "edit_checked_article")))
    .orderBy(auditEvents.id);
  return events.map((e) => [e.actorId, e.articleId, e.before, e.after]);
}

async function stored(articleId: string) {
  const [row] = await t.db.select().from(articles).where(eq(articles.id, articleId));
  return row!;
}

describe("checkedArticleSchema", () => {
  const messages = (input: ReturnType<typeof form>) => {
    const result = checkedArticleSchema.safeParse(input);
    return result.success ? [] : result.error.issues.map((i) => [i.path.join("."), i.message]);
  };
  const id = randomUUID();

  it("takes blank fields as none and trims what was typed", () => {
    expect(checkedArticleSchema.parse(form(id, { outlet: "  Daily Planet " }))).toMatchObject({
      outlet: "Daily Planet",
      author: "",
      url: null,
      date: null,
    });
  });

  it("says what to fix in each field", () => {
    expect(
      messages(
        form(id, {
          outlet: "o".repeat(201),
          author: "a".repeat(201),
          url: "javascript:alert(1)",
          date: "2026-02-30",
        }),
      ),
    ).toEqual([
      ["outlet", "Shorten the outlet's name to at most 200 characters."],
      ["author", "Shorten the author's name to at most 200 characters."],
      ["url", "Enter a web address starting with http:// or https://."],
      ["date", "Enter the date as YYYY-MM-DD."],
    ]);
    expect(messages(form(id, { url: "ftp://planet.example/story" }))).toEqual([
      ["url", "Enter a web address starting with http:// or https://."],
    ]);
  });

  it("refuses a date after today anywhere on Earth, and takes today wherever it is", () => {
    const today = latestDayNow();
    const tomorrow = new Date(Date.parse(today) + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    expect(messages(form(id, { date: today }))).toEqual([]);
    expect(messages(form(id, { date: tomorrow }))).toEqual([
      [
        "date",
        "The original publication date can't be in the future. Enter the day the outlet published it.",
      ],
    ]);
    // 3 May, 11:00 UTC is already 4 May (01:00) in Kiribati, and nowhere later.
    expect(latestDayNow(new Date("2026-05-03T11:00:00Z"))).toBe("2026-05-04");
    expect(latestDayNow(new Date("2026-05-03T09:59:00Z"))).toBe("2026-05-03");
  });

  it("needs the values the form was based on", () => {
    const { base: _base, ...withoutBase } = form(id, planet);
    expect(checkedArticleSchema.safeParse(withoutBase).error?.issues[0]?.message).toBe(
      "Reload the page before changing the checked article.",
    );
  });
});

describe("updateCheckedArticle", () => {
  it("saves the fields, audits only what changed, and leaves the text's version alone", async () => {
    const { id } = await createDraftArticle(t.db, editor);
    const before = await stored(id);
    expect(await updateCheckedArticle(t.db, reviewer, parsed(form(id, planet)))).toEqual({
      checked: planet,
    });
    const after = await stored(id);
    expect(after).toMatchObject({
      checkedOutlet: planet.outlet,
      checkedAuthor: planet.author,
      checkedUrl: planet.url,
      checkedDate: planet.date,
      version: before.version,
      updatedBy: reviewer.id,
    });
    expect(after.updatedAt.getTime()).toBeGreaterThanOrEqual(before.updatedAt.getTime());
    expect((await getArticleForEditor(t.db, id))!.checked).toEqual(planet);

    // Only the author changes; the unchanged fields are not in the record.
    await updateCheckedArticle(
      t.db,
      editor,
      parsed(form(id, { ...planet, author: "Clark Kent" }, planet)),
    );
    expect(await auditOf(id)).toEqual([
      [
        reviewer.id,
        id,
        { checkedOutlet: "", checkedAuthor: "", checkedUrl: null, checkedDate: null },
        {
          checkedOutlet: planet.outlet,
          checkedAuthor: planet.author,
          checkedUrl: planet.url,
          checkedDate: planet.date,
        },
      ],
      [editor.id, id, { checkedAuthor: planet.author }, { checkedAuthor: "Clark Kent" }],
    ]);
  });

  it("changes and records nothing when nothing changed", async () => {
    const { id } = await createDraftArticle(t.db, editor);
    const before = await stored(id);
    expect(await updateCheckedArticle(t.db, editor, parsed(form(id, {})))).toEqual({
      checked: NO_CHECKED_ARTICLE,
    });
    expect(await stored(id)).toEqual(before);
    expect(await auditOf(id)).toEqual([]);
  });

  it("refuses a form based on values someone else has changed since, giving theirs", async () => {
    const { id } = await createDraftArticle(t.db, editor);
    await updateCheckedArticle(t.db, reviewer, parsed(form(id, planet)));
    const stale = await refusal(
      updateCheckedArticle(t.db, editor, parsed(form(id, { outlet: "Gotham Gazette" }))),
    );
    expect([stale.code, stale.message]).toEqual([
      "conflict",
      "Someone else changed the checked article first. Their version is shown: keep yours or use theirs.",
    ]);
    expect(stale.payload).toMatchObject({ kind: "checked_article_conflict", details: planet });
    expect((await stored(id)).checkedOutlet).toBe(planet.outlet);

    // "Keep mine": the same form, now based on theirs.
    await updateCheckedArticle(
      t.db,
      editor,
      parsed(form(id, { ...planet, outlet: "Gotham Gazette" }, planet)),
    );
    expect((await stored(id)).checkedOutlet).toBe("Gotham Gazette");
  });

  it("is not stale because the text was saved meanwhile", async () => {
    const { id } = await createDraftArticle(t.db, editor);
    await t.db
      .update(articles)
      .set({ version: 7, updatedAt: new Date() })
      .where(eq(articles.id, id));
    await updateCheckedArticle(t.db, editor, parsed(form(id, { outlet: "Daily Planet" })));
    expect((await stored(id)).checkedOutlet).toBe("Daily Planet");
  });

  it("refuses an article that does not exist", async () => {
    const missing = await refusal(
      updateCheckedArticle(t.db, editor, parsed(form(randomUUID(), planet))),
    );
    expect([missing.code, missing.message]).toEqual([
      "not_found",
      "This article no longer exists. Reload the page.",
    ]);
  });

  it("marks a published article as changed since its revision", async () => {
    const { id } = await createDraftArticle(t.db, editor);
    await t.db.update(articles).set({ title: "Bridge closes" }).where(eq(articles.id, id));
    await publishRevision(t.db, { articleId: id, userId: editor.id });
    expect((await getArticleForEditor(t.db, id))!.unpublishedChanges).toBe(false);
    await updateCheckedArticle(t.db, editor, parsed(form(id, planet)));
    expect((await getArticleForEditor(t.db, id))!.unpublishedChanges).toBe(true);
  });
});
