// The values of every enum column, defined once. db/schema.ts builds its pgEnums from these and
// the rest of the app derives its TypeScript unions from them. No imports, so client components
// can use the values without pulling in the database driver.

export const ROLES = ["admin", "editor", "reviewer"] as const;
export type Role = (typeof ROLES)[number];

export const ARTICLE_STATUSES = ["draft", "in_review", "published", "archived"] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const ANNOTATION_KINDS = ["official_claim", "allegation", "verified_fact"] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

export const SPEAKER_TYPES = ["person", "organization"] as const;
export type SpeakerType = (typeof SPEAKER_TYPES)[number];

export const SOURCE_RELATIONS = ["supports", "contradicts", "context"] as const;
export type SourceRelation = (typeof SOURCE_RELATIONS)[number];

export const SOURCE_KINDS = [
  "official_document",
  "official_statement",
  "news_report",
  "dataset",
  "court_record",
  "interview",
  "other",
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Which end of the verdict scale a verdict marks: ClaimReview's bestRating and worstRating. */
export const VERDICT_SCALE_ENDS = ["best", "worst"] as const;
export type VerdictScaleEnd = (typeof VERDICT_SCALE_ENDS)[number];

/** What a reviewer did with a suggested annotation. */
export const SUGGESTION_DECISIONS = ["accepted", "rejected"] as const;
export type SuggestionDecision = (typeof SUGGESTION_DECISIONS)[number];

export const AUDIT_ENTITIES = [
  "article",
  "annotation",
  "annotation_source",
  "speaker",
  "source",
  "user",
  "verdict",
  "newsroom",
  "comment",
  "thread",
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/** True when value is one of the allowed values, narrowing its type. */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (values as readonly string[]).includes(value);
}
