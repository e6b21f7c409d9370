import { readFileSync } from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishedAnnotations, speakerMerges } from "@/db/schema-desk";
import { annotations, speakers } from "@/db/schema";
import { migrationsFolder } from "@/db/migrate";
import type { ActorWithRole } from "@/lib/actor";
import { publishRevision } from "@/lib/articles/publish";
import { transitionArticle } from "@/lib/articles/workflow";
import { createTestDb, insertUser, type TestDb } from "@/test/db";
import { type BuiltArticle, searchNewsroom } from "@/test/search-newsroom";
import { listPublicSearchChoices, searchPublishedAnnotations } from "./search-public";
import type { PublicSearchFilters } from "./search-public";

let t: TestDb;
let editor: ActorWithRole;
let newsroom: ReturnType<typeof searchNewsroom>;
let bridge: BuiltArticle;
let ferry: BuiltArticle;
const speakerIds: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestDb();
  editor = { id: await insertUser(t.db, "editor"), role: "editor" };
  newsroom = searchNewsroom(t.db, editor);
  speakerIds.ministry = await newsroom.speaker("Health Ministry");
  speakerIds.mayor = await newsroom.speaker("Mayor Ada Quill");
  bridge = await newsroom.article("Bridge closes", [
    {
      key: "closed",
      kind: "official_claim",
      text: "The bridge closed on 3 May.",
      speaker: "Health Ministry",
      verdict: true,
    },
    {
      key: "cost",
      kind: "verified_fact",
      text: "Repairs cost two million.",
      source: "Municipal budget ledger",
      note: "From the council.",
    },
  ]);
  ferry = await newsroom.article("Ferry runs", [
    {
      key: "ferry",
      kind: "official_claim",
      text: "The ferry replaced the bridge.",
      speaker: "Mayor Ada Quill",
    },
  ]);
});
afterAll(() => t.close());

async function found(text: string, filters: PublicSearchFilters = {}) {
  const { hits } = await searchPublishedAnnotations(t.db, { text, filters, page: 1, perPage: 20 });
  return hits.map((hit) => hit.annotationId);
}

async function rowsOf(articleId: string) {
  const rows = await t.db
    .select()
    .from(publishedAnnotations)
    .where(eq(publishedAnnotations.articleId, articleId))
    .orderBy(publishedAnnotations.position);
  return rows.map(({ search: _, ...row }) => row);
}

describe("published_annotations", () => {
  it("holds the current revision's annotations as it froze them, written on publish", async () => {
    expect(await rowsOf(bridge.id)).toEqual([]);
    const { revisionId } = await publishRevision(t.db, { articleId: bridge.id, userId: editor.id });
    const rows = await rowsOf(bridge.id);
    expect(rows).toEqual([
      expect.objectContaining({
        revisionId,
        annotationId: bridge.ids.closed,
        position: 1,
        kind: "official_claim",
        speakerId: speakerIds.ministry,
        speakerName: "Health Ministry",
        quote: "The bridge closed on 3 May.",
        prefix: "",
        suffix: " Repairs cost two million. ",
        conclusion: "The record shows otherwise.",
        verdictSlug: expect.any(String),
      }),
      expect.objectContaining({
        annotationId: bridge.ids.cost,
        position: 2,
        speakerId: null,
        speakerName: "",
        note: "From the council.",
        sourceTitles: "Municipal budget ledger",
        verdictSlug: null,
      }),
    ]);

    // Edits after publishing stay out until the next publish, which replaces the rows.
    await t.db
      .update(speakers)
      .set({ name: "Ministry of Health" })
      .where(eq(speakers.id, speakerIds.ministry!));
    expect((await rowsOf(bridge.id))[0]!.speakerName).toBe("Health Ministry");
    const again = await publishRevision(t.db, { articleId: bridge.id, userId: editor.id });
    const republished = await rowsOf(bridge.id);
    expect(republished.map((row) => [row.revisionId, row.speakerName])).toEqual([
      [again.revisionId, "Ministry of Health"],
      [again.revisionId, ""],
    ]);
  });

  it("is emptied when the article is unpublished or archived", async () => {
    await publishRevision(t.db, { articleId: ferry.id, userId: editor.id });
    expect(await rowsOf(ferry.id)).toHaveLength(1);
    await transitionArticle(t.db, editor, { articleId: ferry.id, transition: "unpublish" });
    expect(await rowsOf(ferry.id)).toEqual([]);
    await publishRevision(t.db, { articleId: ferry.id, userId: editor.id });
    await transitionArticle(t.db, editor, { articleId: ferry.id, transition: "archive" });
    expect(await rowsOf(ferry.id)).toEqual([]);
    await transitionArticle(t.db, editor, { articleId: ferry.id, transition: "restore" });
    await publishRevision(t.db, { articleId: ferry.id, userId: editor.id });
    expect(await rowsOf(ferry.id)).toHaveLength(1);
  });

  it("is what the 0008 backfill writes for databases published before it existed", async () => {
    const before = await t.db.select().from(publishedAnnotations);
    expect(before.length).toBeGreaterThan(0);
    await t.db.delete(publishedAnnotations);
    const backfill = readFileSync(
      path.join(migrationsFolder, "0008_published_annotations_backfill.sql"),
      "utf8",
    );
    await t.db.execute(sql.raw(backfill));
    const after = await t.db.select().from(publishedAnnotations);
    const key = (row: { annotationId: string }) => row.annotationId;
    expect(after.sort((a, b) => key(a).localeCompare(key(b)))).toEqual(
      before.sort((a, b) => key(a).localeCompare(key(b))),
    );
  });
});

describe("public search", () => {
  it("finds only the published words, never a draft or an unpublished change", async () => {
    const draft = await newsroom.article("Tunnel plans", [
      {
        key: "tunnel",
        kind: "official_claim",
        text: "A tunnel will replace the bridge.",
        speaker: "Health Ministry",
      },
    ]);
    expect(await found("tunnel")).toEqual([]);
    expect(await found("bridge")).not.toContain(draft.ids.tunnel);

    // The published bridge article's draft now says something else: readers still get the old words.
    await newsroom.retype(bridge, "closed", "official_claim", "The viaduct shut in secret.");
    expect(await found("viaduct")).toEqual([]);
    expect(await found("secret")).toEqual([]);
    expect(await found('"bridge closed"')).toEqual([bridge.ids.closed]);

    await transitionArticle(t.db, editor, { articleId: bridge.id, transition: "archive" });
    expect(await found("bridge")).toEqual([ferry.ids.ferry]);
    expect(await found("ledger")).toEqual([]);
    await transitionArticle(t.db, editor, { articleId: bridge.id, transition: "restore" });
    expect(await found("bridge")).toEqual([ferry.ids.ferry]);
  });

  it("filters by kind, verdict and article, and by speaker following merges", async () => {
    await publishRevision(t.db, { articleId: bridge.id, userId: editor.id });
    const [hit] = (
      await searchPublishedAnnotations(t.db, { text: "viaduct", filters: {}, page: 1, perPage: 20 })
    ).hits;
    expect(hit).toMatchObject({
      articleSlug: "bridge-closes",
      articleTitle: "Bridge closes",
      speakerName: "Ministry of Health",
    });
    expect(hit!.quote).toBe("The \ue000viaduct\ue001 shut in secret.");
    expect(await found("viaduct", { kind: "allegation" })).toEqual([]);
    expect(await found("viaduct", { articleSlug: "ferry-runs" })).toEqual([]);
    expect(await found("viaduct", { articleSlug: "bridge-closes" })).toEqual([bridge.ids.closed]);
    const choices = await listPublicSearchChoices(t.db);
    const verdict = choices.verdicts[0]!;
    expect(await found("viaduct", { verdictSlug: verdict.slug })).toEqual([bridge.ids.closed]);
    expect(await found("ferry", { verdictSlug: verdict.slug })).toEqual([]);

    // The mayor is merged into the ministry the way the speaker desk does it.
    await t.db
      .update(annotations)
      .set({ speakerId: speakerIds.ministry })
      .where(eq(annotations.speakerId, speakerIds.mayor!));
    await t.db.insert(speakerMerges).values({
      fromId: speakerIds.mayor!,
      fromSlug: "mayor-ada-quill",
      fromName: "Mayor Ada Quill",
      intoId: speakerIds.ministry!,
      mergedBy: editor.id,
    });
    await t.db.delete(speakers).where(eq(speakers.id, speakerIds.mayor!));
    expect(new Set(await found("bridge OR viaduct", { speakerId: speakerIds.ministry }))).toEqual(
      new Set([ferry.ids.ferry, bridge.ids.closed]),
    );
    expect(await found("ferry", { speakerId: speakerIds.mayor })).toEqual([ferry.ids.ferry]);
    expect((await listPublicSearchChoices(t.db)).speakers).toEqual([
      { id: speakerIds.ministry, name: "Ministry of Health" },
    ]);
    expect(choices.articles.map((a) => a.slug)).toEqual(["bridge-closes", "ferry-runs"]);
  });

  it("finds a speaker's claims by the aliases the revision froze, not by later ones", async () => {
    await t.db
      .update(speakers)
      .set({ aliases: ["the salubrity office"] })
      .where(eq(speakers.id, speakerIds.ministry!));
    expect(await found("salubrity")).toEqual([]);
    await publishRevision(t.db, { articleId: bridge.id, userId: editor.id });
    expect(await found("salubrity")).toEqual([bridge.ids.closed]);
    expect((await rowsOf(bridge.id))[0]!.speakerAliases).toBe("the salubrity office");
  });
});
