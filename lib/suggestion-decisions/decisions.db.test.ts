import { randomUUID } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "@/db/client";
import { suggestionDecisions } from "@/db/schema";
import { createDraftArticle, saveArticleDocument } from "@/lib/articles/save";
import { createSpeaker } from "@/lib/speakers/manage";
import type { Suggestion } from "@/lib/suggestions/types";
import { createTestDb, insertUser, refusal, type TestDb } from "@/test/db";
import { annotatedDoc } from "@/test/documents";
import { recordSuggestionDecision } from "./record";
import { type ProposedSuggestion, type RecordDecisionInput, recordDecisionSchema } from "./schemas";
import { suggestForArticle } from "./suggest";

const TEXT = "“The bridge will reopen in May,” Anna Berg said.";

let t: TestDb;
let reviewer: { id: string };
let articleId: string;
let otherArticleId: string;
let annaId: string;
beforeAll(async () => {
  t = await createTestDb();
  reviewer = { id: await insertUser(t.db, "reviewer") };
  articleId = (await createDraftArticle(t.db, reviewer)).id;
  otherArticleId = (await createDraftArticle(t.db, reviewer)).id;
  annaId = (
    await createSpeaker(t.db, reviewer, { name: "Anna Berg", type: "person", description: "" })
  ).id;
});
afterAll(() => t.close());

/** The suggestion as the editor reports it back with a decision. */
function proposed(s: Suggestion): ProposedSuggestion {
  return {
    quote: s.quote,
    kind: s.kind,
    rule: s.rule,
    start: s.start,
    end: s.end,
    confidence: s.confidence,
    speakerName: s.speaker?.name ?? null,
    speakerType: s.speaker?.type ?? null,
    cue: s.cue?.text ?? null,
  };
}

const claim: ProposedSuggestion = {
  quote: "The bridge will reopen in May,",
  kind: "official_claim",
  rule: "test-rule",
  start: 1,
  end: 31,
  confidence: 0.8,
  speakerName: "Anna Berg",
  speakerType: "person",
  cue: "said",
};

/** Parsed as the action parses it, so the test goes through the same defaults. */
const decide = (input: Record<string, unknown>) =>
  recordSuggestionDecision(
    t.db,
    reviewer,
    recordDecisionSchema.parse(input) as RecordDecisionInput,
  );

const decisionsOf = (id: string) =>
  t.db.select().from(suggestionDecisions).where(eq(suggestionDecisions.articleId, id));

describe("suggestForArticle", () => {
  it("runs the suggester with the newsroom's speakers, so a known name resolves to its id", async () => {
    const { suggestions } = await suggestForArticle(t.db, { articleId, text: TEXT });
    const bridge = suggestions.find((s) => s.quote.includes("The bridge will reopen in May"));
    expect(bridge?.speaker).toMatchObject({ name: "Anna Berg", speakerId: annaId });
  });

  it("leaves out what this article's reviewers rejected, and only in this article", async () => {
    const article = (await createDraftArticle(t.db, reviewer)).id;
    const first = await suggestForArticle(t.db, { articleId: article, text: TEXT });
    const bridge = first.suggestions.find((s) => s.quote.includes("The bridge will reopen"))!;
    await decide({ articleId: article, decision: "rejected", suggestion: proposed(bridge) });

    const again = await suggestForArticle(t.db, { articleId: article, text: TEXT });
    expect(again.suggestions.map((s) => s.quote)).not.toContain(bridge.quote);
    const elsewhere = await suggestForArticle(t.db, { articleId: otherArticleId, text: TEXT });
    expect(elsewhere.suggestions.map((s) => s.quote)).toContain(bridge.quote);
  });

  it("matches a rejection by quote text and kind, wherever the quote now is", async () => {
    const article = (await createDraftArticle(t.db, reviewer)).id;
    const suggestion = (kind: Suggestion["kind"], start: number): Suggestion => ({
      start,
      end: start + 5,
      quote: "Quote",
      kind,
      cue: null,
      speaker: null,
      confidence: 0.5,
      rule: "fixed",
    });
    await decide({
      articleId: article,
      decision: "rejected",
      suggestion: proposed(suggestion("allegation", 0)),
    });
    const fixed = () => [suggestion("allegation", 40), suggestion("official_claim", 40)];
    const { suggestions } = await suggestForArticle(t.db, { articleId: article, text: "x" }, fixed);
    expect(suggestions.map((s) => s.kind)).toEqual(["official_claim"]);
  });

  it("refuses an article that does not exist", async () => {
    const error = await refusal(suggestForArticle(t.db, { articleId: randomUUID(), text: TEXT }));
    expect(error.code).toBe("not_found");
  });
});

describe("recordSuggestionDecision", () => {
  it("records who accepted which suggestion as proposed, and the annotation it created", async () => {
    const annotationId = randomUUID();
    await saveArticleDocument(t.db, reviewer, {
      articleId,
      baseVersion: 1,
      title: "Bridge",
      doc: annotatedDoc([
        "“",
        { text: claim.quote, id: annotationId, kind: "official_claim" },
        "” Anna Berg said.",
      ]),
    });
    await decide({ articleId, decision: "accepted", suggestion: claim, annotationId });
    // A retried request (the answer was lost) is not a second decision.
    await decide({ articleId, decision: "accepted", suggestion: claim, annotationId });
    const rows = (await decisionsOf(articleId)).filter((r) => r.annotationId === annotationId);
    expect(rows).toEqual([
      expect.objectContaining({
        actorId: reviewer.id,
        decision: "accepted",
        rule: "test-rule",
        kind: "official_claim",
        quote: claim.quote,
        start: 1,
        end: 31,
        confidence: 0.8,
        speakerName: "Anna Berg",
        speakerType: "person",
        cue: "said",
        annotationId,
      }),
    ]);
    expect(rows[0]!.decidedAt).toBeInstanceOf(Date);
  });

  it("records an acceptance whose annotation the document saver has not written yet", async () => {
    const annotationId = randomUUID();
    await decide({ articleId, decision: "accepted", suggestion: claim, annotationId });
    expect((await decisionsOf(articleId)).map((r) => r.annotationId)).toContain(annotationId);
  });

  it("records a rejection without speaker or cue", async () => {
    const article = (await createDraftArticle(t.db, reviewer)).id;
    const { speakerName: _n, speakerType: _t, cue: _c, ...bare } = claim;
    await decide({
      articleId: article,
      decision: "rejected",
      suggestion: { ...bare, kind: "allegation" },
    });
    expect(await decisionsOf(article)).toEqual([
      expect.objectContaining({
        decision: "rejected",
        kind: "allegation",
        speakerName: null,
        speakerType: null,
        cue: "",
        annotationId: null,
      }),
    ]);
  });

  it("refuses an annotation of another article, and a missing article, recording nothing", async () => {
    const annotationId = randomUUID();
    const article = (await createDraftArticle(t.db, reviewer)).id;
    await saveArticleDocument(t.db, reviewer, {
      articleId: otherArticleId,
      baseVersion: 1,
      title: "Other",
      doc: annotatedDoc([{ text: "Elsewhere.", id: annotationId, kind: "allegation" }]),
    });
    const wrong = await refusal(
      decide({ articleId: article, decision: "accepted", suggestion: claim, annotationId }),
    );
    expect([wrong.code, wrong.message]).toEqual([
      "invalid_input",
      "That annotation belongs to another article.",
    ]);
    const gone = await refusal(
      decide({ articleId: randomUUID(), decision: "rejected", suggestion: claim }),
    );
    expect(gone.code).toBe("not_found");
    expect(await decisionsOf(article)).toEqual([]);
  });

  it("keeps decisions as they were recorded", async () => {
    await decide({ articleId, decision: "rejected", suggestion: claim });
    const change = queryRows(t.db, sql`UPDATE suggestion_decisions SET rule = 'other'`);
    await expect(change).rejects.toThrow();
    const rules = (await decisionsOf(articleId)).map((r) => r.rule);
    expect(new Set(rules)).toEqual(new Set(["test-rule"]));
  });
});
