import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listVerdicts } from "@/db/queries/verdicts";
import { annotationSources, annotations, auditEvents, sources, verdicts } from "@/db/schema";
import { createTestDb, insertUser, type TestDb, refusal } from "@/test/db";
import { listAnnotationHistory } from "@/lib/history";
import { createDraftArticle } from "@/lib/articles/save";
import { createSpeaker } from "@/lib/speakers/manage";
import {
  annotationDetailsSchema,
  deleteAnnotationForGood,
  updateAnnotationDetails,
} from "./details";

let t: TestDb;
let editor: { id: string };
let articleId: string;
/** Verdict ids of the default scale, by slug. */
let scale: Record<string, string>;
beforeAll(async () => {
  t = await createTestDb();
  editor = { id: await insertUser(t.db, "editor") };
  articleId = (await createDraftArticle(t.db, editor)).id;
  scale = Object.fromEntries((await listVerdicts(t.db)).map((v) => [v.slug, v.id]));
});
afterAll(() => t.close());

async function newAnnotation(
  detached = false,
  kind: "official_claim" | "verified_fact" = "official_claim",
): Promise<string> {
  const id = randomUUID();
  await t.db.insert(annotations).values({
    id,
    articleId,
    kind,
    quote: "40 people were taken to hospital",
    createdBy: editor.id,
    detachedAt: detached ? new Date() : null,
  });
  return id;
}

async function rowOf(id: string) {
  const [row] = await t.db.select().from(annotations).where(eq(annotations.id, id));
  return row;
}

async function auditOf(id: string) {
  const events = await t.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entity, "annotation"), eq(auditEvents.entityId, id)))
    .orderBy(auditEvents.id);
  return events.map((e) => [e.action, e.before, e.after, e.articleId]);
}

const blank = { speakerId: null, unattributed: false, cue: "", note: "" };

describe("updateAnnotationDetails", () => {
  it("saves speaker, cue and note, bumps the version and audits only what changed", async () => {
    const id = await newAnnotation();
    const ministry = await createSpeaker(t.db, editor, {
      name: "Health Ministry",
      type: "organization",
      description: "",
    });
    expect(
      await updateAnnotationDetails(t.db, editor, {
        id,
        version: 1,
        ...blank,
        speakerId: ministry.id,
        cue: "according to",
      }),
    ).toEqual({ version: 2 });
    expect(
      await updateAnnotationDetails(t.db, editor, {
        id,
        version: 2,
        speakerId: ministry.id,
        unattributed: false,
        cue: "according to",
        note: "Figure from the 9 am briefing.",
      }),
    ).toEqual({ version: 3 });

    expect(await rowOf(id)).toMatchObject({
      speakerId: ministry.id,
      cue: "according to",
      note: "Figure from the 9 am briefing.",
      version: 3,
    });
    expect(await auditOf(id)).toEqual([
      [
        "edit_details",
        { speakerId: null, cue: "" },
        { speakerId: ministry.id, cue: "according to" },
        articleId,
      ],
      ["edit_details", { note: "" }, { note: "Figure from the 9 am briefing." }, articleId],
    ]);
  });

  it("saves “No named source” in place of a speaker, audits it, and gives it in a conflict", async () => {
    const id = await newAnnotation();
    expect(
      await updateAnnotationDetails(t.db, editor, { id, version: 1, ...blank, unattributed: true }),
    ).toEqual({ version: 2 });
    expect(await rowOf(id)).toMatchObject({ speakerId: null, unattributed: true, version: 2 });
    expect(await auditOf(id)).toEqual([
      ["edit_details", { unattributed: false }, { unattributed: true }, articleId],
    ]);
    const stale = await refusal(
      updateAnnotationDetails(t.db, editor, { id, version: 1, ...blank }),
    );
    expect(stale.details).toMatchObject({ version: 2, speakerId: null, unattributed: true });

    // Choosing a speaker ends "No named source".
    const council = await createSpeaker(t.db, editor, {
      name: "Town Council",
      type: "organization",
      description: "",
    });
    await updateAnnotationDetails(t.db, editor, {
      id,
      version: 2,
      ...blank,
      speakerId: council.id,
    });
    expect(await rowOf(id)).toMatchObject({ speakerId: council.id, unattributed: false });
  });

  it("refuses a speaker and “No named source” together, saying to choose one", () => {
    const parsed = annotationDetailsSchema.safeParse({
      id: randomUUID(),
      version: 1,
      speakerId: randomUUID(),
      unattributed: true,
      cue: "",
      note: "",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [["unattributed"], "Choose a speaker or tick “No named source”, not both."],
    ]);
  });

  it("refuses a stale version with the other person's values and changes nothing", async () => {
    const id = await newAnnotation();
    await updateAnnotationDetails(t.db, editor, { id, version: 1, ...blank, note: "Theirs" });
    const error = await refusal(
      updateAnnotationDetails(t.db, editor, { id, version: 1, ...blank, note: "Mine" }),
    );
    expect(error.code).toBe("conflict");
    expect(error.message).toMatch(/^Someone else changed this annotation/);
    expect(error.details).toEqual({
      version: 2,
      speakerId: null,
      speaker: null,
      unattributed: false,
      cue: "",
      note: "Theirs",
      verdictId: null,
      conclusion: "",
    });
    expect(await rowOf(id)).toMatchObject({ note: "Theirs", version: 2 });
  });

  it("keeps the version when nothing changed", async () => {
    const id = await newAnnotation();
    expect(await updateAnnotationDetails(t.db, editor, { id, version: 1, ...blank })).toEqual({
      version: 1,
    });
    expect(await auditOf(id)).toEqual([]);
  });

  it("refuses an unknown annotation or speaker", async () => {
    const missing = await refusal(
      updateAnnotationDetails(t.db, editor, { id: randomUUID(), version: 1, ...blank }),
    );
    expect([missing.code, missing.message]).toEqual([
      "not_found",
      "This annotation no longer exists. Reload the page.",
    ]);

    const id = await newAnnotation();
    const speaker = await refusal(
      updateAnnotationDetails(t.db, editor, { id, version: 1, ...blank, speakerId: randomUUID() }),
    );
    expect([speaker.code, speaker.message]).toEqual([
      "invalid_input",
      "That speaker no longer exists. Choose another.",
    ]);
    expect(await rowOf(id)).toMatchObject({ speakerId: null, version: 1 });
  });
});

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
    const fact = await newAnnotation(false, "verified_fact");
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

describe("deleteAnnotationForGood", () => {
  it("refuses while the annotation is still in the text", async () => {
    const id = await newAnnotation();
    const error = await refusal(deleteAnnotationForGood(t.db, editor, { id }));
    expect([error.code, error.message]).toEqual([
      "conflict",
      "This annotation is still in the text. Remove its highlight first.",
    ]);
    expect(await rowOf(id)).toBeDefined();
  });

  it("deletes a detached annotation with its source links, keeps the source, and audits it", async () => {
    const id = await newAnnotation(true);
    const [source] = await t.db
      .insert(sources)
      .values({ url: "https://example.org/report", title: "Report" })
      .returning();
    await t.db
      .insert(annotationSources)
      .values({ annotationId: id, sourceId: source!.id, relation: "supports" });

    await deleteAnnotationForGood(t.db, editor, { id });
    expect(await rowOf(id)).toBeUndefined();
    expect(
      await t.db.select().from(annotationSources).where(eq(annotationSources.annotationId, id)),
    ).toEqual([]);
    expect(await t.db.select().from(sources).where(eq(sources.id, source!.id))).toHaveLength(1);
    const [[action, before]] = (await auditOf(id)) as [[string, unknown]];
    expect(action).toBe("delete");
    expect(before).toMatchObject({
      kind: "official_claim",
      quote: "40 people were taken to hospital",
    });

    const again = await refusal(deleteAnnotationForGood(t.db, editor, { id }));
    expect(again.code).toBe("not_found");
  });
});
