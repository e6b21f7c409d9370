CREATE TYPE "public"."verdict_scale_end" AS ENUM('best', 'worst');--> statement-breakpoint
ALTER TYPE "public"."audit_entity" ADD VALUE 'verdict';--> statement-breakpoint
ALTER TYPE "public"."audit_entity" ADD VALUE 'newsroom';--> statement-breakpoint
CREATE TABLE "newsroom" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"name" text DEFAULT '' NOT NULL,
	"url" text,
	"logo_url" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "newsroom_single_row" CHECK ("newsroom"."id" = 1),
	CONSTRAINT "newsroom_url_http" CHECK ("newsroom"."url" IS NULL OR "newsroom"."url" ~* '^https?://'),
	CONSTRAINT "newsroom_logo_url_http" CHECK ("newsroom"."logo_url" IS NULL OR "newsroom"."logo_url" ~* '^https?://')
);
--> statement-breakpoint
CREATE TABLE "verdicts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"label" text NOT NULL,
	"definition" text DEFAULT '' NOT NULL,
	"rating" integer,
	"scale_end" "verdict_scale_end",
	"position" integer NOT NULL,
	"retired_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "verdicts_slug_format" CHECK ("verdicts"."slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
	CONSTRAINT "verdicts_label_present" CHECK (length(btrim("verdicts"."label")) > 0),
	CONSTRAINT "verdicts_end_rated" CHECK ("verdicts"."scale_end" IS NULL OR "verdicts"."rating" IS NOT NULL)
);
--> statement-breakpoint
ALTER TABLE "annotations" ADD COLUMN "verdict_id" uuid;--> statement-breakpoint
ALTER TABLE "annotations" ADD COLUMN "conclusion" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "article_revisions" ADD COLUMN "verdict_scale" jsonb DEFAULT '{"bestRating":null,"worstRating":null,"verdicts":[]}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "article_revisions" ADD COLUMN "checked_article" jsonb;--> statement-breakpoint
ALTER TABLE "article_revisions" ADD COLUMN "newsroom" jsonb;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "checked_outlet" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "checked_author" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "checked_url" text;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "checked_date" date;--> statement-breakpoint
ALTER TABLE "newsroom" ADD CONSTRAINT "newsroom_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "verdicts_slug_unique" ON "verdicts" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "verdicts_label_unique" ON "verdicts" USING btree (lower("label"));--> statement-breakpoint
CREATE UNIQUE INDEX "verdicts_scale_end_unique" ON "verdicts" USING btree ("scale_end") WHERE "verdicts"."scale_end" IS NOT NULL;--> statement-breakpoint
ALTER TABLE "annotations" ADD CONSTRAINT "annotations_verdict_id_verdicts_id_fk" FOREIGN KEY ("verdict_id") REFERENCES "public"."verdicts"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "annotations_verdict_idx" ON "annotations" USING btree ("verdict_id");--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_checked_url_http" CHECK ("articles"."checked_url" IS NULL OR "articles"."checked_url" ~* '^https?://');--> statement-breakpoint
-- The default scale every new database starts with; admins edit it at /studio/settings.
INSERT INTO "verdicts" ("slug", "label", "definition", "rating", "scale_end", "position") VALUES
  ('true', 'True', 'The claim is accurate and nothing significant is missing.', 6, 'best', 1),
  ('mostly-true', 'Mostly true', 'The claim is accurate but needs clarification or additional information.', 5, NULL, 2),
  ('half-true', 'Half true', 'The claim is partly accurate but leaves out important details or takes things out of context.', 4, NULL, 3),
  ('misleading', 'Misleading', 'The claim contains accurate elements but gives a false impression.', 3, NULL, 4),
  ('mostly-false', 'Mostly false', 'The claim contains an element of truth but ignores facts that would give a different impression.', 2, NULL, 5),
  ('false', 'False', 'The claim is not accurate.', 1, 'worst', 6),
  ('unproven', 'Unproven', 'The evidence available does not show whether the claim is accurate.', NULL, NULL, 7);
--> statement-breakpoint
INSERT INTO "newsroom" ("id", "name") VALUES (1, '');
