// The newsroom desk's tables: discussion on annotations, speaker and source merges, and the
// full-text search over annotations. Kept apart from schema.ts (which it builds on) so neither
// file grows past reading size; drizzle.config.ts lists both.
import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  annotationKind,
  annotations,
  articleRevisions,
  articles,
  sources,
  speakers,
  tsvector,
  users,
} from "./schema";

// ---------------------------------------------------------------------------------------------
// Discussion: one thread per annotation, created with its first comment. Studio-only: nothing
// here is copied into revisions, exports or the public API.

export const discussionThreads = pgTable(
  "discussion_threads",
  {
    annotationId: uuid("annotation_id")
      .primaryKey()
      .references(() => annotations.id, { onDelete: "cascade" }),
    // Denormalized from the annotation so an article's threads and the inbox need no join.
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    resolvedBy: uuid("resolved_by").references(() => users.id, { onDelete: "restrict" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** When the newest comment was written: the inbox's order and what "unread" compares with. */
    lastCommentAt: timestamp("last_comment_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("discussion_threads_article_idx").on(t.articleId),
    index("discussion_threads_last_comment_idx").on(t.lastCommentAt),
    check(
      "discussion_threads_resolved_whole",
      sql`(${t.resolvedAt} IS NULL) = (${t.resolvedBy} IS NULL)`,
    ),
  ],
);

export const comments = pgTable(
  "comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    annotationId: uuid("annotation_id")
      .notNull()
      .references(() => discussionThreads.annotationId, { onDelete: "cascade" }),
    /** The comment this one replies to; null for a comment on the thread itself. */
    parentId: uuid("parent_id"),
    authorId: uuid("author_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    body: text("body").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp("edited_at", { withTimezone: true }),
    /** Deleted by its author: the body is cleared and the place kept, so replies still read. */
    deletedAt: timestamp("deleted_at", { withTimezone: true }),
  },
  (t) => [
    index("comments_thread_idx").on(t.annotationId, t.createdAt),
    index("comments_parent_idx").on(t.parentId),
    check("comments_body_present", sql`${t.deletedAt} IS NOT NULL OR length(btrim(${t.body})) > 0`),
  ],
);

/** Who a comment mentions with @name: the inbox reads this. */
export const commentMentions = pgTable(
  "comment_mentions",
  {
    commentId: uuid("comment_id")
      .notNull()
      .references(() => comments.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
  },
  (t) => [
    primaryKey({ columns: [t.commentId, t.userId] }),
    index("comment_mentions_user_idx").on(t.userId),
  ],
);

/** When each person last read each thread, so unread counts survive signing out. */
export const threadReads = pgTable(
  "thread_reads",
  {
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    annotationId: uuid("annotation_id")
      .notNull()
      .references(() => discussionThreads.annotationId, { onDelete: "cascade" }),
    readAt: timestamp("read_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.annotationId] })],
);

// ---------------------------------------------------------------------------------------------
// Merges. A merged speaker's row is deleted; this row keeps its old address (so the public page
// redirects) and its id (so published revisions, which froze it, are listed under the speaker
// it became). Merging the target later re-points these rows, so a chain always ends at a live
// speaker.

export const speakerMerges = pgTable(
  "speaker_merges",
  {
    fromId: uuid("from_id").primaryKey(),
    fromSlug: text("from_slug").notNull(),
    fromName: text("from_name").notNull(),
    intoId: uuid("into_id")
      .notNull()
      .references(() => speakers.id, { onDelete: "cascade" }),
    mergedBy: uuid("merged_by")
      .notNull()
      .references(() => users.id, { onDelete: "restrict" }),
    mergedAt: timestamp("merged_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("speaker_merges_from_slug_unique").on(t.fromSlug),
    index("speaker_merges_into_idx").on(t.intoId),
  ],
);

/** The normalized URLs of sources merged into another, so adding one again finds the survivor. */
export const sourceUrlAliases = pgTable(
  "source_url_aliases",
  {
    url: text("url").primaryKey(),
    sourceId: uuid("source_id")
      .notNull()
      .references(() => sources.id, { onDelete: "cascade" }),
    mergedBy: uuid("merged_by").references(() => users.id, { onDelete: "restrict" }),
    mergedAt: timestamp("merged_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("source_url_aliases_source_idx").on(t.sourceId)],
);

// ---------------------------------------------------------------------------------------------
// Public search: one row per annotation of each article's current revision, written in the
// publish transaction (and removed when the article leaves "published"). Everything is copied
// from the revision, never from the live tables, so no public search can reach a draft.

export const publishedAnnotations = pgTable(
  "published_annotations",
  {
    revisionId: uuid("revision_id")
      .notNull()
      .references(() => articleRevisions.id, { onDelete: "cascade" }),
    annotationId: uuid("annotation_id").notNull(),
    articleId: uuid("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    /** Order in the document, for "in context" links and stable ties. */
    position: integer("position").notNull(),
    kind: annotationKind("kind").notNull(),
    /** The speaker as the revision froze them (no foreign key: merges and deletes keep it). */
    speakerId: uuid("speaker_id"),
    speakerName: text("speaker_name").notNull().default(""),
    /** The speaker's other names as the revision froze them, space-separated, for search. */
    speakerAliases: text("speaker_aliases").notNull().default(""),
    quote: text("quote").notNull(),
    prefix: text("prefix").notNull().default(""),
    suffix: text("suffix").notNull().default(""),
    cue: text("cue").notNull().default(""),
    note: text("note").notNull().default(""),
    conclusion: text("conclusion").notNull().default(""),
    sourceTitles: text("source_titles").notNull().default(""),
    verdictSlug: text("verdict_slug"),
    search: tsvector("search")
      .notNull()
      .generatedAlwaysAs(
        sql`setweight(to_tsvector('english', quote), 'A') || setweight(to_tsvector('english', speaker_name || ' ' || speaker_aliases || ' ' || conclusion), 'B') || setweight(to_tsvector('english', cue || ' ' || note), 'C') || setweight(to_tsvector('english', source_titles), 'D')`,
      ),
  },
  (t) => [
    primaryKey({ columns: [t.revisionId, t.annotationId] }),
    index("published_annotations_article_idx").on(t.articleId),
    index("published_annotations_speaker_idx").on(t.speakerId),
    index("published_annotations_search_idx").using("gin", t.search),
  ],
);
