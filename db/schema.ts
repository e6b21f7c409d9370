import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  ANNOTATION_KINDS,
  ARTICLE_STATUSES,
  AUDIT_ENTITIES,
  ROLES,
  SOURCE_KINDS,
  SOURCE_RELATIONS,
  SPEAKER_TYPES,
  SUGGESTION_DECISIONS,
  VERDICT_SCALE_ENDS,
} from "./enums";
import type {
  CheckedArticle,
  NewsroomIdentity,
  RevisionAnnotation,
  RevisionSource,
  RevisionSpeaker,
  RevisionVerdictScale,
} from "./revision-snapshot";

// Users are never deleted (they are disabled), so references to them RESTRICT deletion:
// authorship and audit trails must not silently lose their author.

export const userRole = pgEnum("user_role", ROLES);
export const articleStatus = pgEnum("article_status", ARTICLE_STATUSES);
export const annotationKind = pgEnum("annotation_kind", ANNOTATION_KINDS);
export const speakerType = pgEnum("speaker_type", SPEAKER_TYPES);
export const sourceRelation = pgEnum("source_relation", SOURCE_RELATIONS);
export const sourceKind = pgEnum("source_kind", SOURCE_KINDS);
export const suggestionDecision = pgEnum("suggestion_decision", SUGGESTION_DECISIONS);
export const verdictScaleEnd = pgEnum("verdict_scale_end", VERDICT_SCALE_ENDS);

const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

const slugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$";
const httpUrlPattern = "^https?://";

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name"),
    email: text("email").notNull(),
    emailVerified: timestamp("email_verified", { withTimezone: true }),
    image: text("image"),
    passwordHash: text("password_hash"),
    role: userRole("role").notNull().default("reviewer"),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    /** Raised on sign-out, disabling and password changes: sessions carrying an older one end. */
    sessionVersion: integer("session_version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("users_email_unique").on(t.email),
    // Emails are stored lower-cased so the unique index also catches case variants.
    check("users_email_lowercase", sql`${t.email} = lower(${t.email})`),
  ],
);

/** OAuth accounts linked to a user (Auth.js adapter shape). */
export const accounts = pgTable(
  "accounts",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refreshToken: text("refresh_token"),
    accessToken: text("access_token"),
    expiresAt: integer("expires_at"),
    tokenType: text("token_type"),
    scope: text("scope"),
    idToken: text("id_token"),
    sessionState: text("session_state"),
  },
  (t) => [
    primaryKey({ columns: [t.provider, t.providerAccountId] }),
    index("accounts_user_idx").on(t.userId),
  ],
);

/** Every sign-in attempt, so throttling is shared by all server processes. */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    email: text("email").notNull(),
    ip: text("ip").notNull(),
    succeeded: boolean("succeeded").notNull(),
    attemptedAt: timestamp("attempted_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("sign_in_attempts_email_idx").on(t.email, t.attemptedAt),
    index("sign_in_attempts_ip_idx").on(t.ip, t.attemptedAt),
  ],
);

export const articles = pgTable(
  "articles",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    title: text("title").notNull().default(""),
    status: articleStatus("status").notNull().default("draft"),
    doc: jsonb("doc").notNull(),
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "restrict" }),
    // Who saved the current document version, and when: updatedBy also changes with status
    // changes and notes, so it cannot tell. Null while no save made the version (a new article).
    docSavedBy: uuid("doc_saved_by").references(() => users.id, { onDelete: "restrict" }),
    docSavedAt: timestamp("doc_saved_at", { withTimezone: true }),
    // "Checked article": the piece this fact-check is about, as published elsewhere. Its date
    // is that outlet's, never Claimmark's own publication date.
    checkedOutlet: text("checked_outlet").notNull().default(""),
    checkedAuthor: text("checked_author").notNull().default(""),
    checkedUrl: text("checked_url"),
    checkedDate: date("checked_date"),
    // The revision readers see. Revisions go with their article, so clearing it is safe.
    publishedRevisionId: uuid("published_revision_id").references(
      (): AnyPgColumn => articleRevisions.id,
      { onDelete: "set null" },
    ),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("articles_slug_unique").on(t.slug),
    index("articles_status_idx").on(t.status, t.updatedAt),
    check("articles_slug_format", sql`${t.slug} ~ ${sql.raw(`'${slugPattern}'`)}`),
    check("articles_version_positive", sql`${t.version} > 0`),
    check(
      "articles_checked_url_http",
      sql`${t.checkedUrl} IS NULL OR ${t.checkedUrl} ~* ${sql.raw(`'${httpUrlPattern}'`)}`,
    ),
  ],
);

/** An immutable snapshot taken at publish time; readers only ever see these. */
export const articleRevisions = pgTable(
  "article_revisions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    doc: jsonb("doc").notNull(),
    annotations: jsonb("annotations").$type<RevisionAnnotation[]>().notNull(),
    speakers: jsonb("speakers").$type<RevisionSpeaker[]>().notNull(),
    sources: jsonb("sources").$type<RevisionSource[]>().notNull(),
    /** The verdicts this revision uses and the scale's ends, as they were at publish time. */
    verdictScale: jsonb("verdict_scale")
      .$type<RevisionVerdictScale>()
      .notNull()
      .default({ bestRating: null, worstRating: null, verdicts: [] }),
    /** The checked article's provenance at publish time; null when none was given. */
    checkedArticle: jsonb("checked_article").$type<CheckedArticle>(),
    /** Who published it, for ClaimReview's author; null on revisions from before settings. */
    newsroom: jsonb("newsroom").$type<NewsroomIdentity>(),
    publishedBy: uuid("published_by")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique("article_revisions_number_unique").on(t.articleId, t.number),
    index("article_revisions_published_idx").on(t.publishedAt),
    check("article_revisions_number_positive", sql`${t.number} > 0`),
  ],
);

export const speakers = pgTable(
  "speakers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    type: speakerType("type").notNull(),
    description: text("description").notNull().default(""),
    aliases: text("aliases")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "restrict" }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("speakers_slug_unique").on(t.slug),
    index("speakers_name_idx").on(sql`lower(${t.name})`),
    check("speakers_slug_format", sql`${t.slug} ~ ${sql.raw(`'${slugPattern}'`)}`),
    check("speakers_name_present", sql`length(btrim(${t.name})) > 0`),
  ],
);

/**
 * The newsroom's verdict scale, in display order. A verdict in use is retired, never deleted
 * (annotations RESTRICT its deletion), so past ratings keep their meaning.
 */
export const verdicts = pgTable(
  "verdicts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** The verdict's stable name in addresses and the API (?verdict=false); kept when relabelled. */
    slug: text("slug").notNull(),
    label: text("label").notNull(),
    definition: text("definition").notNull().default(""),
    /** Null for verdicts off the scale ("Unproven"): ClaimReview then carries no ratingValue. */
    rating: integer("rating"),
    scaleEnd: verdictScaleEnd("scale_end"),
    position: integer("position").notNull(),
    retiredAt: timestamp("retired_at", { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("verdicts_slug_unique").on(t.slug),
    uniqueIndex("verdicts_label_unique").on(sql`lower(${t.label})`),
    // One best and one worst end.
    uniqueIndex("verdicts_scale_end_unique")
      .on(t.scaleEnd)
      .where(sql`${t.scaleEnd} IS NOT NULL`),
    check("verdicts_slug_format", sql`${t.slug} ~ ${sql.raw(`'${slugPattern}'`)}`),
    check("verdicts_label_present", sql`length(btrim(${t.label})) > 0`),
    check("verdicts_end_rated", sql`${t.scaleEnd} IS NULL OR ${t.rating} IS NOT NULL`),
  ],
);

/** The newsroom's identity in published data: one row, created with the database. */
export const newsroom = pgTable(
  "newsroom",
  {
    id: integer("id").primaryKey().default(1),
    name: text("name").notNull().default(""),
    url: text("url"),
    logoUrl: text("logo_url"),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "restrict" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("newsroom_single_row", sql`${t.id} = 1`),
    check(
      "newsroom_url_http",
      sql`${t.url} IS NULL OR ${t.url} ~* ${sql.raw(`'${httpUrlPattern}'`)}`,
    ),
    check(
      "newsroom_logo_url_http",
      sql`${t.logoUrl} IS NULL OR ${t.logoUrl} ~* ${sql.raw(`'${httpUrlPattern}'`)}`,
    ),
  ],
);

export const annotations = pgTable(
  "annotations",
  {
    // Generated in the browser and carried on the document mark.
    id: uuid("id").primaryKey(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    kind: annotationKind("kind").notNull(),
    // A speaker with claims attributed to it cannot be deleted out from under them.
    speakerId: uuid("speaker_id").references(() => speakers.id, { onDelete: "restrict" }),
    /** "No named source": deliberately unattributed, so the publish check needs no speaker. */
    unattributed: boolean("unattributed").notNull().default(false),
    cue: text("cue").notNull().default(""),
    note: text("note").notNull().default(""),
    /** Claims and allegations only; a verdict in use cannot be deleted, only retired. */
    verdictId: uuid("verdict_id").references(() => verdicts.id, { onDelete: "restrict" }),
    /** What the evidence shows, in a sentence or two; a verdict needs one to be published. */
    conclusion: text("conclusion").notNull().default(""),
    quote: text("quote").notNull().default(""),
    prefix: text("prefix").notNull().default(""),
    suffix: text("suffix").notNull().default(""),
    start: integer("start").notNull().default(0),
    end: integer("end").notNull().default(0),
    detachedAt: timestamp("detached_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    ...timestamps,
  },
  (t) => [
    index("annotations_article_idx").on(t.articleId, t.start),
    index("annotations_speaker_idx").on(t.speakerId),
    index("annotations_verdict_idx").on(t.verdictId),
    check("annotations_offsets_valid", sql`${t.start} >= 0 AND ${t.end} >= ${t.start}`),
    check("annotations_version_positive", sql`${t.version} > 0`),
  ],
);

/**
 * What a reviewer did with each suggested annotation, and the suggestion as it was proposed, so
 * acceptance can be measured per rule. Append-only. The article cascades: articles are archived,
 * never deleted, and were one deleted, the quotes held here are its text and should go with it.
 * The annotation has no foreign key: deleting an annotation keeps the decision, and the report
 * counts the missing annotation as an accepted suggestion that was removed.
 */
export const suggestionDecisions = pgTable(
  "suggestion_decisions",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    actorId: uuid("actor_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull().defaultNow(),
    decision: suggestionDecision("decision").notNull(),
    rule: text("rule").notNull(),
    kind: annotationKind("kind").notNull(),
    quote: text("quote").notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    confidence: doublePrecision("confidence").notNull(),
    /** Null when the suggestion named nobody (an allegation whose accuser is not named). */
    speakerName: text("speaker_name"),
    speakerType: speakerType("speaker_type"),
    /** "" when the suggestion had no cue, as on annotations, so the two compare directly. */
    cue: text("cue").notNull().default(""),
    /** The annotation the acceptance created; null for a rejection. */
    annotationId: uuid("annotation_id"),
  },
  (t) => [
    // The rejected filter: one article's rejections.
    index("suggestion_decisions_article_idx").on(t.articleId, t.decision),
    // The report over a period (--since); without one it reads every decision anyway.
    index("suggestion_decisions_decided_idx").on(t.decidedAt),
    // One acceptance per annotation, so a retried request is not counted twice.
    uniqueIndex("suggestion_decisions_annotation_unique").on(t.annotationId),
    check("suggestion_decisions_offsets_valid", sql`${t.start} >= 0 AND ${t.end} >= ${t.start}`),
    check(
      "suggestion_decisions_confidence_range",
      sql`${t.confidence} >= 0 AND ${t.confidence} <= 1`,
    ),
    // Verified facts are decided by a person, never suggested.
    check("suggestion_decisions_kind_suggestable", sql`${t.kind} <> 'verified_fact'`),
    check(
      "suggestion_decisions_speaker_whole",
      sql`(${t.speakerName} IS NULL) = (${t.speakerType} IS NULL)`,
    ),
    check(
      "suggestion_decisions_annotation_on_accept",
      sql`(${t.decision} = 'accepted') = (${t.annotationId} IS NOT NULL)`,
    ),
  ],
);

export const sources = pgTable(
  "sources",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    // Normalized (host case, fragment and tracking parameters removed) before it is stored.
    url: text("url").notNull(),
    title: text("title").notNull(),
    publisher: text("publisher").notNull().default(""),
    publishedAt: date("published_at"),
    archivedUrl: text("archived_url"),
    kind: sourceKind("kind").notNull().default("other"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "restrict" }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("sources_url_unique").on(t.url),
    check("sources_url_http", sql`${t.url} ~* ${sql.raw(`'${httpUrlPattern}'`)}`),
    check(
      "sources_archived_url_http",
      sql`${t.archivedUrl} IS NULL OR ${t.archivedUrl} ~* ${sql.raw(`'${httpUrlPattern}'`)}`,
    ),
  ],
);

export const annotationSources = pgTable(
  "annotation_sources",
  {
    // The link's own id, which its audit events name (the key is the pair below).
    id: uuid("id").notNull().defaultRandom(),
    annotationId: uuid("annotation_id")
      .notNull()
      .references(() => annotations.id, { onDelete: "cascade" }),
    // A source that backs an annotation cannot be deleted while the link exists.
    sourceId: uuid("source_id")
      .notNull()
      .references(() => sources.id, { onDelete: "restrict" }),
    relation: sourceRelation("relation").notNull(),
    excerpt: text("excerpt").notNull().default(""),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.annotationId, t.sourceId] }),
    unique("annotation_sources_id_unique").on(t.id),
    index("annotation_sources_source_idx").on(t.sourceId),
  ],
);

export const auditEntity = pgEnum("audit_entity", AUDIT_ENTITIES);

/** Append-only; kept even when the article it describes is deleted, hence no FK on articleId. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    actorId: uuid("actor_id").references(() => users.id, { onDelete: "restrict" }),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    entity: auditEntity("entity").notNull(),
    entityId: text("entity_id").notNull(),
    articleId: uuid("article_id"),
    action: text("action").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
  },
  (t) => [
    index("audit_events_entity_idx").on(t.entity, t.entityId, t.at),
    index("audit_events_article_idx").on(t.articleId, t.at),
  ],
);
