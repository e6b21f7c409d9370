import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getRevision } from "@/db/queries/articles";
import { listVerdicts } from "@/db/queries/verdicts";
import { annotations, users, verdicts } from "@/db/schema";
import { updateAnnotationDetails } from "@/lib/annotations/details";
import { addSourceSchema } from "@/lib/sources/schemas";
import { addSourceToAnnotation } from "@/lib/sources/manage";
import { annotatedDoc } from "@/test/documents";
import { createTestDb, insertUser, type TestDb, refusal } from "@/test/db";
import { updateCheckedArticle } from "./checked-article";
import { checkedArticleSchema, NO_CHECKED_ARTICLE } from "./checked-article-schema";
import { createDraftArticle, saveArticleDocument } from "./save";
import { checkArticle, transitionArticle } from "./workflow";

let t: TestDb;
let editor: { id: string; role: "editor" };
let nameless: { id: string };
let scale: Record<string, string>;
beforeAll(async () => {
  t = await createTestDb();
  editor = { id: await insertUser(t.db, "editor"), role: "editor" };
  const [row] = await t.db
    .insert(users)
    .values({ email: "nameless@example.test", role: "reviewer", name: "  " })
    .returning({ id: users.id });
  nameless = { id: row!.id };
  scale = Object.fromEntries((await listVerdicts(t.db)).map((v) => [v.slug, v.id]));
});
afterAll(() => t.close());

const rated = { id: randomUUID(), kind: "official_claim" as const };
const unrated = { id: randomUUID(), kind: "allegation" as const };
const wasClaim = { id: randomUUID(), kind: "official_claim" as const };
const retiredOne = { id: randomUUID(), kind: "allegation" as const };
const CONCLUSION = "Hospital records show 12 admissions, not 40.";

const doc = (factKind: "official_claim" | "verified_fact") =>
  annotatedDoc([
    { text: "40 people were taken to hospital", ...rated },
    ", the ministry said. ",
    { text: "The mayor took bribes", ...unrated },
    ". ",
    { text: "The bridge closed on 3 May", id: wasClaim.id, kind: factKind },
    ". ",
    { text: "The fund was emptied", ...retiredOne },
    ".",
  ]);

async function details(actor: { id: string }, id: string, version: number, values: object) {
  await updateAnnotationDetails(t.db, actor, {
    id,
    version,
    speakerId: null,
    unattributed: true,
    cue: "",
    note: "",
    ...values,
  });
}

async function link(annotationId: string, relation = "contradicts") {
  await addSourceToAnnotation(
    t.db,
    editor,
    addSourceSchema.parse({
      annotationId,
      url: `https://records.example/${annotationId}`,
      title: "Records",
      relation,
    }),
  );
}

describe("publishing rated claims", () => {
  it("is refused until each verdict has a conclusion and a source, then freezes verdicts, times, authors and provenance", async () => {
    const { id: articleId } = await createDraftArticle(t.db, editor);
    let version = (
      await saveArticleDocument(t.db, editor, {
        articleId,
        baseVersion: 1,
        title: "Hospital figures",
        doc: doc("official_claim"),
      })
    ).version;
    // The reviewer who made this one has no display name: published as none, never an e-mail.
    await t.db
      .update(annotations)
      .set({ createdBy: nameless.id })
      .where(eq(annotations.id, unrated.id));

    const [outdated] = await t.db
      .insert(verdicts)
      .values({ slug: "dubious", label: "Dubious", definition: "Old wording.", position: 80 })
      .returning({ id: verdicts.id });
    await details(editor, rated.id, 1, { verdictId: scale.false });
    await details(editor, unrated.id, 1, { conclusion: "Not rated yet." });
    await details(editor, wasClaim.id, 1, { verdictId: scale.true });
    await details(editor, retiredOne.id, 1, { verdictId: outdated!.id, conclusion: CONCLUSION });
    await t.db.update(verdicts).set({ retiredAt: new Date() }).where(eq(verdicts.id, outdated!.id));

    const messages = async () => (await checkArticle(t.db, articleId)).map((p) => p.message);
    expect(await messages()).toEqual([
      "Add a conclusion to the verdict on “40 people were taken to hospital”.",
      "Link at least one source to the verdict on “40 people were taken to hospital”.",
      "Add a conclusion to the verdict on “The bridge closed on 3 May”.",
      "Link at least one source to the verdict on “The bridge closed on 3 May”.",
      "Link at least one source to the verdict on “The fund was emptied”.",
    ]);
    const blocked = await refusal(
      transitionArticle(t.db, editor, { articleId, transition: "publish" }),
    );
    expect(blocked.message).toBe(
      "The publish check found 5 problems. Fix them, then publish again.",
    );

    await details(editor, rated.id, 2, { verdictId: scale.false, conclusion: CONCLUSION });
    await link(rated.id);
    await link(retiredOne.id);
    // A fact is not rated: the verdict it kept from its time as a claim asks for nothing.
    version = (
      await saveArticleDocument(t.db, editor, {
        articleId,
        baseVersion: version,
        title: "Hospital figures",
        doc: doc("verified_fact"),
      })
    ).version;
    await link(wasClaim.id, "supports");
    expect(await messages()).toEqual([]);

    const checked = { outlet: "Daily Planet", author: "Lois Lane", url: "", date: "2026-05-03" };
    await updateCheckedArticle(
      t.db,
      editor,
      checkedArticleSchema.parse({ articleId, base: NO_CHECKED_ARTICLE, ...checked }),
    );
    const published = await transitionArticle(t.db, editor, {
      articleId,
      transition: "publish",
      baseVersion: version,
    });
    const revision = await getRevision(t.db, published.revision!.id);

    const byId = new Map(revision!.annotations.map((a) => [a.id, a]));
    const frozen = (id: string) => {
      const { verdictId, conclusion, creatorName } = byId.get(id)!;
      return { verdictId, conclusion, creatorName };
    };
    expect(frozen(rated.id)).toEqual({
      verdictId: scale.false,
      conclusion: CONCLUSION,
      creatorName: "editor",
    });
    expect(frozen(unrated.id)).toEqual({ verdictId: null, conclusion: "", creatorName: null });
    expect(frozen(wasClaim.id)).toEqual({ verdictId: null, conclusion: "", creatorName: "editor" });
    expect(frozen(retiredOne.id)).toMatchObject({
      verdictId: outdated!.id,
      conclusion: CONCLUSION,
    });

    const rows = await t.db.select().from(annotations).where(eq(annotations.articleId, articleId));
    for (const row of rows) {
      expect(byId.get(row.id)).toMatchObject({
        createdAt: row.createdAt.toISOString(),
        modifiedAt: row.updatedAt.toISOString(),
      });
    }

    // Only the verdicts it uses, retired ones included; the ends are the current scale's.
    expect(revision!.verdictScale).toEqual({
      bestRating: 6,
      worstRating: 1,
      verdicts: [
        {
          id: scale.false,
          slug: "false",
          label: "False",
          definition: "The claim is not accurate.",
          rating: 1,
        },
        {
          id: outdated!.id,
          slug: "dubious",
          label: "Dubious",
          definition: "Old wording.",
          rating: null,
        },
      ],
    });
    expect(revision!.checkedArticle).toEqual({
      outlet: "Daily Planet",
      author: "Lois Lane",
      url: null,
      date: "2026-05-03",
    });
  });

  it("publishes no checked article when none was given", async () => {
    const { id: articleId } = await createDraftArticle(t.db, editor);
    await saveArticleDocument(t.db, editor, {
      articleId,
      baseVersion: 1,
      title: "Plain story",
      doc: annotatedDoc(["Nothing annotated."]),
    });
    const published = await transitionArticle(t.db, editor, { articleId, transition: "publish" });
    const revision = await getRevision(t.db, published.revision!.id);
    expect(revision).toMatchObject({
      checkedArticle: null,
      verdictScale: { bestRating: 6, worstRating: 1, verdicts: [] },
    });
  });
});
