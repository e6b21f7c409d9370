import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listVerdicts } from "@/db/queries/verdicts";
import { annotations, verdicts } from "@/db/schema";
import { listAnnotationHistory } from "@/lib/history";
import { createDraftArticle } from "@/lib/articles/save";
import { annotationRows, BLANK_DETAILS as blank } from "@/test/annotation-rows";
import { createTestDb, insertUser, type TestDb, refusal } from "@/test/db";
import { annotationDetailsSchema, updateAnnotationDetails } from "./details";

let t: TestDb;
let editor: { id: string };
let articleId: string;
let rows: ReturnType<typeof annotationRows>;
/** Verdict ids of the default scale the database starts with, by slug. */
let scale: Record<string, string>;
beforeAll(async () => {
  t = await createTestDb();
  editor = { id: await insertUser(t.db, "editor") };
  articleId = (await createDraftArticle(t.db, editor)).id;
  rows = annotationRows(t.db, { id: articleId, createdBy: editor.id });
  scale = Object.fromEntries((await listVerdicts(t.db)).map((v) => [v.slug, v.id]));
});
afterAll(() => t.close());

const newAnnotation = (kind: "official_claim" | "verified_fact" = "official_claim") =>
  rows.add({ kind });
const rowOf = (id: string) => rows.row(id);
const auditOf = (id: string) => rows.audit(id);

describe("updateAnnotationDetails: verdict and conclusion", () => {
  const conclusion = "Hospital records show 12 admissions, not 40.";

  it("sets a verdict with its conclusion, clears it, and audits both ways", async () => {
    const id = await newAnnotation();
    await updateAnnotationDetails(t.db, editor, {
      id,
      version: 1,
      ...blank,
      verdictId: scale.false!,
      conclusion,
    });
    expect(await rowOf(id)).toMatchObject({ verdictId: scale.false, conclusion, version: 2 });
    await updateAnnotationDetails(t.db, editor, { id, version: 2, ...blank, verdictId: null });
    expect(await rowOf(id)).toMatchObject({ verdictId: null, conclusion, version: 3 });
    expect(await auditOf(id)).toEqual([
      [
        "edit_details",
        { verdictId: null, conclusion: "" },
        { verdictId: scale.false, conclusion },
        articleId,
      ],
      ["edit_details", { verdictId: scale.false }, { verdictId: null }, articleId],
    ]);
    // The history reads the verdict by its label.
    expect((await listAnnotationHistory(t.db, id)).map((event) => event.changes)).toEqual([
      ["Verdict: False → no verdict"],
      ["Verdict: no verdict → False", `Conclusion: — → ${conclusion}`],
    ]);
  });

  it("leaves verdict and conclusion as they are when a caller does not give them", async () => {
    const id = await newAnnotation();
    const rated = { verdictId: scale.misleading!, conclusion };
    await updateAnnotationDetails(t.db, editor, { id, version: 1, ...blank, ...rated });
    await updateAnnotationDetails(t.db, editor, {
      id,
      version: 2,
      speakerId: null,
      cue: "said",
      note: "",
    });
    expect(await rowOf(id)).toMatchObject({ ...rated, cue: "said", version: 3 });
  });

  it("refuses an unknown or retired verdict, but keeps a retired one already set", async () => {
    const [outdated] = await t.db
      .insert(verdicts)
      .values({ slug: "outdated", label: "Outdated", position: 90 })
      .returning({ id: verdicts.id });
    const id = await newAnnotation();
    await updateAnnotationDetails(t.db, editor, {
      id,
      version: 1,
      ...blank,
      verdictId: outdated!.id,
    });
    await t.db.update(verdicts).set({ retiredAt: new Date() }).where(eq(verdicts.id, outdated!.id));

    // Its other details still save with the retired verdict it has (the id in any case).
    expect(
      await updateAnnotationDetails(t.db, editor, {
        id,
        version: 2,
        ...blank,
        note: "Rated before the scale changed.",
        verdictId: outdated!.id.toUpperCase(),
      }),
    ).toEqual({ version: 3 });

    const other = await newAnnotation();
    for (const verdictId of [outdated!.id, randomUUID()]) {
      const refused = await refusal(
        updateAnnotationDetails(t.db, editor, { id: other, version: 1, ...blank, verdictId }),
      );
      expect([refused.code, refused.message]).toEqual([
        "invalid_input",
        "That verdict is no longer on the scale. Choose another.",
      ]);
    }
    expect(await rowOf(other)).toMatchObject({ verdictId: null, version: 1 });
    expect(await auditOf(other)).toEqual([]);
  });

  it("refuses a new verdict on a verified fact but keeps one left from its time as a claim", async () => {
    const fact = await newAnnotation("verified_fact");
    const refused = await refusal(
      updateAnnotationDetails(t.db, editor, {
        id: fact,
        version: 1,
        ...blank,
        verdictId: scale.true!,
      }),
    );
    expect([refused.code, refused.message]).toEqual([
      "invalid_input",
      "A verified fact takes no verdict. Make it an official claim or allegation to rate it.",
    ]);
    expect(await rowOf(fact)).toMatchObject({ verdictId: null, version: 1 });

    const claim = await newAnnotation();
    await updateAnnotationDetails(t.db, editor, {
      id: claim,
      version: 1,
      ...blank,
      verdictId: scale.true!,
    });
    // Its kind changes in the text (the document save syncs it); the verdict stays on the row.
    await t.db.update(annotations).set({ kind: "verified_fact" }).where(eq(annotations.id, claim));
    await updateAnnotationDetails(t.db, editor, {
      id: claim,
      version: 2,
      ...blank,
      note: "Confirmed by the register.",
      verdictId: scale.true!,
    });
    expect(await rowOf(claim)).toMatchObject({ verdictId: scale.true, version: 3 });
  });

  it("gives the other person's verdict and conclusion in a conflict", async () => {
    const id = await newAnnotation();
    await updateAnnotationDetails(t.db, editor, {
      id,
      version: 1,
      ...blank,
      verdictId: scale["half-true"]!,
      conclusion,
    });
    const stale = await refusal(
      updateAnnotationDetails(t.db, editor, { id, version: 1, ...blank, verdictId: null }),
    );
    expect(stale.code).toBe("conflict");
    expect(stale.details).toMatchObject({
      version: 2,
      verdictId: scale["half-true"],
      conclusion,
    });
    expect(await rowOf(id)).toMatchObject({ verdictId: scale["half-true"], version: 2 });
  });

  it("refuses a conclusion over 600 characters and an id that is no verdict's, saying what to fix", () => {
    const parsed = annotationDetailsSchema.safeParse({
      id: randomUUID(),
      version: 1,
      ...blank,
      verdictId: "false",
      conclusion: "x".repeat(601),
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [["verdictId"], "Choose a verdict from the list."],
      [["conclusion"], "Shorten the conclusion to at most 600 characters: one or two sentences."],
    ]);
    const fits = annotationDetailsSchema.safeParse({
      id: randomUUID(),
      version: 1,
      ...blank,
      conclusion: `${"x".repeat(600)}  `,
    });
    expect(fits.success).toBe(true);
  });
});
