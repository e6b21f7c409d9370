ALTER TABLE "annotation_sources" ADD COLUMN "id" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "annotation_sources" ADD CONSTRAINT "annotation_sources_id_unique" UNIQUE("id");--> statement-breakpoint
-- Source-link audit events named their link "<annotationId>:<sourceId>". Rewrite them once to
-- the new id (a link gone since gets a stable id made from the old name) and put the
-- annotation's id in their data, where the annotation's history now finds them. Audit events
-- are append-only; this one-time rewrite of their form, not their meaning, lifts that briefly.
ALTER TABLE "audit_events" DISABLE TRIGGER "audit_events_append_only";
--> statement-breakpoint
UPDATE "audit_events" AS e
SET
  "entity_id" = coalesce(
    (
      SELECT l.id::text FROM "annotation_sources" AS l
      WHERE l.annotation_id::text = lower(split_part(e.entity_id, ':', 1))
        AND l.source_id::text = lower(split_part(e.entity_id, ':', 2))
    ),
    md5(lower(e.entity_id))::uuid::text
  ),
  "before" = CASE WHEN e.before IS NULL THEN NULL
    ELSE e.before || jsonb_build_object('annotationId', split_part(e.entity_id, ':', 1)) END,
  "after" = CASE WHEN e.after IS NULL THEN NULL
    ELSE e.after || jsonb_build_object('annotationId', split_part(e.entity_id, ':', 1)) END
WHERE e.entity = 'annotation_source' AND e.entity_id LIKE '%:%';
--> statement-breakpoint
ALTER TABLE "audit_events" ENABLE TRIGGER "audit_events_append_only";
