-- array_to_string is only STABLE (element types may print by locale); for text[] it cannot vary, and
-- a generated column may only call IMMUTABLE functions.
CREATE FUNCTION claimmark_words(words text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(array_to_string(words, ' '), '') $$;--> statement-breakpoint
ALTER TYPE "public"."audit_entity" ADD VALUE 'comment';--> statement-breakpoint
ALTER TYPE "public"."audit_entity" ADD VALUE 'thread';--> statement-breakpoint
CREATE TABLE "comment_mentions" (
	"comment_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "comment_mentions_comment_id_user_id_pk" PRIMARY KEY("comment_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"annotation_id" uuid NOT NULL,
	"parent_id" uuid,
	"author_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"edited_at" timestamp with time zone,
	"deleted_at" timestamp with time zone,
	CONSTRAINT "comments_body_present" CHECK ("comments"."deleted_at" IS NOT NULL OR length(btrim("comments"."body")) > 0)
);
--> statement-breakpoint
CREATE TABLE "discussion_threads" (
	"annotation_id" uuid PRIMARY KEY NOT NULL,
	"article_id" uuid NOT NULL,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_comment_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "discussion_threads_resolved_whole" CHECK (("discussion_threads"."resolved_at" IS NULL) = ("discussion_threads"."resolved_by" IS NULL))
);
--> statement-breakpoint
CREATE TABLE "published_annotations" (
	"revision_id" uuid NOT NULL,
	"annotation_id" uuid NOT NULL,
	"article_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" "annotation_kind" NOT NULL,
	"speaker_id" uuid,
	"speaker_name" text DEFAULT '' NOT NULL,
	"speaker_aliases" text DEFAULT '' NOT NULL,
	"quote" text NOT NULL,
	"prefix" text DEFAULT '' NOT NULL,
	"suffix" text DEFAULT '' NOT NULL,
	"cue" text DEFAULT '' NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"conclusion" text DEFAULT '' NOT NULL,
	"source_titles" text DEFAULT '' NOT NULL,
	"verdict_slug" text,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', quote), 'A') || setweight(to_tsvector('english', speaker_name || ' ' || speaker_aliases || ' ' || conclusion), 'B') || setweight(to_tsvector('english', cue || ' ' || note), 'C') || setweight(to_tsvector('english', source_titles), 'D')) STORED NOT NULL,
	CONSTRAINT "published_annotations_revision_id_annotation_id_pk" PRIMARY KEY("revision_id","annotation_id")
);
--> statement-breakpoint
CREATE TABLE "source_url_aliases" (
	"url" text PRIMARY KEY NOT NULL,
	"source_id" uuid NOT NULL,
	"merged_by" uuid,
	"merged_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "speaker_merges" (
	"from_id" uuid PRIMARY KEY NOT NULL,
	"from_slug" text NOT NULL,
	"from_name" text NOT NULL,
	"into_id" uuid NOT NULL,
	"merged_by" uuid NOT NULL,
	"merged_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "thread_reads" (
	"user_id" uuid NOT NULL,
	"annotation_id" uuid NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "thread_reads_user_id_annotation_id_pk" PRIMARY KEY("user_id","annotation_id")
);
--> statement-breakpoint
ALTER TABLE "annotations" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', quote), 'A') || setweight(to_tsvector('english', conclusion), 'B') || setweight(to_tsvector('english', cue || ' ' || note), 'C')) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "assignee_id" uuid;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', title || ' ' || publisher)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "speakers" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (to_tsvector('english', name || ' ' || claimmark_words(aliases) || ' ' || description)) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "comment_mentions" ADD CONSTRAINT "comment_mentions_comment_id_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comment_mentions" ADD CONSTRAINT "comment_mentions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_annotation_id_discussion_threads_annotation_id_fk" FOREIGN KEY ("annotation_id") REFERENCES "public"."discussion_threads"("annotation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "comments" ADD CONSTRAINT "comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_threads" ADD CONSTRAINT "discussion_threads_annotation_id_annotations_id_fk" FOREIGN KEY ("annotation_id") REFERENCES "public"."annotations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_threads" ADD CONSTRAINT "discussion_threads_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "discussion_threads" ADD CONSTRAINT "discussion_threads_resolved_by_users_id_fk" FOREIGN KEY ("resolved_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "published_annotations" ADD CONSTRAINT "published_annotations_revision_id_article_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."article_revisions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "published_annotations" ADD CONSTRAINT "published_annotations_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_url_aliases" ADD CONSTRAINT "source_url_aliases_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "source_url_aliases" ADD CONSTRAINT "source_url_aliases_merged_by_users_id_fk" FOREIGN KEY ("merged_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speaker_merges" ADD CONSTRAINT "speaker_merges_into_id_speakers_id_fk" FOREIGN KEY ("into_id") REFERENCES "public"."speakers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "speaker_merges" ADD CONSTRAINT "speaker_merges_merged_by_users_id_fk" FOREIGN KEY ("merged_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thread_reads" ADD CONSTRAINT "thread_reads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thread_reads" ADD CONSTRAINT "thread_reads_annotation_id_discussion_threads_annotation_id_fk" FOREIGN KEY ("annotation_id") REFERENCES "public"."discussion_threads"("annotation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "comment_mentions_user_idx" ON "comment_mentions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "comments_thread_idx" ON "comments" USING btree ("annotation_id","created_at");--> statement-breakpoint
CREATE INDEX "comments_parent_idx" ON "comments" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "discussion_threads_article_idx" ON "discussion_threads" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "discussion_threads_last_comment_idx" ON "discussion_threads" USING btree ("last_comment_at");--> statement-breakpoint
CREATE INDEX "published_annotations_article_idx" ON "published_annotations" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "published_annotations_speaker_idx" ON "published_annotations" USING btree ("speaker_id");--> statement-breakpoint
CREATE INDEX "published_annotations_search_idx" ON "published_annotations" USING gin ("search");--> statement-breakpoint
CREATE INDEX "source_url_aliases_source_idx" ON "source_url_aliases" USING btree ("source_id");--> statement-breakpoint
CREATE UNIQUE INDEX "speaker_merges_from_slug_unique" ON "speaker_merges" USING btree ("from_slug");--> statement-breakpoint
CREATE INDEX "speaker_merges_into_idx" ON "speaker_merges" USING btree ("into_id");--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "annotations_search_idx" ON "annotations" USING gin ("search");--> statement-breakpoint
CREATE INDEX "articles_assignee_idx" ON "articles" USING btree ("assignee_id");--> statement-breakpoint
CREATE INDEX "sources_search_idx" ON "sources" USING gin ("search");--> statement-breakpoint
CREATE INDEX "speakers_search_idx" ON "speakers" USING gin ("search");