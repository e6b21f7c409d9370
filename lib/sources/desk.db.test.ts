import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  getDeskSource,
  listDeskSources,
  listSourceAddresses,
  listSourceUses,
} from "@/db/queries/source-desk";
import { annotationSources, articleRevisions, auditEvents, sources } from "@/db/schema";
import { sourceUrlAliases } from "@/db/schema-desk";
import { refusal } from "@/test/db";
import { newsroomForThisFile, said } from "@/test/speaker-quotes";
import { versionToken } from "@/lib/version-token";
import { deleteSource, editSource, mergeSources } from "./desk";
import { editSourceSchema, mergeSourcesSchema } from "./desk-schemas";
import { likelyDuplicates } from "./duplicates";
import { addSourceToAnnotation } from "./manage";
import { addSourceSchema } from "./schemas";

const newsroom = newsroomForThisFile();

function link(annotationId: string, url: string, title: string, relation = "supports") {
  return addSourceToAnnotation(
    newsroom.db,
    newsroom.editor,
    addSourceSchema.parse({ annotationId, url, title, relation }),
  );
}

function merge(fromId: string, intoId: string) {
  return mergeSources(newsroom.db, newsroom.editor, mergeSourcesSchema.parse({ fromId, intoId }));
}

async function linksOf(annotationId: string) {
  const rows = await newsroom.db
    .select({ sourceId: annotationSources.sourceId, relation: annotationSources.relation })
    .from(annotationSources)
    .where(eq(annotationSources.annotationId, annotationId));
  return rows;
}

/** A source saved under an older normalization, which kept http, `www.` and a click id. */
async function legacySource(url: string, title: string): Promise<string> {
  const [row] = await newsroom.db
    .insert(sources)
    .values({ url, title, createdBy: newsroom.editor.id })
    .returning({ id: sources.id });
  return row!.id;
}

describe("editSource", () => {
  it("saves title, publisher, date and archived copy; refuses a stale form and a non-http archive", async () => {
    const speaker = await newsroom.speaker("Source Editor");
    const span = said(speaker.id, "edited");
    await newsroom.draft("Edit", [[span]]);
    const source = await link(span.id, "https://example.org/report", "Report");
    const version = versionToken((await getDeskSource(newsroom.db, source.id))!.updatedAt);
    const fields = {
      id: source.id,
      version,
      title: "Annual report",
      publisher: "Example Org",
      publishedAt: "2026-03-01",
      archivedUrl: "https://archive.example/report",
    };
    await editSource(newsroom.db, newsroom.editor, editSourceSchema.parse(fields));
    expect(await getDeskSource(newsroom.db, source.id)).toMatchObject({
      url: "https://example.org/report",
      title: "Annual report",
      publisher: "Example Org",
      publishedAt: "2026-03-01",
      archivedUrl: "https://archive.example/report",
      linkCount: 1,
    });
    const [event] = await newsroom.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, source.id), eq(auditEvents.action, "edit")));
    expect(event).toMatchObject({ before: { title: "Report" }, after: { title: "Annual report" } });

    const stale = await refusal(
      editSource(newsroom.db, newsroom.editor, editSourceSchema.parse(fields)),
    );
    expect(stale.code).toBe("conflict");
    const bad = editSourceSchema.safeParse({ ...fields, archivedUrl: "javascript:alert(1)" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe(
      "Enter a web address starting with http:// or https://.",
    );
  });
});

describe("mergeSources", () => {
  it("moves links, keeps one link where both backed an annotation, keeps the old address as an alias", async () => {
    const speaker = await newsroom.speaker("Merge Quoted");
    const both = said(speaker.id, "backed by both");
    const onlyOld = said(speaker.id, "backed by the duplicate");
    const published = await newsroom.published("Merged sources", [[both, " and ", onlyOld]]);
    const legacyId = await legacySource("http://www.example.org/bridge?fbclid=abc", "Bridge (old)");
    const survivor = await link(both.id, "https://example.org/bridge", "Bridge report");
    await newsroom.db.insert(annotationSources).values([
      { annotationId: both.id, sourceId: legacyId, relation: "context" },
      { annotationId: onlyOld.id, sourceId: legacyId, relation: "contradicts" },
    ]);

    // The desk flags the pair: the same page under today's normalization.
    const duplicates = likelyDuplicates(await listSourceAddresses(newsroom.db));
    expect(duplicates.get(legacyId)?.map((s) => s.id)).toEqual([survivor.id]);
    expect(duplicates.get(survivor.id)?.map((s) => s.id)).toEqual([legacyId]);

    const [revisionBefore] = await newsroom.db
      .select()
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, published.id));
    const result = await merge(legacyId, survivor.id);
    expect(result).toEqual({
      into: { id: survivor.id, title: "Bridge report" },
      linksMoved: 1,
      duplicateLinksDropped: 1,
    });
    expect(await linksOf(both.id)).toEqual([{ sourceId: survivor.id, relation: "supports" }]);
    expect(await linksOf(onlyOld.id)).toEqual([{ sourceId: survivor.id, relation: "contradicts" }]);
    expect(await getDeskSource(newsroom.db, legacyId)).toBeNull();
    const uses = await listSourceUses(newsroom.db, [survivor.id]);
    expect(uses.map((u) => u.quote).sort()).toEqual(["backed by both", "backed by the duplicate"]);
    const [revisionAfter] = await newsroom.db
      .select()
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, published.id));
    expect(revisionAfter).toEqual(revisionBefore);

    const aliases = await newsroom.db.select().from(sourceUrlAliases);
    expect(aliases).toMatchObject([
      { url: "http://www.example.org/bridge?fbclid=abc", sourceId: survivor.id },
    ]);
    const [event] = await newsroom.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, legacyId), eq(auditEvents.action, "merge")));
    expect(event).toMatchObject({
      entity: "source",
      before: { from: { title: "Bridge (old)" }, into: { title: "Bridge report" } },
      after: { intoId: survivor.id, linksMoved: 1 },
    });
  });

  it("finds the survivor when a merged address is added again", async () => {
    const speaker = await newsroom.speaker("Alias Finder");
    const first = said(speaker.id, "first");
    const later = said(speaker.id, "later");
    await newsroom.draft("Aliases", [[first, " ", later]]);
    const survivor = await link(first.id, "https://news.example/story-a", "Story A");
    const duplicate = await link(first.id, "https://news.example/story-a-amp", "Story A (AMP)");
    await merge(duplicate.id, survivor.id);
    // Typed as a reader would copy it: http, www. and a campaign tag.
    const again = await link(
      later.id,
      "http://www.news.example/story-a-amp?utm_source=x",
      "Another title",
    );
    expect(again.id).toBe(survivor.id);
    expect(again.title).toBe("Story A");
  });

  it("finds a source stored under the older normalization by its new form", async () => {
    const speaker = await newsroom.speaker("Legacy Finder");
    const span = said(speaker.id, "legacy");
    await newsroom.draft("Legacy", [[span]]);
    const legacyId = await legacySource("http://www.legacy.example/page", "Legacy page");
    const found = await link(span.id, "https://legacy.example/page?gclid=1", "New title");
    expect(found.id).toBe(legacyId);
  });

  it("re-points earlier aliases when the survivor is merged in turn", async () => {
    const speaker = await newsroom.speaker("Chain Sources");
    const span = said(speaker.id, "chained");
    await newsroom.draft("Chain", [[span]]);
    const a = await link(span.id, "https://chain.example/a", "A");
    const b = await link(span.id, "https://chain.example/b", "B");
    const c = await link(span.id, "https://chain.example/c", "C");
    await merge(a.id, b.id);
    await merge(b.id, c.id);
    const rows = await newsroom.db
      .select({ url: sourceUrlAliases.url, sourceId: sourceUrlAliases.sourceId })
      .from(sourceUrlAliases)
      .where(eq(sourceUrlAliases.sourceId, c.id));
    expect(rows.map((r) => r.url).sort()).toEqual([
      "https://chain.example/a",
      "https://chain.example/b",
    ]);
    expect(await linksOf(span.id)).toEqual([{ sourceId: c.id, relation: "supports" }]);
  });

  it("refuses a merge of a source that is gone", async () => {
    const gone = await refusal(merge(randomUUID(), randomUUID()));
    expect(gone.code).toBe("not_found");
  });
});

describe("deleteSource and the desk list", () => {
  it("refuses a source in use with the count, deletes an unused one, audited", async () => {
    const speaker = await newsroom.speaker("Delete Quoted");
    const span = said(speaker.id, "deleting");
    await newsroom.draft("Delete", [[span]]);
    const used = await link(span.id, "https://delete.example/used", "Used source");
    const refused = await refusal(deleteSource(newsroom.db, newsroom.editor, { id: used.id }));
    expect(refused.message).toBe(
      "This source backs 1 annotation, so it cannot be deleted. Merge it into another source instead.",
    );
    const unusedId = await legacySource("https://delete.example/unused", "Unused source");
    expect((await listDeskSources(newsroom.db, { query: "delete.example" })).length).toBe(2);
    await deleteSource(newsroom.db, newsroom.editor, { id: unusedId });
    expect(await getDeskSource(newsroom.db, unusedId)).toBeNull();
    const [event] = await newsroom.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, unusedId), eq(auditEvents.action, "delete")));
    expect(event).toMatchObject({ entity: "source", before: { title: "Unused source" } });
  });
});
