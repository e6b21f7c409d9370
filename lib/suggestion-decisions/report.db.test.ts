import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AnnotationKind } from "@/db/enums";
import { speakers } from "@/db/schema";
import { updateAnnotationDetails } from "@/lib/annotations/details";
import { createDraftArticle, saveArticleDocument } from "@/lib/articles/save";
import { createSpeaker } from "@/lib/speakers/manage";
import { createTestDb, insertUser, type TestDb } from "@/test/db";
import { annotatedDoc } from "@/test/documents";
import { recordSuggestionDecision } from "./record";
import { formatReport, suggestionReport } from "./report";
import { type ProposedSuggestion, recordDecisionSchema } from "./schemas";

let t: TestDb;
let reviewer: { id: string };
beforeAll(async () => {
  t = await createTestDb();
  reviewer = { id: await insertUser(t.db, "reviewer") };
});
afterAll(() => t.close());

const suggested = (overrides: Partial<ProposedSuggestion>): ProposedSuggestion => ({
  quote: "Quote",
  kind: "official_claim",
  rule: "after-cue",
  start: 0,
  end: 5,
  confidence: 0.9,
  speakerName: "The ministry",
  speakerType: "organization",
  cue: "said",
  ...overrides,
});

const decide = (articleId: string, input: Record<string, unknown>) =>
  recordSuggestionDecision(t.db, reviewer, recordDecisionSchema.parse({ articleId, ...input }));

describe("suggestionReport", () => {
  it("counts per rule: accepted as is, then changed, then removed, and rejected", async () => {
    expect(formatReport(await suggestionReport(t.db))).toBe(
      "No suggestion decisions recorded yet.",
    );

    const ministry = await createSpeaker(t.db, reviewer, {
      name: "Health Ministry",
      type: "organization",
      description: "",
    });
    await t.db
      .update(speakers)
      .set({ aliases: ["the ministry"] })
      .where(eq(speakers.id, ministry.id));
    const { id: articleId } = await createDraftArticle(t.db, reviewer);
    const ids = { asIs: randomUUID(), newCue: randomUUID(), newKind: randomUUID() };
    const unnamed = randomUUID();
    const undone = randomUUID();
    const piece = (id: string, text: string, kind: AnnotationKind = "official_claim") => ({
      text,
      id,
      kind,
    });
    const save = (baseVersion: number, withUndone: boolean) =>
      saveArticleDocument(t.db, reviewer, {
        articleId,
        baseVersion,
        title: "Report",
        doc: annotatedDoc(
          [piece(ids.asIs, "One."), " ", piece(ids.newCue, "Two."), " "],
          // The reviewer made this one an allegation after accepting it as an official claim.
          [piece(ids.newKind, "Three.", "allegation"), " ", piece(unnamed, "Four.", "allegation")],
          withUndone ? [piece(undone, "Five.")] : ["Five."],
        ),
      });
    const saved = await save(1, true);
    // Undo after accepting: the mark leaves the document and the row is detached.
    await save(saved.version, false);
    for (const [id, cue] of [
      [ids.asIs, " said "],
      [ids.newCue, "told reporters"],
      [ids.newKind, "said"],
    ] as const) {
      await updateAnnotationDetails(t.db, reviewer, {
        id,
        version: 1,
        speakerId: ministry.id,
        cue,
        note: "",
      });
    }

    const accept = (annotationId: string, rule: string, overrides = {}) =>
      decide(articleId, {
        decision: "accepted",
        annotationId,
        suggestion: suggested({ rule, ...overrides }),
      });
    await accept(ids.asIs, "after-cue"); // named by the speaker's alias, cue spaced differently
    await accept(ids.newCue, "after-cue");
    await decide(articleId, { decision: "rejected", suggestion: suggested({}) });
    await accept(ids.newKind, "allegation-verb");
    await accept(unnamed, "allegation-verb", {
      kind: "allegation",
      speakerName: null,
      speakerType: null,
      cue: null,
    });
    await accept(undone, "allegation-verb");
    await accept(randomUUID(), "allegation-verb"); // its annotation was never saved

    const report = await suggestionReport(t.db);
    expect(report.rules).toEqual([
      {
        rule: "after-cue",
        decided: 3,
        acceptedAsIs: 1,
        acceptedThenChanged: 1,
        acceptedThenRemoved: 0,
        rejected: 1,
        acceptanceRate: 2 / 3,
      },
      {
        rule: "allegation-verb",
        decided: 4,
        acceptedAsIs: 1,
        acceptedThenChanged: 1,
        acceptedThenRemoved: 2,
        rejected: 0,
        acceptanceRate: 0.5,
      },
    ]);
    expect(report.total).toMatchObject({ rule: "All rules", decided: 7, acceptanceRate: 4 / 7 });

    const table = formatReport(report).split("\n");
    expect(table[0]).toMatch(
      /^Rule\s+Decided\s+As is\s+Changed\s+Removed\s+Rejected\s+Acceptance$/,
    );
    expect(table).toContainEqual(expect.stringMatching(/^after-cue\s+3\s+1\s+1\s+0\s+1\s+66\.7%$/));
    expect(table).toContainEqual(expect.stringMatching(/^All rules\s+7\s+2\s+2\s+2\s+1\s+57\.1%$/));

    // A period that starts after every decision holds none.
    const later = await suggestionReport(t.db, new Date(Date.now() + 60_000));
    expect(later.total.decided).toBe(0);
  });
});
