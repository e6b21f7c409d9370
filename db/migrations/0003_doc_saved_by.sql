ALTER TABLE "articles" ADD COLUMN "doc_saved_by" uuid;--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "doc_saved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_doc_saved_by_users_id_fk" FOREIGN KEY ("doc_saved_by") REFERENCES "public"."users"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
-- Backfill from the save that made each article's current version, as it was read before:
-- the newest "edit" audit event whose `after` names that version. No such event: left null.
UPDATE "articles" AS a
SET "doc_saved_by" = e.actor_id, "doc_saved_at" = e.at
FROM (
  SELECT DISTINCT ON (ev.article_id) ev.article_id, ev.actor_id, ev.at
  FROM "audit_events" AS ev
  JOIN "articles" AS ar ON ar.id = ev.article_id
  WHERE ev.entity = 'article' AND ev.action = 'edit' AND ev.after->>'version' = ar.version::text
  ORDER BY ev.article_id, ev.at DESC, ev.id DESC
) AS e
WHERE a.id = e.article_id;
