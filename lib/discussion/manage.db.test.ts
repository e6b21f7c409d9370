import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  countUnread,
  getDiscussionThread,
  listInbox,
  listThreadSummaries,
} from "@/db/queries/discussion";
import { auditEvents, users } from "@/db/schema";
import { commentMentions } from "@/db/schema-desk";
import { createDraftArticle, saveArticleDocument } from "@/lib/articles/save";
import { listArticleHistory } from "@/lib/history";
import { createTestDb, insertUser, refusal, type TestDb } from "@/test/db";
import { annotatedDoc } from "@/test/documents";
import {
  deleteComment,
  editComment,
  markThreadRead,
  postComment,
  reopenThread,
  resolveThread,
} from "./manage";
import { postCommentSchema } from "./schemas";

let t: TestDb;
const people = {} as Record<"rosa" | "rose" | "eli" | "ada" | "gone", { id: string }>;

async function person(name: string, role: "reviewer" | "editor" | "admin") {
  const id = await insertUser(t.db, role);
  await t.db.update(users).set({ name }).where(eq(users.id, id));
  return { id };
}

/** A saved draft by `author` with two claims; returns the article and annotation ids. */
async function articleWithTwoClaims(author: { id: string }, title: string) {
  const first = randomUUID();
  const second = randomUUID();
  const { id } = await createDraftArticle(t.db, author);
  await saveArticleDocument(t.db, author, {
    articleId: id,
    baseVersion: 1,
    title,
    doc: annotatedDoc([
      { id: first, kind: "official_claim", text: "Forty people were hurt" },
      ", the ministry said. ",
      { id: second, kind: "allegation", text: "The mayor took bribes" },
    ]),
  });
  return { articleId: id, first, second };
}

const post = (who: { id: string }, annotationId: string, body: string, parentId?: string) =>
  postComment(t.db, who, postCommentSchema.parse({ annotationId, body, parentId }));

beforeAll(async () => {
  t = await createTestDb();
  people.rosa = await person("Rosa Lind", "reviewer");
  people.rose = await person("Rosa", "reviewer");
  people.eli = await person("Eli Editor", "editor");
  people.ada = await person("Ada Admin", "admin");
  people.gone = await person("Gone Person", "reviewer");
  await t.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, people.gone.id));
});
afterAll(() => t.close());

describe("comments", () => {
  it("start a thread, take replies, and are edited or deleted only by their author", async () => {
    const { articleId, first } = await articleWithTwoClaims(people.eli, "Thread rules");
    const question = await post(people.rosa, first, "  Which ministry said this?  ");
    const reply = await post(people.eli, first, "The health ministry.", question.id);

    const thread = await getDiscussionThread(t.db, first);
    expect(thread).toMatchObject({ articleId, resolvedAt: null });
    expect(thread!.comments.map((c) => [c.body, c.authorName, c.parentId])).toEqual([
      ["Which ministry said this?", "Rosa Lind", null],
      ["The health ministry.", "Eli Editor", question.id],
    ]);

    for (const attempt of [
      editComment(t.db, people.eli, { commentId: question.id, body: "Hijacked" }),
      deleteComment(t.db, people.ada, { commentId: question.id }),
    ]) {
      const error = await refusal(attempt);
      expect(error.code).toBe("forbidden");
      expect(error.message).toMatch(/^Only its author may (edit|delete) a comment\.$/);
    }

    await editComment(t.db, people.rosa, { commentId: question.id, body: "Which ministry?" });
    await deleteComment(t.db, people.rosa, { commentId: question.id });
    const after = await getDiscussionThread(t.db, first);
    const [deleted, kept] = after!.comments;
    expect(deleted).toMatchObject({ body: "", parentId: null });
    expect(deleted!.editedAt).toBeInstanceOf(Date);
    expect(deleted!.deletedAt).toBeInstanceOf(Date);
    expect(kept).toMatchObject({ body: "The health ministry.", parentId: question.id });
    expect(
      (await refusal(editComment(t.db, people.rosa, { commentId: question.id, body: "x" }))).code,
    ).toBe("not_found");

    const audit = await t.db
      .select({ entity: auditEvents.entity, action: auditEvents.action, who: auditEvents.actorId })
      .from(auditEvents)
      .where(and(eq(auditEvents.articleId, articleId), eq(auditEvents.entity, "comment")))
      .orderBy(auditEvents.id);
    expect(audit.map((a) => [a.action, a.who])).toEqual([
      ["create", people.rosa.id],
      ["create", people.eli.id],
      ["edit", people.rosa.id],
      ["delete", people.rosa.id],
    ]);
    expect(reply.onResolvedThread).toBe(false);
  });

  it("refuse blank or over-long bodies with a message saying what to fix", () => {
    const id = randomUUID();
    const blank = postCommentSchema.safeParse({ annotationId: id, body: "   " });
    expect(blank.error?.issues[0]?.message).toBe("Write a comment first.");
    const long = postCommentSchema.safeParse({ annotationId: id, body: "x".repeat(4001) });
    expect(long.error?.issues[0]?.message).toBe("Shorten the comment to at most 4000 characters.");
    expect(postCommentSchema.parse({ annotationId: id, body: "x".repeat(4000) }).body).toHaveLength(
      4000,
    );
  });

  it("cannot be posted on an annotation that is not saved", async () => {
    const error = await refusal(post(people.rosa, randomUUID(), "Hello"));
    expect(error.code).toBe("not_found");
  });
});

describe("resolving", () => {
  it("is open to every role, audited, and a later comment says the thread is resolved", async () => {
    const { articleId, first, second } = await articleWithTwoClaims(people.eli, "Resolving");
    await post(people.rosa, first, "Source?");
    await post(people.rosa, second, "Is this sourced?");
    expect(await listThreadSummaries(t.db, articleId)).toEqual(
      expect.arrayContaining([
        { annotationId: first, comments: 1, open: true },
        { annotationId: second, comments: 1, open: true },
      ]),
    );

    await resolveThread(t.db, people.rosa, { annotationId: first });
    const resolved = await getDiscussionThread(t.db, first);
    expect(resolved).toMatchObject({ resolvedByName: "Rosa Lind" });
    expect(resolved!.resolvedAt).toBeInstanceOf(Date);
    // Resolving twice changes nothing and records nothing more.
    await resolveThread(t.db, people.eli, { annotationId: first });
    expect((await getDiscussionThread(t.db, first))!.resolvedByName).toBe("Rosa Lind");

    const late = await post(people.eli, first, "One more thing.");
    expect(late.onResolvedThread).toBe(true);
    expect((await getDiscussionThread(t.db, first))!.resolvedAt).not.toBeNull();

    await reopenThread(t.db, people.ada, { annotationId: first });
    expect(await getDiscussionThread(t.db, first)).toMatchObject({
      resolvedAt: null,
      resolvedByName: null,
    });
    const audit = await t.db
      .select({ action: auditEvents.action, who: auditEvents.actorId })
      .from(auditEvents)
      .where(and(eq(auditEvents.entity, "thread"), eq(auditEvents.entityId, first)))
      .orderBy(auditEvents.id);
    expect(audit).toEqual([
      { action: "resolve", who: people.rosa.id },
      { action: "reopen", who: people.ada.id },
    ]);
    expect(
      (await refusal(resolveThread(t.db, people.rosa, { annotationId: randomUUID() }))).code,
    ).toBe("not_found");
  });
});

describe("mentions", () => {
  it("match the longest active member name after @, case-insensitively; others stay text", async () => {
    const { first } = await articleWithTwoClaims(people.ada, "Mentions");
    const comment = await post(
      people.ada,
      first,
      "@rosa lind and @ROSA, see this. @Nobody here, mail rosa@example.test, @Gone Person too.",
    );
    const mentioned = await t.db
      .select({ userId: commentMentions.userId })
      .from(commentMentions)
      .where(eq(commentMentions.commentId, comment.id));
    expect(mentioned.map((m) => m.userId).sort()).toEqual([people.rosa.id, people.rose.id].sort());
    const thread = await getDiscussionThread(t.db, first);
    expect(thread!.comments[0]!.mentions.map((m) => m.name).sort()).toEqual(["Rosa", "Rosa Lind"]);

    await editComment(t.db, people.ada, { commentId: comment.id, body: "Only @Eli Editor now." });
    const edited = await getDiscussionThread(t.db, first);
    expect(edited!.comments[0]!.mentions).toEqual([{ userId: people.eli.id, name: "Eli Editor" }]);
  });
});

describe("the inbox", () => {
  it("lists mentions and threads on my articles, newest first, with unread counts per person", async () => {
    const mine = await articleWithTwoClaims(people.eli, "Eli's article");
    const theirs = await articleWithTwoClaims(people.ada, "Ada's article");
    const before = await countUnread(t.db, people.eli.id);
    const eliBefore = await listInbox(t.db, people.eli.id);

    await post(people.rosa, mine.first, "First question");
    await post(people.rosa, theirs.first, "Not about Eli at all");
    await post(people.rosa, theirs.second, "@Eli Editor can you check?");
    await post(people.ada, mine.first, "Second voice");

    const inbox = (await listInbox(t.db, people.eli.id)).slice(0, 2);
    expect(inbox.map((i) => [i.articleTitle, i.quote, i.unread, i.lastBody])).toEqual([
      ["Eli's article", "Forty people were hurt", 2, "Second voice"],
      ["Ada's article", "The mayor took bribes", 1, "@Eli Editor can you check?"],
    ]);
    expect(inbox[0]!.lastAuthorName).toBe("Ada Admin");
    expect((await listInbox(t.db, people.eli.id)).length).toBe(eliBefore.length + 2);
    expect(await countUnread(t.db, people.eli.id)).toBe(before + 3);

    // Reading is per person and kept in the database: Eli's read leaves Ada's count alone.
    const adaBefore = await countUnread(t.db, people.ada.id);
    await markThreadRead(t.db, people.eli, { annotationId: mine.first });
    expect(await countUnread(t.db, people.eli.id)).toBe(before + 1);
    expect(await countUnread(t.db, people.ada.id)).toBe(adaBefore);

    // My own comments are never unread; a newer one by someone else is.
    await post(people.eli, mine.first, "Answering both");
    await post(people.rosa, mine.first, "Thanks");
    const [top] = await listInbox(t.db, people.eli.id);
    expect(top).toMatchObject({ annotationId: mine.first, unread: 1, lastBody: "Thanks" });
  });
});

describe("the article's history", () => {
  it("tells comments and resolutions in words", async () => {
    const { articleId, first } = await articleWithTwoClaims(people.eli, "History");
    await post(people.rosa, first, "Checked?");
    await resolveThread(t.db, people.eli, { annotationId: first });
    const events = (await listArticleHistory(t.db, articleId)).filter((e) =>
      /^(Comment|Discussion) /.test(e.summary),
    );
    expect(events.map((e) => [e.summary, e.changes[0]])).toEqual(
      expect.arrayContaining([
        ["Comment created", "Comment: Checked?"],
        ["Discussion resolved", expect.stringMatching(/^Resolved: /)],
      ]),
    );
  });
});
