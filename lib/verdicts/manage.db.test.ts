import { randomUUID } from "node:crypto";
import { and, asc, desc, eq, gt } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { listVerdicts, listVerdictsWithUsage } from "@/db/queries/verdicts";
import { annotations, auditEvents, verdicts } from "@/db/schema";
import { createDraftArticle } from "@/lib/articles/save";
import { createTestDb, insertUser, type TestDb, refusal } from "@/test/db";
import {
  createVerdict,
  deleteVerdict,
  editVerdict,
  moveVerdict,
  restoreVerdict,
  retireVerdict,
} from "./manage";
import { lockScale } from "./scale-rules";
import { editVerdictSchema, newVerdictSchema } from "./schemas";

let t: TestDb;
let admin: { id: string };
let articleId: string;
beforeAll(async () => {
  t = await createTestDb();
  admin = { id: await insertUser(t.db, "admin") };
  articleId = (await createDraftArticle(t.db, admin)).id;
});
afterAll(() => t.close());

// Each test starts from the default scale the migration creates.
let defaults: (typeof verdicts.$inferSelect)[];
beforeAll(async () => {
  defaults = await t.db.select().from(verdicts);
});
// Audit events are append-only: each test reads only those written after it started.
let auditFrom = 0;
beforeEach(async () => {
  await t.db.delete(annotations);
  await t.db.delete(verdicts);
  await t.db.insert(verdicts).values(defaults);
  const [last] = await t.db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .orderBy(desc(auditEvents.id))
    .limit(1);
  auditFrom = last?.id ?? 0;
});

type Row = Awaited<ReturnType<typeof listVerdictsWithUsage>>[number];

async function scale(): Promise<Row[]> {
  return listVerdictsWithUsage(t.db);
}

async function verdict(label: string): Promise<Row> {
  const found = (await scale()).find((v) => v.label === label);
  if (!found) throw new Error(`No verdict ${label}`);
  return found;
}

/** The form as the browser sends it, through the schema the server action uses. */
function added(fields: Record<string, string>) {
  return createVerdict(
    t.db,
    admin,
    newVerdictSchema.parse({ definition: "", rating: "", scaleEnd: "none", ...fields }),
  );
}

async function edited(label: string, fields: Record<string, string>, version?: string) {
  const current = await verdict(label);
  return editVerdict(
    t.db,
    admin,
    editVerdictSchema.parse({
      id: current.id,
      version: version ?? current.updatedAt.toISOString(),
      label: current.label,
      definition: current.definition,
      rating: current.rating === null ? "" : String(current.rating),
      scaleEnd: current.scaleEnd ?? "none",
      ...fields,
    }),
  );
}

async function annotate(label: string, times = 1): Promise<void> {
  const { id } = await verdict(label);
  for (let i = 0; i < times; i++) {
    await t.db.insert(annotations).values({
      id: randomUUID(),
      articleId,
      kind: "official_claim",
      verdictId: id,
      quote: "a claim",
      createdBy: admin.id,
    });
  }
}

async function auditOf(label: string) {
  const { id } = await verdict(label);
  return t.db
    .select({ action: auditEvents.action, before: auditEvents.before, after: auditEvents.after })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.entity, "verdict"),
        eq(auditEvents.entityId, id),
        gt(auditEvents.id, auditFrom),
      ),
    )
    .orderBy(asc(auditEvents.id));
}

const ends = async () =>
  (await scale()).filter((v) => v.scaleEnd).map((v) => [v.label, v.scaleEnd]);

describe("the verdict scale", () => {
  it("starts with the default scale, each verdict used by no annotation", async () => {
    const rows = await scale();
    expect(rows.map((v) => [v.label, v.rating, v.scaleEnd, v.annotationCount])).toEqual([
      ["True", 6, "best", 0],
      ["Mostly true", 5, null, 0],
      ["Half true", 4, null, 0],
      ["Misleading", 3, null, 0],
      ["Mostly false", 2, null, 0],
      ["False", 1, "worst", 0],
      ["Unproven", null, null, 0],
    ]);
    await annotate("Misleading", 2);
    expect((await verdict("Misleading")).annotationCount).toBe(2);
  });

  it("adds a verdict at the end, with a slug made from its label and kept unique, audited", async () => {
    const { slug } = await added({ label: "Half-true", definition: "Spelled apart.", rating: "4" });
    expect(slug).toBe("half-true-2");
    const rows = await scale();
    expect(rows.at(-1)).toMatchObject({ label: "Half-true", slug, rating: 4, scaleEnd: null });
    expect(await auditOf("Half-true")).toEqual([
      {
        action: "create",
        before: null,
        after: {
          slug,
          label: "Half-true",
          definition: "Spelled apart.",
          rating: 4,
          scaleEnd: null,
          position: 8,
        },
      },
    ]);

    // Relabelling keeps the slug: addresses and the API go on naming the same verdict.
    await edited("Half-true", { label: "Partly true" });
    expect(await verdict("Partly true")).toMatchObject({ slug: "half-true-2" });
  });

  it("refuses a label another verdict has, whatever its case, retired ones included", async () => {
    const duplicate = await refusal(added({ label: "mostly TRUE" }));
    expect(duplicate.field).toBe("label");
    expect(duplicate.message).toBe(
      "There is already a verdict labelled “Mostly true”. Choose another label.",
    );

    await retireVerdict(t.db, admin, { id: (await verdict("Unproven")).id });
    const retired = await refusal(added({ label: "Unproven" }));
    expect(retired.message).toContain("(retired: restore it instead)");
    const renamed = await refusal(edited("Half true", { label: "UNPROVEN" }));
    expect(renamed.field).toBe("label");
    expect((await scale()).map((v) => v.label)).not.toContain("UNPROVEN");
  });

  it("moves an end's mark to a verdict that takes it, in the same change, auditing both", async () => {
    await added({ label: "Pants on fire", rating: "0", scaleEnd: "worst" });
    expect(await ends()).toEqual([
      ["True", "best"],
      ["Pants on fire", "worst"],
    ]);
    expect(await auditOf("False")).toEqual([
      { action: "edit", before: { scaleEnd: "worst" }, after: { scaleEnd: null } },
    ]);

    await edited("Mostly true", { scaleEnd: "best" });
    expect(await ends()).toEqual([
      ["Mostly true", "best"],
      ["Pants on fire", "worst"],
    ]);
    expect((await auditOf("Mostly true")).at(-1)).toMatchObject({
      action: "edit",
      before: { scaleEnd: null },
      after: { scaleEnd: "best" },
    });
  });

  it("serves two admins moving the best end at once one after the other: one best end remains", async () => {
    // Another change holds the scale while the three arrive, so they all come at once.
    let release = () => {};
    const holding = t.db.transaction(async (tx) => {
      await lockScale(tx);
      await new Promise<void>((resolve) => (release = resolve));
    });
    const changes = Promise.allSettled([
      edited("Mostly true", { scaleEnd: "best" }),
      edited("Half true", { scaleEnd: "best" }),
      added({ label: "Flawless", rating: "7", scaleEnd: "best" }),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    release();
    await holding;
    const results = await changes;
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "fulfilled"]);
    const best = (await scale()).filter((v) => v.scaleEnd === "best");
    expect(best).toHaveLength(1);
    expect(["Mostly true", "Half true", "Flawless"]).toContain(best[0]!.label);
    // Each took the mark from whoever held it then: three moves, each recorded.
    const moves = await t.db
      .select({ after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, "edit"), gt(auditEvents.id, auditFrom)));
    expect(moves.filter((m) => JSON.stringify(m.after).includes('"scaleEnd":null'))).toHaveLength(
      3,
    );
  });

  it("keeps both ends: an end holder cannot drop its mark, only hand it to another verdict", async () => {
    const dropped = await refusal(edited("True", { scaleEnd: "none" }));
    expect(dropped.field).toBe("scaleEnd");
    expect(dropped.message).toBe(
      "“True” marks the best end of the scale. To move the mark, choose the best end on another verdict.",
    );
    await refusal(edited("False", { scaleEnd: "best" }));
    expect(await ends()).toEqual([
      ["True", "best"],
      ["False", "worst"],
    ]);
  });

  it("keeps the best end rated above the worst", async () => {
    const low = await refusal(edited("True", { rating: "1" }));
    expect(low.field).toBe("rating");
    expect(low.message).toBe("Rate the best end above the worst end (“False”, rated 1).");
    const high = await refusal(added({ label: "Wrong", rating: "6", scaleEnd: "worst" }));
    expect(high.message).toBe("Rate the worst end below the best end (“True”, rated 6).");
    expect((await scale()).map((v) => v.label)).not.toContain("Wrong");
    // Taking the best end from True, a new verdict is compared with the worst end only.
    await added({ label: "Entirely true", rating: "2", scaleEnd: "best" });
    expect(await ends()).toEqual([
      ["False", "worst"],
      ["Entirely true", "best"],
    ]);
  });

  it("refuses an edit made from a page opened before someone else's change, and changes nothing", async () => {
    const opened = (await verdict("Half true")).updatedAt.toISOString();
    const { version } = await edited("Half true", { definition: "Their first definition." });
    // The version an edit answers with lets its author go on without reloading.
    await edited("Half true", { definition: "Their definition." }, version);
    const stale = await refusal(edited("Half true", { definition: "Mine." }, opened));
    expect(stale.code).toBe("conflict");
    expect(stale.message).toContain(
      "Another admin changed “Half true” since you opened this page.",
    );
    expect((await verdict("Half true")).definition).toBe("Their definition.");
    await refusal(edited("Half true", { definition: "Mine." }, version));

    // Losing an end's mark is a change too: a form that still says "best end" is out of date.
    const trueOpened = (await verdict("True")).updatedAt.toISOString();
    await edited("Mostly true", { scaleEnd: "best" });
    await refusal(edited("True", { scaleEnd: "best" }, trueOpened));
    expect(await ends()).toEqual([
      ["Mostly true", "best"],
      ["False", "worst"],
    ]);
  });

  it("moves a verdict up and down among the active ones, auditing both that moved", async () => {
    const id = (await verdict("Half true")).id;
    const opened = (await verdict("Mostly true")).updatedAt.toISOString();
    await moveVerdict(t.db, admin, { id, direction: "up" });
    expect((await listVerdicts(t.db)).map((v) => v.label).slice(0, 3)).toEqual([
      "True",
      "Half true",
      "Mostly true",
    ]);
    expect((await auditOf("Mostly true")).map((e) => [e.action, e.before, e.after])).toEqual([
      ["move", { position: 2 }, { position: 3 }],
    ]);
    // Retired verdicts are skipped: "Unproven" is retired, so "False" is already last.
    await retireVerdict(t.db, admin, { id: (await verdict("Unproven")).id });
    const falseId = (await verdict("False")).id;
    await moveVerdict(t.db, admin, { id: falseId, direction: "down" });
    await moveVerdict(t.db, admin, { id: (await verdict("True")).id, direction: "up" });
    expect((await listVerdicts(t.db)).map((v) => v.label)).toEqual([
      "True",
      "Half true",
      "Mostly true",
      "Misleading",
      "Mostly false",
      "False",
    ]);
    // A move is no edit: forms opened before it still save.
    await edited("Mostly true", { definition: "Still current." }, opened);
    expect((await verdict("Mostly true")).definition).toBe("Still current.");
  });

  it("retires a verdict, which then is not offered, and restores it at the end of the scale", async () => {
    const { id } = await verdict("Misleading");
    await annotate("Misleading");
    await retireVerdict(t.db, admin, { id });
    expect((await listVerdicts(t.db)).map((v) => v.label)).not.toContain("Misleading");
    expect(await verdict("Misleading")).toMatchObject({ annotationCount: 1 });
    expect((await verdict("Misleading")).retiredAt).toBeInstanceOf(Date);
    await refusal(edited("Misleading", { definition: "Edited while retired." }));

    await restoreVerdict(t.db, admin, { id });
    expect((await listVerdicts(t.db)).at(-1)!.label).toBe("Misleading");
    expect((await auditOf("Misleading")).map((e) => e.action)).toEqual(["retire", "restore"]);
  });

  it("refuses to retire or delete an end of the scale until another verdict takes it", async () => {
    const retired = await refusal(retireVerdict(t.db, admin, { id: (await verdict("True")).id }));
    expect(retired.message).toBe(
      "“True” marks the best end of the scale. Mark another verdict as the best end first, then retire this one.",
    );
    const falseRow = await verdict("False");
    const deleted = await refusal(
      deleteVerdict(t.db, admin, { id: falseRow.id, version: falseRow.updatedAt.toISOString() }),
    );
    expect(deleted.message).toContain("marks the worst end of the scale");

    await edited("Mostly true", { scaleEnd: "best" });
    await retireVerdict(t.db, admin, { id: (await verdict("True")).id });
    expect((await listVerdicts(t.db))[0]!.label).toBe("Mostly true");
  });

  it("deletes a verdict no annotation uses; one in use is refused with its count and kept", async () => {
    await annotate("Half true", 3);
    const half = await verdict("Half true");
    const inUse = await refusal(
      deleteVerdict(t.db, admin, { id: half.id, version: half.updatedAt.toISOString() }),
    );
    expect(inUse.code).toBe("conflict");
    expect(inUse.message).toBe(
      "“Half true” cannot be deleted: 3 annotations use it. Retire it instead: those annotations keep it, and it is no longer offered.",
    );
    expect((await scale()).map((v) => v.label)).toContain("Half true");

    const misleading = await verdict("Misleading");
    const opened = misleading.updatedAt.toISOString();
    await edited("Misleading", { definition: "Changed meanwhile." });
    await refusal(deleteVerdict(t.db, admin, { id: misleading.id, version: opened }));

    const current = await verdict("Misleading");
    await deleteVerdict(t.db, admin, {
      id: current.id,
      version: current.updatedAt.toISOString(),
    });
    expect((await scale()).map((v) => v.label)).not.toContain("Misleading");
    const [deletion] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, current.id), eq(auditEvents.action, "delete")));
    expect(deletion).toMatchObject({
      entity: "verdict",
      actorId: admin.id,
      before: { slug: "misleading", label: "Misleading", definition: "Changed meanwhile." },
      after: null,
    });
  });
});
