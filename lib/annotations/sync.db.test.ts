import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { annotations, auditEvents } from "@/db/schema";
import { createTestDb, insertUser, type TestDb } from "@/test/db";
import { createDraftArticle } from "@/lib/articles/save";
import type { AnnotationAnchor } from "@/db/revision-snapshot";
import { AppError } from "@/lib/errors";
import { syncAnnotationRows } from "./sync";

let t: TestDb;
let userId: string;
beforeAll(async () => {
  t = await createTestDb();
  userId = await insertUser(t.db, "editor");
});
afterAll(() => t.close());

function anchor(overrides: Partial<AnnotationAnchor> = {}): AnnotationAnchor {
  return {
    id: randomUUID(),
    kind: "official_claim",
    quote: "40 people were taken to hospital",
    prefix: "According to the ministry, ",
    suffix: ".",
    start: 27,
    end: 59,
    ...overrides,
  };
}

function shifted(a: AnnotationAnchor, by: number): AnnotationAnchor {
  return { ...a, start: a.start + by, end: a.end + by };
}

function sync(articleId: string, anchors: AnnotationAnchor[]) {
  return t.db.transaction((tx) => syncAnnotationRows(tx, { articleId, userId, anchors }));
}

async function rowsOf(articleId: string) {
  const rows = await t.db.select().from(annotations).where(eq(annotations.articleId, articleId));
  return new Map(rows.map((row) => [row.id, row]));
}

async function auditActions(articleId: string) {
  const events = await t.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.articleId, articleId), eq(auditEvents.entity, "annotation")))
    .orderBy(auditEvents.id);
  return events.map((e) => [e.action, e.entityId, e.before, e.after]);
}

const nothing = { inserted: [], updated: [], detached: [], reattached: [] };

describe("syncAnnotationRows", () => {
  it("inserts new annotations with their anchors and audits each creation", async () => {
    const { id: articleId } = await createDraftArticle(t.db, { id: userId });
    const a = anchor();
    const b = anchor({ kind: "allegation", quote: "bribes", start: 80, end: 86 });
    expect(await sync(articleId, [a, b])).toEqual({ ...nothing, inserted: [a.id, b.id] });

    const rows = await rowsOf(articleId);
    expect(rows.get(a.id)).toMatchObject({ ...a, articleId, createdBy: userId, detachedAt: null });
    expect(rows.get(b.id)).toMatchObject({ kind: "allegation", quote: "bribes", version: 1 });
    expect(await auditActions(articleId)).toEqual([
      ["create", a.id, null, { kind: a.kind, quote: a.quote }],
      ["create", b.id, null, { kind: "allegation", quote: "bribes" }],
    ]);
  });

  it("writes nothing when no anchor changed", async () => {
    const { id: articleId } = await createDraftArticle(t.db, { id: userId });
    const anchors = [anchor(), anchor({ start: 100, end: 110, quote: "0123456789" })];
    await sync(articleId, anchors);
    const before = await rowsOf(articleId);
    const auditBefore = await auditActions(articleId);

    expect(await sync(articleId, anchors)).toEqual(nothing);
    const after = await rowsOf(articleId);
    for (const a of anchors)
      expect(after.get(a.id)!.updatedAt).toEqual(before.get(a.id)!.updatedAt);
    expect(await auditActions(articleId)).toEqual(auditBefore);
  });

  it("rewrites only the rows whose offsets moved, without auditing the shift", async () => {
    const { id: articleId } = await createDraftArticle(t.db, { id: userId });
    const early = anchor({ start: 0, end: 5, quote: "Early", prefix: "" });
    const late = anchor({ start: 200, end: 204, quote: "Late" });
    await sync(articleId, [early, late]);
    const before = await rowsOf(articleId);
    const auditBefore = await auditActions(articleId);

    // Typing six characters between the two moves only the second one.
    const moved = { ...shifted(late, 6), prefix: "typed " };
    expect(await sync(articleId, [early, moved])).toEqual({ ...nothing, updated: [late.id] });
    const after = await rowsOf(articleId);
    expect(after.get(late.id)).toMatchObject({ start: 206, end: 210, prefix: "typed " });
    expect(after.get(late.id)!.updatedAt.getTime()).toBeGreaterThan(
      before.get(late.id)!.updatedAt.getTime(),
    );
    expect(after.get(early.id)!.updatedAt).toEqual(before.get(early.id)!.updatedAt);
    expect(await auditActions(articleId)).toEqual(auditBefore);
  });

  it("detaches a vanished annotation once and reattaches it when it returns", async () => {
    const { id: articleId } = await createDraftArticle(t.db, { id: userId });
    const kept = anchor({ start: 0, end: 4, quote: "Kept", prefix: "" });
    const gone = anchor({ start: 10, end: 14, quote: "Gone" });
    await sync(articleId, [kept, gone]);

    expect(await sync(articleId, [kept])).toEqual({ ...nothing, detached: [gone.id] });
    const detached = (await rowsOf(articleId)).get(gone.id)!;
    expect(detached.detachedAt).toBeInstanceOf(Date);

    // Still gone on the next save: already detached, so not written again.
    expect(await sync(articleId, [kept])).toEqual(nothing);
    expect((await rowsOf(articleId)).get(gone.id)!.updatedAt).toEqual(detached.updatedAt);

    // Undo brings the mark back, possibly somewhere else.
    const back = shifted(gone, 3);
    expect(await sync(articleId, [kept, back])).toEqual({ ...nothing, reattached: [gone.id] });
    expect((await rowsOf(articleId)).get(gone.id)).toMatchObject({
      detachedAt: null,
      start: 13,
      end: 17,
    });
    const actions = (await auditActions(articleId)).filter(([, id]) => id === gone.id);
    expect(actions.map(([action]) => action)).toEqual(["create", "detach", "reattach"]);
  });

  it("follows a kind change made on the mark and audits it", async () => {
    const { id: articleId } = await createDraftArticle(t.db, { id: userId });
    const a = anchor();
    await sync(articleId, [a]);
    const changed = { ...a, kind: "verified_fact" as const };
    expect(await sync(articleId, [changed])).toEqual({ ...nothing, updated: [a.id] });
    expect((await rowsOf(articleId)).get(a.id)).toMatchObject({
      kind: "verified_fact",
      version: 1,
    });
    expect((await auditActions(articleId)).at(-1)).toEqual([
      "change_kind",
      a.id,
      { kind: "official_claim" },
      { kind: "verified_fact" },
    ]);
  });

  it("refuses an id that belongs to another article and writes nothing", async () => {
    const { id: first } = await createDraftArticle(t.db, { id: userId });
    const { id: second } = await createDraftArticle(t.db, { id: userId });
    const theirs = anchor();
    await sync(first, [theirs]);
    const mine = anchor({ start: 300, end: 305, quote: "Mine." });

    const error = await sync(second, [mine, theirs]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("invalid_input");
    expect((error as AppError).message).toMatch(/another article/);
    expect((await rowsOf(second)).size).toBe(0);
    expect((await rowsOf(first)).get(theirs.id)!.articleId).toBe(first);
    const stray = await t.db
      .select()
      .from(annotations)
      .where(inArray(annotations.id, [mine.id]));
    expect(stray).toEqual([]);
  });
});
