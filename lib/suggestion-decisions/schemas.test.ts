import { describe, expect, it } from "vitest";
import { MAX_DOC_BYTES } from "@/lib/articles/limits";
import { recordDecisionSchema, suggestRequestSchema } from "./schemas";

const articleId = "5b1f3c1e-8a5e-4c4e-9a57-2f0d6f1e9b10";
const annotationId = "0f5e7c0a-1d2b-4c3d-8e9f-a0b1c2d3e4f5";
const suggestion = {
  quote: "The bridge will reopen",
  kind: "official_claim",
  rule: "direct-quote-before-cue",
  start: 1,
  end: 23,
  confidence: 0.7,
  speakerName: "Anna Berg",
  speakerType: "person",
  cue: "said",
};

/** The first message zod gives for the input, or null when it passes. */
function problem(input: unknown): string | null {
  const parsed = recordDecisionSchema.safeParse(input);
  return parsed.success ? null : parsed.error.issues[0]!.message;
}

describe("recordDecisionSchema", () => {
  it("takes an acceptance with its annotation and a rejection without one", () => {
    expect(problem({ articleId, decision: "accepted", suggestion, annotationId })).toBeNull();
    expect(problem({ articleId, decision: "rejected", suggestion })).toBeNull();
  });

  it("defaults a missing speaker and cue to none", () => {
    const { speakerName: _n, speakerType: _t, cue: _c, ...bare } = suggestion;
    const parsed = recordDecisionSchema.parse({
      articleId,
      decision: "rejected",
      suggestion: bare,
    });
    expect(parsed.suggestion).toMatchObject({ speakerName: null, speakerType: null, cue: null });
  });

  it.each([
    [{ decision: "accepted" }, "An accepted suggestion names the annotation it created"],
    [
      { decision: "rejected", annotationId },
      "An accepted suggestion names the annotation it created",
    ],
    [{ decision: "maybe" }, "A decision is accepted or rejected."],
    [{ suggestion: { ...suggestion, kind: "verified_fact" } }, "A suggestion is an official claim"],
    [{ suggestion: { ...suggestion, confidence: 1.5 } }, "must be from 0 to 1"],
    [{ suggestion: { ...suggestion, start: -1 } }, "start cannot be negative"],
    [{ suggestion: { ...suggestion, start: 2.5 } }, "start must be a whole number"],
    [{ suggestion: { ...suggestion, end: 0 } }, "The suggestion ends before it starts."],
    [{ suggestion: { ...suggestion, quote: "" } }, "The suggestion's quote is empty."],
    [{ suggestion: { ...suggestion, quote: "x".repeat(20_001) } }, "quote is too long"],
    [{ suggestion: { ...suggestion, rule: "r".repeat(101) } }, "rule name is too long"],
    [{ suggestion: { ...suggestion, speakerType: null } }, "needs both a name and a type"],
    [{ suggestion: { ...suggestion, speakerType: "animal" } }, "a person or an organization"],
    [{ articleId: "../etc" }, "This article no longer exists."],
  ])("refuses %j with a message that says why", (change, message) => {
    const input = { articleId, decision: "rejected", suggestion, ...change };
    expect(problem(input)).toContain(message);
  });
});

describe("suggestRequestSchema", () => {
  it("takes text up to the document size limit, counted in UTF-8 bytes", () => {
    const ok = suggestRequestSchema.safeParse({ articleId, text: "a".repeat(MAX_DOC_BYTES) });
    expect(ok.success).toBe(true);
    // Two bytes each: half as many characters already reach the limit.
    const wide = suggestRequestSchema.safeParse({
      articleId,
      text: "é".repeat(MAX_DOC_BYTES / 2 + 1),
    });
    expect(wide.success ? null : wide.error.issues[0]!.message).toMatch(/too long to suggest/);
  });
});
