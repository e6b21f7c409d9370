import { z } from "zod";
import { ANNOTATION_KINDS, SOURCE_RELATIONS, SPEAKER_TYPES } from "@/db/enums";

// The public API's responses, defined once: the handlers build values of these types, and the
// OpenAPI document (openapi.ts) describes them with the JSON Schema generated from the same
// definitions, so the two cannot drift apart. Every schema with an `id` becomes a named
// component in the document.

/** The named response schemas: each becomes `#/components/schemas/<id>`. */
export const apiSchemas = z.registry<{ id: string; description: string }>();

const date = z.iso.date().describe("A calendar date, YYYY-MM-DD.");
const dateTime = z.iso.datetime().describe("A moment in UTC, ISO 8601.");
const httpUrl = z.url({ protocol: /^https?$/ });
const count = z.number().int().min(0);

export const kindCountsSchema = z
  .object({ official_claim: count, allegation: count, verified_fact: count })
  .strict()
  .register(apiSchemas, {
    id: "KindCounts",
    description: "How many annotations of each kind.",
  });

export const checkedArticleSchema = z
  .object({
    outlet: z.string().describe("The outlet that published the checked piece; may be empty."),
    author: z.string().describe("Its author as the outlet names them; may be empty."),
    url: httpUrl.nullable(),
    date: date.nullable().describe("The outlet's publication date, never Claimmark's."),
  })
  .strict()
  .register(apiSchemas, {
    id: "CheckedArticle",
    description: "The piece this fact-check is about, as its own outlet published it.",
  });

export const verdictCountSchema = z
  .object({
    slug: z.string(),
    label: z.string(),
    rating: z.number().int().nullable().describe("Null for a verdict off the numeric scale."),
    count: z.number().int().min(1),
  })
  .strict()
  .register(apiSchemas, {
    id: "VerdictCount",
    description: "A verdict the article uses and how many of its annotations carry it.",
  });

export const articleSummarySchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    url: httpUrl.describe("The article's reader page."),
    publishedAt: dateTime.describe("When this revision was published."),
    revision: z.number().int().min(1).describe("The published revision's number."),
    counts: kindCountsSchema,
    verdictCounts: z.array(verdictCountSchema).describe("In the order of the newsroom's scale."),
    checkedArticle: checkedArticleSchema.nullable(),
  })
  .strict()
  .register(apiSchemas, {
    id: "ArticleSummary",
    description: "A published article: its live revision, counted.",
  });

export const speakerSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    type: z.enum(SPEAKER_TYPES),
    description: z.string().describe('e.g. "Minister of Finance"; may be empty.'),
    url: httpUrl.describe("The speaker's reader page."),
  })
  .strict()
  .register(apiSchemas, {
    id: "Speaker",
    description: "Who an annotation is attributed to, as the revision published them.",
  });

export const verdictSchema = z
  .object({
    slug: z.string(),
    label: z.string(),
    rating: z.number().int().nullable().describe("Null for a verdict off the numeric scale."),
  })
  .strict()
  .register(apiSchemas, { id: "Verdict", description: "A verdict of the newsroom's scale." });

export const sourceSchema = z
  .object({
    url: httpUrl,
    title: z.string(),
    publisher: z.string(),
    publishedAt: date.nullable(),
    archivedUrl: httpUrl.nullable(),
    relation: z.enum(SOURCE_RELATIONS).describe("How the source bears on the annotation."),
    excerpt: z.string().describe("The passage of the source quoted; may be empty."),
  })
  .strict()
  .register(apiSchemas, { id: "Source", description: "A source linked to an annotation." });

export const annotationSchema = z
  .object({
    id: z.uuid(),
    number: z.number().int().min(1).describe("Its note number on the reader page."),
    kind: z.enum(ANNOTATION_KINDS),
    quote: z.string().describe("The annotated text (W3C TextQuoteSelector exact)."),
    prefix: z.string().describe("Up to 32 characters before the quote."),
    suffix: z.string().describe("Up to 32 characters after the quote."),
    start: z.number().int().min(0).describe("Offset in the article's plain text (UTF-16 units)."),
    end: z.number().int().min(0),
    speaker: speakerSchema.nullable(),
    unattributed: z.boolean().describe('"No named source": deliberately left unattributed.'),
    cue: z.string().describe('The attribution cue, e.g. "said"; may be empty.'),
    note: z.string(),
    verdict: verdictSchema.nullable().describe("Claims and allegations only."),
    conclusion: z.string().describe("What the evidence shows; empty without a verdict."),
    sources: z.array(sourceSchema),
    permalink: httpUrl.describe("A stable link to the passage on the reader page."),
    createdAt: dateTime.nullable().describe("Null on revisions published before it was kept."),
    modifiedAt: dateTime.nullable(),
    creatorName: z.string().nullable().describe("Who made it: a display name, never an e-mail."),
  })
  .strict()
  .register(apiSchemas, { id: "Annotation", description: "An annotation as published." });

export const verdictScaleSchema = z
  .object({
    bestRating: z.number().int().nullable(),
    worstRating: z.number().int().nullable(),
    verdicts: z.array(
      verdictSchema.extend({ definition: z.string() }).describe("A verdict this revision uses."),
    ),
  })
  .strict()
  .register(apiSchemas, {
    id: "VerdictScale",
    description: "The scale's ends and the verdicts the revision uses, as at its publication.",
  });

export const newsroomSchema = z
  .object({ name: z.string(), url: httpUrl.nullable(), logoUrl: httpUrl.nullable() })
  .strict()
  .register(apiSchemas, { id: "Newsroom", description: "The newsroom that published it." });

export const articleSchema = articleSummarySchema
  .extend({
    newsroom: newsroomSchema.nullable().describe("Null on revisions published before it was kept."),
    verdictScale: verdictScaleSchema,
    annotations: z.array(annotationSchema).describe("In document order."),
  })
  .strict()
  .register(apiSchemas, {
    id: "Article",
    description: "A published article with every annotation of its live revision.",
  });

export const claimSchema = annotationSchema
  .extend({
    article: z
      .object({ slug: z.string(), title: z.string(), url: httpUrl, publishedAt: dateTime })
      .strict(),
  })
  .strict()
  .register(apiSchemas, { id: "Claim", description: "An annotation and the article it is in." });

export const speakerSummarySchema = speakerSchema
  .extend({ counts: kindCountsSchema.describe("Their annotations in published articles.") })
  .strict()
  .register(apiSchemas, {
    id: "SpeakerSummary",
    description: "A speaker quoted in published articles, as the latest of them published them.",
  });

const nextCursor = z
  .string()
  .nullable()
  .describe("Pass as `cursor` for the next page; null on the last page.");

function listOf<T extends z.ZodType>(item: T, id: string, description: string) {
  return z
    .object({ data: z.array(item), next_cursor: nextCursor })
    .strict()
    .register(apiSchemas, { id, description });
}

export const articleListSchema = listOf(articleSummarySchema, "ArticleList", "Published articles.");
export const claimListSchema = listOf(claimSchema, "ClaimList", "Published claims.");
export const speakerListSchema = listOf(speakerSummarySchema, "SpeakerList", "Quoted speakers.");

export const API_ERROR_CODES = [
  "invalid_parameter",
  "not_found",
  "method_not_allowed",
  "internal_error",
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

export const errorSchema = z
  .object({
    error: z
      .object({
        code: z.enum(API_ERROR_CODES),
        message: z.string().describe("What went wrong and what to change, for a person."),
      })
      .strict(),
  })
  .strict()
  .register(apiSchemas, { id: "Error", description: "Every error answers in this one shape." });

export type ArticleSummary = z.output<typeof articleSummarySchema>;
export type ApiArticle = z.output<typeof articleSchema>;
export type ApiAnnotation = z.output<typeof annotationSchema>;
export type ApiClaim = z.output<typeof claimSchema>;
export type ApiSpeaker = z.output<typeof speakerSchema>;
export type SpeakerSummary = z.output<typeof speakerSummarySchema>;
export type ApiSource = z.output<typeof sourceSchema>;
export type ApiList<T> = { data: T[]; next_cursor: string | null };
export type ApiErrorBody = z.output<typeof errorSchema>;
