import { z } from "zod";
import { SPEAKER_TYPES, SUGGESTION_DECISIONS } from "@/db/enums";
import { MAX_DOC_BYTES } from "@/lib/articles/limits";
import type { SuggestedKind } from "@/lib/suggestions/types";

/** The kinds a suggestion can carry: verified facts are decided by a person, never suggested. */
export const SUGGESTED_KINDS = [
  "official_claim",
  "allegation",
] as const satisfies readonly SuggestedKind[];

const ARTICLE_GONE = "This article no longer exists. Reload the page.";
const TEXT_TOO_LONG =
  "This text is too long to suggest annotations for. Split it into two articles or remove pasted material.";
/** A quote may run over several paragraphs; a whole article is not a quote. */
const MAX_QUOTE_CHARS = 20_000;

const offset = (what: string) =>
  z
    .number({ error: `The suggestion's ${what} must be a number.` })
    .int({ error: `The suggestion's ${what} must be a whole number.` })
    .min(0, { error: `The suggestion's ${what} cannot be negative.` })
    // No text the editor accepts is longer; the limit only keeps out absurd values.
    .max(MAX_DOC_BYTES, { error: `The suggestion's ${what} is past the end of any article.` });

export const suggestRequestSchema = z.object({
  articleId: z.uuid({ error: ARTICLE_GONE }),
  text: z
    .string({ error: "Send the article's text." })
    // Plain text is shorter than the document it comes from, so any savable article fits.
    .refine(withinDocumentLimit, { error: TEXT_TOO_LONG }),
});
export type SuggestRequest = z.output<typeof suggestRequestSchema>;

/** A suggestion as the suggester proposed it, as the editor reports it back with a decision. */
export const proposedSuggestionSchema = z
  .object({
    quote: z
      .string({ error: "The suggestion's quote is missing." })
      .min(1, { error: "The suggestion's quote is empty." })
      .max(MAX_QUOTE_CHARS, { error: "The suggestion's quote is too long to record." }),
    kind: z.enum(SUGGESTED_KINDS, { error: "A suggestion is an official claim or an allegation." }),
    rule: z
      .string({ error: "The suggestion's rule is missing." })
      .trim()
      .min(1, { error: "The suggestion's rule is missing." })
      .max(100, { error: "The suggestion's rule name is too long." }),
    start: offset("start"),
    end: offset("end"),
    confidence: z
      .number({ error: "The suggestion's confidence must be a number from 0 to 1." })
      .min(0, { error: "The suggestion's confidence must be from 0 to 1." })
      .max(1, { error: "The suggestion's confidence must be from 0 to 1." }),
    speakerName: z
      .string()
      .trim()
      .min(1, { error: "The suggested speaker's name is empty." })
      .max(200, { error: "The suggested speaker's name is too long." })
      .nullable()
      .default(null),
    speakerType: z
      .enum(SPEAKER_TYPES, { error: "A speaker is a person or an organization." })
      .nullable()
      .default(null),
    /** The cue's text; null when the suggestion had none. */
    cue: z
      .string()
      .trim()
      .max(200, { error: "The suggested cue is too long." })
      .nullable()
      .default(null),
  })
  .refine((s) => s.end >= s.start, {
    path: ["end"],
    error: "The suggestion ends before it starts.",
  })
  .refine((s) => (s.speakerName === null) === (s.speakerType === null), {
    path: ["speakerType"],
    error: "A suggested speaker needs both a name and a type.",
  });
export type ProposedSuggestion = z.output<typeof proposedSuggestionSchema>;

export const recordDecisionSchema = z
  .object({
    articleId: z.uuid({ error: ARTICLE_GONE }),
    decision: z.enum(SUGGESTION_DECISIONS, { error: "A decision is accepted or rejected." }),
    suggestion: proposedSuggestionSchema,
    annotationId: z.uuid({ error: "The accepted annotation's id is not valid." }).optional(),
  })
  // An acceptance names the annotation it created, so the report can see what became of it.
  .refine((d) => (d.decision === "accepted") === (d.annotationId !== undefined), {
    path: ["annotationId"],
    error: "An accepted suggestion names the annotation it created; a rejected one names none.",
  });
export type RecordDecisionInput = z.output<typeof recordDecisionSchema>;

/** Whether the text's UTF-8 bytes are within the document size limit. */
function withinDocumentLimit(text: string): boolean {
  // A UTF-16 unit is at most 3 bytes: count bytes only when the length alone cannot tell.
  if (text.length * 3 <= MAX_DOC_BYTES) return true;
  return text.length <= MAX_DOC_BYTES && new TextEncoder().encode(text).length <= MAX_DOC_BYTES;
}
