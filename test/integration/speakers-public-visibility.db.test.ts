import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { speakers } from "@/db/schema";
import { updateAnnotationDetails } from "@/lib/annotations/details";
import { saveArticleDocument } from "@/lib/articles/save";
import { transitionArticle } from "@/lib/articles/workflow";
import { annotatedDoc } from "@/test/documents";
import { getPublicSpeaker, listPublicSpeakers } from "@/db/queries/speakers-public";
import { newsroomForThisFile, said } from "@/test/speaker-quotes";

const newsroom = newsroomForThisFile();

describe("getPublicSpeaker and listPublicSpeakers: what is public", () => {
  it("show only published revisions: no draft edits, drafts or unpublished articles", async () => {
    const pell = await newsroom.speaker("Tomas Pell");
    const quiet = await newsroom.speaker("Quiet Person");
    const kept = said(pell.id, "The contract was rigged", "claimed");
    const article = await newsroom.published("Council row", [[kept, ", he claimed."]]);

    // Edited after publishing: a new annotation and a changed cue stay in the draft.
    const added = said(pell.id, "He claimed more", "added");
    await saveArticleDocument(newsroom.db, newsroom.editor, {
      articleId: article.id,
      baseVersion: article.version,
      title: "Council row, updated",
      doc: annotatedDoc([kept, ", he claimed. "], [added]),
    });
    await updateAnnotationDetails(newsroom.db, newsroom.editor, {
      id: added.id,
      version: 1,
      speakerId: pell.id,
      cue: "added",
      note: "",
    });
    await updateAnnotationDetails(newsroom.db, newsroom.editor, {
      id: kept.id,
      version: 2,
      speakerId: pell.id,
      cue: "insisted",
      note: "",
    });
    // Never published; published then unpublished; published then archived.
    await newsroom.draft("Only a draft", [[said(pell.id, "Draft words")]]);
    const unpublished = await newsroom.published("Pulled", [
      [said(pell.id, "Pulled words"), said(quiet.id, "Quiet words")],
    ]);
    await transitionArticle(newsroom.db, newsroom.editor, {
      articleId: unpublished.id,
      transition: "unpublish",
    });
    const archived = await newsroom.published("Gone", [[said(pell.id, "Gone words")]]);
    await transitionArticle(newsroom.db, newsroom.editor, {
      articleId: archived.id,
      transition: "archive",
    });

    const page = await getPublicSpeaker(newsroom.db, pell.slug);
    expect(page?.total).toBe(1);
    expect(page?.annotations).toEqual([
      expect.objectContaining({
        annotationId: kept.id,
        quote: "The contract was rigged",
        cue: "claimed",
        articleTitle: "Council row",
      }),
    ]);
    const { speakers: listed } = await listPublicSpeakers(newsroom.db, { query: "pell" });
    expect(listed).toEqual([
      expect.objectContaining({
        slug: pell.slug,
        counts: { official_claim: 1, allegation: 0, verified_fact: 0 },
      }),
    ]);

    // A speaker with nothing published has no public page and is not in the list.
    expect(await getPublicSpeaker(newsroom.db, quiet.slug)).toBeNull();
    expect((await listPublicSpeakers(newsroom.db, { query: "quiet" })).speakers).toEqual([]);
    expect(await getPublicSpeaker(newsroom.db, "no-such-speaker")).toBeNull();
  });

  it("show a speaker as last published: an edit stays private until a publish", async () => {
    const chief = await newsroom.speaker("Rhea Calloway");
    const first = await newsroom.published("Fire report", [[said(chief.id, "The fire is out")]]);
    const second = await newsroom.published("Fire inquiry", [
      [said(chief.id, "We followed procedure")],
    ]);
    const asPublished = {
      slug: chief.slug,
      name: "Rhea Calloway",
      type: "person",
      description: "About Rhea Calloway",
    };
    const shown = async () => (await getPublicSpeaker(newsroom.db, chief.slug))?.speaker;
    const listed = async (query: string) =>
      (await listPublicSpeakers(newsroom.db, { query })).speakers.map(({ counts: _, ...s }) => s);

    // Renamed, retyped and redescribed in the studio, not yet published anywhere.
    const edited = { name: "Chief Officer Calloway", type: "organization" as const };
    await newsroom.db
      .update(speakers)
      .set({ ...edited, description: "Fire service", aliases: ["Fire chief"] })
      .where(eq(speakers.id, chief.id));
    expect(await shown()).toEqual(asPublished);
    expect(await listed("calloway")).toEqual([asPublished]);
    expect(await listed("chief officer")).toEqual([]);
    expect(await listed("fire chief")).toEqual([]);

    // Publishing one of the articles again freezes the speaker as they are now.
    await transitionArticle(newsroom.db, newsroom.editor, {
      articleId: first.id,
      transition: "publish",
    });
    const now = { ...asPublished, ...edited, description: "Fire service" };
    expect(await shown()).toEqual(now);
    expect(await listed("chief officer")).toEqual([now]);
    expect(await listed("fire chief")).toEqual([now]);
    expect((await getPublicSpeaker(newsroom.db, chief.slug))?.total).toBe(2);

    // Unpublishing that article leaves the other's (older) revision to speak for them.
    await transitionArticle(newsroom.db, newsroom.editor, {
      articleId: first.id,
      transition: "unpublish",
    });
    expect(await shown()).toEqual(asPublished);
    await transitionArticle(newsroom.db, newsroom.editor, {
      articleId: second.id,
      transition: "archive",
    });
    expect(await getPublicSpeaker(newsroom.db, chief.slug)).toBeNull();
    expect(await listed("calloway")).toEqual([]);
  });
});
