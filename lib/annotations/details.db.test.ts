import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { annotationSources, sources } from "@/db/schema";
import { annotationRows, BLANK_DETAILS as blank } from "@/test/annotation-rows";
import { createTestDb, insertUser, type TestDb, refusal } from "@/test/db";
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
let rows: ReturnType<typeof annotationRows>;
beforeAll(async () => {
  t = await createTestDb();
  editor = { id: await insertUser(t.db, "editor") };
  articleId = (await createDraftArticle(t.db, editor)).id;
  rows = annotationRows(t.db, { id: articleId, createdBy: editor.id });
});
afterAll(() => t.close());

const newAnnotation = (detached = false) => rows.add({ detached });
const rowOf = (id: string) => rows.row(id);
const auditOf = (id: string) => rows.audit(id);

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
