import { and, eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDeskSpeaker, listDeskSpeakers } from "@/db/queries/speaker-desk";
import {
  findMergedSpeakerSlug,
  getPublicSpeaker,
  listPublicSpeakers,
} from "@/db/queries/speakers-public";
import { listPublishedClaims } from "@/db/queries/public-annotations";
import { annotations, articleRevisions, auditEvents, speakers } from "@/db/schema";
import { speakerMerges } from "@/db/schema-desk";
import { refusal } from "@/test/db";
import { newsroomForThisFile, said } from "@/test/speaker-quotes";
import { versionToken } from "@/lib/version-token";
import { deleteSpeaker, editSpeaker, mergeSpeakers } from "./desk";
import { editSpeakerSchema, mergeSpeakersSchema } from "./schemas";

const newsroom = newsroomForThisFile();

async function speakerRow(id: string) {
  const [row] = await newsroom.db.select().from(speakers).where(eq(speakers.id, id));
  return row;
}

function merge(fromId: string, intoId: string) {
  return mergeSpeakers(newsroom.db, newsroom.editor, mergeSpeakersSchema.parse({ fromId, intoId }));
}

describe("editSpeaker", () => {
  it("saves name, type, description and aliases (one per line, deduplicated), audited", async () => {
    const speaker = await newsroom.speaker("Ana Ruiz");
    const version = versionToken((await speakerRow(speaker.id))!.updatedAt);
    const input = editSpeakerSchema.parse({
      id: speaker.id,
      version,
      name: "Ana Ruiz Soto",
      type: "person",
      description: "Minister of Finance",
      aliases: "The finance minister\n  Ruiz  \n\nruiz\nAna Ruiz Soto",
    });
    await editSpeaker(newsroom.db, newsroom.editor, input);
    const row = (await speakerRow(speaker.id))!;
    expect(row).toMatchObject({
      slug: speaker.slug,
      name: "Ana Ruiz Soto",
      description: "Minister of Finance",
      aliases: ["The finance minister", "Ruiz"],
    });
    const [event] = await newsroom.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, speaker.id), eq(auditEvents.action, "edit")));
    expect(event).toMatchObject({
      entity: "speaker",
      before: { name: "Ana Ruiz", aliases: [] },
      after: { name: "Ana Ruiz Soto", aliases: ["The finance minister", "Ruiz"] },
    });

    // The form opened before that save is refused, and the speaker stays as saved.
    const stale = await refusal(editSpeaker(newsroom.db, newsroom.editor, input));
    expect(stale.code).toBe("conflict");
    expect(stale.message).toMatch(/Someone else changed this speaker/);
  });
});

describe("mergeSpeakers", () => {
  it("moves every annotation, keeps the old names as aliases, records the merge and leaves revisions alone", async () => {
    const from = await newsroom.speaker("Min. Dupont", "person", ["Dupont", "The Minister"]);
    const into = await newsroom.speaker("Claire Dupont", "person", ["the minister"]);
    const published = await newsroom.published("Budget day", [
      ["The budget ", said(from.id, "is balanced"), " and ", said(into.id, "taxes stay")],
    ]);
    const draft = await newsroom.draft("Draft", [[said(from.id, "more later")]]);
    const [revisionBefore] = await newsroom.db
      .select()
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, published.id));

    const listed = await listDeskSpeakers(newsroom.db, { query: "dupont" });
    expect(listed.find((s) => s.id === from.id)).toMatchObject({
      annotationCount: 2,
      publishedCount: 1,
    });

    const result = await merge(from.id, into.id);
    expect(result).toEqual({
      into: { id: into.id, slug: into.slug, name: "Claire Dupont" },
      annotationsMoved: 2,
    });
    expect(await speakerRow(from.id)).toBeUndefined();
    expect((await speakerRow(into.id))!.aliases).toEqual(["the minister", "Min. Dupont", "Dupont"]);
    const moved = await newsroom.db
      .select({ speakerId: annotations.speakerId })
      .from(annotations)
      .where(inArray(annotations.articleId, [published.id, draft.id]));
    expect(moved.map((a) => a.speakerId)).toEqual([into.id, into.id, into.id]);
    expect(await getDeskSpeaker(newsroom.db, into.id)).toMatchObject({
      annotationCount: 3,
      publishedCount: 2,
    });

    const [revisionAfter] = await newsroom.db
      .select()
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, published.id));
    expect(revisionAfter).toEqual(revisionBefore);

    const [event] = await newsroom.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, from.id), eq(auditEvents.action, "merge")));
    expect(event).toMatchObject({
      entity: "speaker",
      actorId: newsroom.editor.id,
      before: { from: { name: "Min. Dupont" }, into: { name: "Claire Dupont" } },
      after: { annotationsMoved: 2, into: { aliases: ["the minister", "Min. Dupont", "Dupont"] } },
    });

    // Readers: the old address leads to the survivor, whose page lists both speakers' claims
    // as the revision froze them, and the speakers list shows the survivor once.
    expect(await findMergedSpeakerSlug(newsroom.db, from.slug)).toBe(into.slug);
    expect(await findMergedSpeakerSlug(newsroom.db, into.slug)).toBeNull();
    const page = await getPublicSpeaker(newsroom.db, into.slug);
    expect(page?.speaker.name).toBe("Claire Dupont");
    expect(page?.annotations.map((a) => a.quote).sort()).toEqual(["is balanced", "taxes stay"]);
    expect(await getPublicSpeaker(newsroom.db, from.slug)).toBeNull();
    const { speakers: listedPublicly } = await listPublicSpeakers(newsroom.db, {
      query: "Min. Dupont",
    });
    expect(listedPublicly.map((s) => [s.slug, s.counts.official_claim])).toEqual([[into.slug, 2]]);
    // The public API's claim filter follows the merge the same way.
    const claims = await listPublishedClaims(newsroom.db, {
      kinds: ["official_claim", "allegation", "verified_fact"],
      speaker: into.slug,
      limit: 10,
    });
    expect(claims).toHaveLength(2);
  });

  it("re-points earlier merges when their survivor is merged in turn, so chains end at a live speaker", async () => {
    const a = await newsroom.speaker("Chain A");
    const b = await newsroom.speaker("Chain B");
    const c = await newsroom.speaker("Chain C");
    await newsroom.published("Chain story", [[said(a.id, "first words")]]);
    await merge(a.id, b.id);
    await merge(b.id, c.id);
    const rows = await newsroom.db
      .select({ fromId: speakerMerges.fromId, intoId: speakerMerges.intoId })
      .from(speakerMerges)
      .where(inArray(speakerMerges.fromId, [a.id, b.id]));
    expect(rows.map((r) => r.intoId)).toEqual([c.id, c.id]);
    expect(await findMergedSpeakerSlug(newsroom.db, a.slug)).toBe(c.slug);
    // C was never published itself: its page exists because A's claim is now under it.
    const page = await getPublicSpeaker(newsroom.db, c.slug);
    expect(page?.annotations.map((x) => x.quote)).toEqual(["first words"]);
    expect((await speakerRow(c.id))!.aliases).toEqual(["Chain B", "Chain A"]);
  });

  it("never gives a merged speaker's old address to a new speaker", async () => {
    const old = await newsroom.speaker("Reused Name");
    const into = await newsroom.speaker("Kept Name");
    await merge(old.id, into.id);
    const again = await newsroom.speaker("Reused Name");
    expect(old.slug).toBe("reused-name");
    expect(again.slug).toBe("reused-name-2");
    expect(await findMergedSpeakerSlug(newsroom.db, "reused-name")).toBe(into.slug);
  });

  it("refuses a merge into itself, and a merge of a speaker that is gone", async () => {
    const a = await newsroom.speaker("Solo");
    expect(mergeSpeakersSchema.safeParse({ fromId: a.id, intoId: a.id }).success).toBe(false);
    const b = await newsroom.speaker("Other");
    await merge(a.id, b.id);
    const gone = await refusal(merge(a.id, b.id));
    expect(gone.code).toBe("not_found");
  });

  it("loses no annotation when two merges of the same speaker run at once", async () => {
    const from = await newsroom.speaker("Raced");
    const one = await newsroom.speaker("Winner One");
    const two = await newsroom.speaker("Winner Two");
    const spans = Array.from({ length: 6 }, (_, i) => said(from.id, `claim ${i}`));
    const draft = await newsroom.draft("Race", [spans.flatMap((s) => [s, " "])]);
    const results = await Promise.allSettled([merge(from.id, one.id), merge(from.id, two.id)]);
    const done = results.filter((r) => r.status === "fulfilled");
    expect(done).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected");
    expect((failed as PromiseRejectedResult).reason).toMatchObject({ code: "not_found" });
    const rows = await newsroom.db
      .select({ speakerId: annotations.speakerId })
      .from(annotations)
      .where(eq(annotations.articleId, draft.id));
    const winner = (done[0] as PromiseFulfilledResult<{ into: { id: string } }>).value.into.id;
    expect(rows).toHaveLength(6);
    expect(rows.every((r) => r.speakerId === winner)).toBe(true);
  });

  it("serves a merge into a speaker and a merge of that speaker at once without losing either", async () => {
    const a = await newsroom.speaker("Crossed A");
    const b = await newsroom.speaker("Crossed B");
    const c = await newsroom.speaker("Crossed C");
    const draft = await newsroom.draft("Crossed", [
      [said(a.id, "from a"), " ", said(b.id, "from b")],
    ]);
    const results = await Promise.allSettled([merge(a.id, b.id), merge(b.id, c.id)]);
    const rows = await newsroom.db
      .select({ speakerId: annotations.speakerId })
      .from(annotations)
      .where(eq(annotations.articleId, draft.id));
    // Whatever order they ran in, every annotation is attributed to a live speaker.
    const live = await newsroom.db
      .select({ id: speakers.id })
      .from(speakers)
      .where(inArray(speakers.id, [a.id, b.id, c.id]));
    const liveIds = new Set(live.map((s) => s.id));
    expect(rows.every((r) => liveIds.has(r.speakerId!))).toBe(true);
    expect(results.some((r) => r.status === "fulfilled")).toBe(true);
  });
});

describe("deleteSpeaker", () => {
  it("refuses a speaker in use with the count, and deletes an unused one, audited", async () => {
    const used = await newsroom.speaker("Used Speaker");
    await newsroom.draft("Uses", [[said(used.id, "one"), " ", said(used.id, "two")]]);
    const refused = await refusal(deleteSpeaker(newsroom.db, newsroom.editor, { id: used.id }));
    expect(refused.message).toBe(
      "Used Speaker is attributed in 2 annotations, so it cannot be deleted. Merge it into another speaker instead.",
    );
    expect(await speakerRow(used.id)).toBeDefined();

    const unused = await newsroom.speaker("Unused Speaker");
    await deleteSpeaker(newsroom.db, newsroom.editor, { id: unused.id });
    expect(await speakerRow(unused.id)).toBeUndefined();
    const [event] = await newsroom.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, unused.id), eq(auditEvents.action, "delete")));
    expect(event).toMatchObject({ entity: "speaker", before: { name: "Unused Speaker" } });
  });
});
