import { randomUUID } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARTICLE_STATUSES, type ArticleStatus, type Role, ROLES } from "@/db/enums";
import { listEditorAnnotations } from "@/db/queries/annotations";
import { listPublishedArticleCards } from "@/db/queries/reader";
import { getPublishedArticle } from "@/test/published";
import { articleRevisions, articles, auditEvents } from "@/db/schema";
import { createTestDb, insertUser, type TestDb, refusal } from "@/test/db";
import { updateAnnotationDetails } from "@/lib/annotations/details";
import { documentHasText } from "@/lib/editor/anchors";
import { parseDocument } from "@/lib/editor/schema";
import { addSourceToAnnotation } from "@/lib/sources/manage";
import { addSourceSchema } from "@/lib/sources/schemas";
import { createSpeaker } from "@/lib/speakers/manage";
import { publishRevision } from "./publish";
import { runPublishCheck, toCheckAnnotation } from "./publish-check";
import { createDraftArticle, saveArticleDocument } from "./save";
import { allowedTransitions, checkArticle, type Transition, transitionArticle } from "./workflow";
import { annotatedDoc } from "@/test/documents";

let t: TestDb;
const actors = {} as Record<Role, { id: string; role: Role }>;
beforeAll(async () => {
  t = await createTestDb();
  for (const role of ROLES) actors[role] = { id: await insertUser(t.db, role), role };
});
afterAll(() => t.close());

async function save(articleId: string, title: string, doc: unknown): Promise<number> {
  const [row] = await t.db
    .select({ version: articles.version })
    .from(articles)
    .where(eq(articles.id, articleId));
  const editor = actors.editor;
  return (
    await saveArticleDocument(t.db, editor, { articleId, baseVersion: row!.version, title, doc })
  ).version;
}

/** An article that passes the publish check, brought to `status` the way the app gets there. */
async function articleIn(status: ArticleStatus): Promise<string> {
  const { id } = await createDraftArticle(t.db, actors.editor);
  await save(id, "Bridge closes", annotatedDoc(["The bridge closed on 3 May."]));
  if (status === "published")
    await publishRevision(t.db, { articleId: id, userId: actors.editor.id });
  else if (status !== "draft")
    await t.db.update(articles).set({ status }).where(eq(articles.id, id));
  return id;
}

/** The article row, its audit events (oldest first) and how many revisions it has. */
async function stateOf(articleId: string) {
  const [article] = await t.db.select().from(articles).where(eq(articles.id, articleId));
  const events = await t.db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.articleId, articleId))
    .orderBy(auditEvents.id);
  const [revisions] = await t.db
    .select({ n: count() })
    .from(articleRevisions)
    .where(eq(articleRevisions.articleId, articleId));
  return { article: article!, events, revisions: revisions!.n };
}

// Written out rather than derived from TRANSITIONS: this table is what the issue asks for.
const EDITORS: Role[] = ["editor", "admin"];
const EXPECTED: Record<Transition, { from: ArticleStatus[]; to: ArticleStatus; roles: Role[] }> = {
  submit: { from: ["draft"], to: "in_review", roles: ["reviewer", "editor", "admin"] },
  publish: { from: ["draft", "in_review", "published"], to: "published", roles: EDITORS },
  unpublish: { from: ["published"], to: "draft", roles: EDITORS },
  archive: { from: ["draft", "in_review", "published"], to: "archived", roles: EDITORS },
  restore: { from: ["archived"], to: "draft", roles: EDITORS },
};
const cases = Object.entries(EXPECTED).flatMap(([transition, rule]) =>
  ROLES.flatMap((role) =>
    ARTICLE_STATUSES.map((status) => ({
      transition: transition as Transition,
      role,
      status,
      ...rule,
      allowed: rule.roles.includes(role) && rule.from.includes(status),
    })),
  ),
);

describe("transitionArticle: who may do what, from where", () => {
  it.each(cases)(
    "$transition by $role from $status (allowed: $allowed)",
    async ({ transition, role, status, to, roles, allowed }) => {
      const id = await articleIn(status);
      const before = await stateOf(id);
      expect(allowedTransitions(status, role).includes(transition)).toBe(allowed);
      const attempt = transitionArticle(t.db, actors[role], { articleId: id, transition });

      if (!allowed) {
        const error = await refusal(attempt);
        expect(error.code).toBe(roles.includes(role) ? "conflict" : "forbidden");
        expect(await stateOf(id)).toEqual(before);
        return;
      }
      const result = await attempt;
      const after = await stateOf(id);
      expect(result.status).toBe(to);
      expect(after.article.status).toBe(to);
      expect(after.events.slice(0, -1)).toEqual(before.events);
      const event = after.events.at(-1)!;
      expect([event.entity, event.entityId, event.action, event.actorId]).toEqual([
        "article",
        id,
        transition,
        actors[role].id,
      ]);
      expect(event.before).toMatchObject({ status });
      expect(event.after).toMatchObject({ status: to });
      if (transition === "publish") {
        expect(after.revisions).toBe(before.revisions + 1);
        expect(result.revision).toEqual({
          id: after.article.publishedRevisionId,
          number: after.revisions,
        });
      } else {
        expect(after.revisions).toBe(before.revisions);
        expect(after.article.updatedBy).toBe(actors[role].id);
        expect(result.revision).toBeUndefined();
      }
      if (transition === "unpublish" || transition === "archive") {
        expect(after.article.publishedRevisionId).toBeNull();
      }
    },
  );

  it("explains refusals in words a person can act on", async () => {
    const archived = await articleIn("archived");
    const inReview = await articleIn("in_review");
    const refused = async (role: Role, articleId: string, transition: Transition) => {
      const error = await refusal(transitionArticle(t.db, actors[role], { articleId, transition }));
      return [error.code, error.message];
    };
    const messages = [
      await refused("reviewer", archived, "publish"),
      await refused("reviewer", archived, "restore"),
      await refused("editor", archived, "publish"),
      await refused("reviewer", inReview, "submit"),
      await refused("editor", randomUUID(), "archive"),
      await refused("editor", "nope", "archive"),
    ];
    expect(messages).toEqual([
      ["forbidden", "Your role cannot publish. Ask an editor."],
      ["forbidden", "Your role cannot restore to draft. Ask an editor."],
      [
        "conflict",
        "This article is archived and cannot be published now. Reload to see its current state.",
      ],
      ["conflict", "This article is already in review. Reload to see its current state."],
      ["not_found", "This article no longer exists."],
      ["not_found", "This article no longer exists."],
    ]);
  });
});

describe("publishing", () => {
  const claim = { id: randomUUID(), kind: "official_claim" as const };
  const fact = { id: randomUUID(), kind: "verified_fact" as const };
  /** One official claim and one verified fact, in two paragraphs, and maybe a third. */
  const draft = (...more: string[]) =>
    annotatedDoc(
      ["According to the ministry, ", { text: "40 people were taken to hospital", marks: [claim] }],
      [{ text: "The bridge closed on 3 May", marks: [fact] }, "."],
      ...more.map((text) => [text]),
    );

  it("is blocked by a failing check, then publishes revisions readers see until the next one", async () => {
    const { id } = await createDraftArticle(t.db, actors.editor);
    await save(id, " ", draft());

    expect((await checkArticle(t.db, id)).map((p) => [p.rule, p.annotationId])).toEqual([
      ["title", null],
      ["speaker", claim.id],
      ["supporting_source", fact.id],
    ]);
    const before = await stateOf(id);
    const blocked = await refusal(
      transitionArticle(t.db, actors.editor, { articleId: id, transition: "publish" }),
    );
    expect([blocked.code, blocked.message]).toEqual([
      "invalid_input",
      "The publish check found 3 problems. Fix them, then publish again.",
    ]);
    const problems = await checkArticle(t.db, id);
    expect(blocked.details).toEqual({ problems });
    // The editor runs the same check in the browser on what it loaded; both agree.
    const hasText = documentHasText(parseDocument(before.article.doc));
    const loaded = (await listEditorAnnotations(t.db, id)).map((a) =>
      toCheckAnnotation(a, a.detached, a),
    );
    expect(runPublishCheck({ title: " ", hasText, annotations: loaded })).toEqual(problems);
    expect(await stateOf(id)).toEqual(before);

    const version = await save(id, "Bridge closes", draft());
    const speaker = { name: "Health Ministry", type: "organization" as const, description: "" };
    const ministry = await createSpeaker(t.db, actors.editor, speaker);
    const details = { speakerId: ministry.id, unattributed: false, cue: "according to", note: "" };
    await updateAnnotationDetails(t.db, actors.editor, { id: claim.id, version: 1, ...details });
    const form = { url: "https://transport.example/closures", title: "Road closures" };
    await addSourceToAnnotation(
      t.db,
      actors.editor,
      addSourceSchema.parse({ annotationId: fact.id, relation: "supports", ...form }),
    );
    expect(await checkArticle(t.db, id)).toEqual([]);

    const first = await transitionArticle(t.db, actors.editor, {
      articleId: id,
      transition: "publish",
      baseVersion: version,
    });
    expect(first).toMatchObject({ status: "published", revision: { number: 1 } });
    const { slug } = (await stateOf(id)).article;
    const published = await getPublishedArticle(t.db, slug);
    expect(published).toMatchObject({ revisionNumber: 1, title: "Bridge closes" });
    expect(published!.annotations.map((a) => [a.id, a.speakerId, a.sources.length])).toEqual([
      [claim.id, ministry.id, 0],
      [fact.id, null, 1],
    ]);

    await save(id, "Bridge closes again", draft("It reopened on 9 May."));
    expect(await getPublishedArticle(t.db, slug)).toMatchObject({
      revisionNumber: 1,
      title: "Bridge closes",
      doc: draft(),
    });

    const second = await transitionArticle(t.db, actors.admin, {
      articleId: id,
      transition: "publish",
    });
    expect(second).toMatchObject({ status: "published", revision: { number: 2 } });
    const republished = await getPublishedArticle(t.db, slug);
    expect(republished).toMatchObject({
      revisionNumber: 2,
      title: "Bridge closes again",
      doc: draft("It reopened on 9 May."),
    });
    expect(republished!.annotations.map((a) => a.id)).toEqual([claim.id, fact.id]);
  });

  it("publishes a claim and an allegation ticked “No named source”, and the revision keeps that", async () => {
    const { id } = await createDraftArticle(t.db, actors.editor);
    const accused = { id: randomUUID(), kind: "allegation" as const };
    const believed = { id: randomUUID(), kind: "official_claim" as const };
    const version = await save(
      id,
      "Mayor accused",
      annotatedDoc([
        { text: "He faces multiple accusations of corruption", marks: [accused] },
        ", and ",
        { text: "was believed to have kept control", marks: [believed] },
        ".",
      ]),
    );
    expect((await checkArticle(t.db, id)).map((p) => [p.rule, p.message])).toEqual([
      [
        "speaker",
        "Attribute this allegation: “He faces multiple accusations of corruption” has no speaker. Choose one, or tick “No named source”.",
      ],
      [
        "speaker",
        "Attribute this official claim: “was believed to have kept control” has no speaker. Choose one, or tick “No named source”.",
      ],
    ]);
    const unnamed = { speakerId: null, unattributed: true, cue: "", note: "" };
    await updateAnnotationDetails(t.db, actors.editor, { id: accused.id, version: 1, ...unnamed });
    await updateAnnotationDetails(t.db, actors.editor, { id: believed.id, version: 1, ...unnamed });
    expect(await checkArticle(t.db, id)).toEqual([]);
    // The editor's own check agrees with the server's.
    const loaded = (await listEditorAnnotations(t.db, id)).map((a) =>
      toCheckAnnotation(a, a.detached, a),
    );
    expect(loaded.map((a) => a.unattributed)).toEqual([true, true]);

    await transitionArticle(t.db, actors.editor, {
      articleId: id,
      transition: "publish",
      baseVersion: version,
    });
    const published = await getPublishedArticle(t.db, (await stateOf(id)).article.slug);
    expect(published!.annotations.map((a) => [a.id, a.speakerId, a.unattributed])).toEqual([
      [accused.id, null, true],
      [believed.id, null, true],
    ]);
    expect(published!.speakers).toEqual([]);
  });

  it("is blocked by a detached annotation", async () => {
    const { id } = await createDraftArticle(t.db, actors.editor);
    const gone = { id: randomUUID(), kind: "allegation" as const };
    await save(id, "Mayor", annotatedDoc([{ text: "The mayor took bribes", marks: [gone] }]));
    await save(id, "Mayor", annotatedDoc(["The mayor resigned."]));
    const error = await refusal(
      transitionArticle(t.db, actors.editor, { articleId: id, transition: "publish" }),
    );
    expect(error.message).toBe("The publish check found 1 problem. Fix it, then publish again.");
    expect(error.details).toEqual({
      problems: [
        {
          rule: "detached",
          annotationId: gone.id,
          message: "Restore or delete this detached annotation: “The mayor took bribes”.",
        },
      ],
    });
  });

  it("refuses a stale base version and writes nothing", async () => {
    const id = await articleIn("in_review");
    const version = await save(id, "Bridge closes", annotatedDoc(["Changed after the check."]));
    const before = await stateOf(id);
    const error = await refusal(
      transitionArticle(t.db, actors.editor, {
        articleId: id,
        transition: "publish",
        baseVersion: version - 1,
      }),
    );
    expect([error.code, error.message]).toEqual([
      "conflict",
      "The article changed since you checked it. Review the newest version, then publish again.",
    ]);
    expect(await stateOf(id)).toEqual(before);
  });

  it.each(["unpublish", "archive"] as const)(
    "%s hides the article from readers and keeps its revisions",
    async (transition) => {
      const id = await articleIn("published");
      const { slug, publishedRevisionId } = (await stateOf(id)).article;
      expect((await listPublishedArticleCards(t.db)).map((a) => a.slug)).toContain(slug);

      await transitionArticle(t.db, actors.editor, { articleId: id, transition });
      expect(await getPublishedArticle(t.db, slug)).toBeNull();
      expect((await listPublishedArticleCards(t.db)).map((a) => a.slug)).not.toContain(slug);
      const after = await stateOf(id);
      expect([after.revisions, after.events.at(-1)!.before]).toEqual([
        1,
        { status: "published", publishedRevisionId },
      ]);
    },
  );

  it("checkArticle refuses an unknown article", async () => {
    expect((await refusal(checkArticle(t.db, randomUUID()))).code).toBe("not_found");
  });
});
