CREATE TYPE "public"."suggestion_decision" AS ENUM('accepted', 'rejected');--> statement-breakpoint
CREATE TABLE "suggestion_decisions" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "suggestion_decisions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"article_id" uuid NOT NULL,
	"actor_id" uuid NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decision" "suggestion_decision" NOT NULL,
	"rule" text NOT NULL,
	"kind" "annotation_kind" NOT NULL,
	"quote" text NOT NULL,
	"start" integer NOT NULL,
	"end" integer NOT NULL,
	"confidence" double precision NOT NULL,
	"speaker_name" text,
	"speaker_type" "speaker_type",
	"cue" text DEFAULT '' NOT NULL,
	"annotation_id" uuid,
	CONSTRAINT "suggestion_decisions_offsets_valid" CHECK ("suggestion_decisions"."start" >= 0 AND "suggestion_decisions"."end" >= "suggestion_decisions"."start"),
	CONSTRAINT "suggestion_decisions_confidence_range" CHECK ("suggestion_decisions"."confidence" >= 0 AND "suggestion_decisions"."confidence" <= 1),
	CONSTRAINT "suggestion_decisions_kind_suggestable" CHECK ("suggestion_decisions"."kind" <> 'verified_fact'),
	CONSTRAINT "suggestion_decisions_speaker_whole" CHECK (("suggestion_decisions"."speaker_name" IS NULL) = ("suggestion_decisions"."speaker_type" IS NULL)),
	CONSTRAINT "suggestion_decisions_annotation_on_accept" CHECK (("suggestion_decisions"."decision" = 'accepted') = ("suggestion_decisions"."annotation_id" IS NOT NULL))
);
--> statement-breakpoint
ALTER TABLE "suggestion_decisions" ADD CONSTRAINT "suggestion_decisions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggestion_decisions" ADD CONSTRAINT "suggestion_decisions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "suggestion_decisions_article_idx" ON "suggestion_decisions" USING btree ("article_id","decision");--> statement-breakpoint
CREATE INDEX "suggestion_decisions_decided_idx" ON "suggestion_decisions" USING btree ("decided_at");--> statement-breakpoint
CREATE UNIQUE INDEX "suggestion_decisions_annotation_unique" ON "suggestion_decisions" USING btree ("annotation_id");--> statement-breakpoint
-- A decision is a measurement: once recorded it never changes (its article's deletion still
-- removes it, hence UPDATE only).
CREATE TRIGGER suggestion_decisions_immutable BEFORE UPDATE ON suggestion_decisions
  FOR EACH ROW EXECUTE FUNCTION claimmark_forbid_change();
