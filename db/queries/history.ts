import { and, desc, eq, inArray, like, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../client";
import { articleRevisions, auditEvents, sources, speakers, users } from "../schema";
import { type AuditNames, describeChanges, describeEvent, referencedIds } from "@/lib/format/audit";
import { type ReplacedVersion, replacedVersion } from "@/lib/format/replaced-version";

/** One audit event as a newsroom reads it: no ids, no JSON. */
export interface HistoryEvent {
  id: number;
  at: Date;
  /** Who did it: their name, else their e-mail; null for the system (command line, migrations). */
  actor: string | null;
  entity: string;
  entityId: string;
  action: string;
  /** "Annotation details edited". */
  summary: string;
  /** "Attributed to: no one → Ministry of Health", one per changed field. */
  changes: string[];
  /** Another person's text that a save replaced, kept so it can be copied back. */
  replaced: ReplacedVersion | null;
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The names and numbers the events' ids stand for now: at most three small indexed reads. */
async function loadNames(db: Db, ids: ReturnType<typeof referencedIds>): Promise<AuditNames> {
  const [speakerRows, sourceRows, revisionRows] = [
    ids.speakers.length
      ? await db
          .select({ id: speakers.id, name: speakers.name })
          .from(speakers)
          .where(inArray(speakers.id, ids.speakers))
      : [],
    ids.sources.length
      ? await db
          .select({ id: sources.id, title: sources.title })
          .from(sources)
          .where(inArray(sources.id, ids.sources))
      : [],
    ids.revisions.length
      ? await db
          .select({ id: articleRevisions.id, number: articleRevisions.number })
          .from(articleRevisions)
          .where(inArray(articleRevisions.id, ids.revisions))
      : [],
  ];
  return {
    speakers: new Map(speakerRows.map((row) => [row.id, row.name])),
    sources: new Map(sourceRows.map((row) => [row.id, row.title])),
    revisions: new Map(revisionRows.map((row) => [row.id, row.number])),
  };
}

async function listEvents(db: Db, where: SQL | undefined, limit: number): Promise<HistoryEvent[]> {
  const rows = await db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      actor: sql<string | null>`coalesce(nullif(${users.name}, ''), ${users.email})`,
      entity: auditEvents.entity,
      entityId: auditEvents.entityId,
      action: auditEvents.action,
      before: auditEvents.before,
      after: auditEvents.after,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(where)
    // Events of one transaction share `at`; the id keeps the order they were written in.
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(limit);
  const names = await loadNames(db, referencedIds(rows));
  return rows.map(({ before, after, ...event }) => ({
    ...event,
    summary: describeEvent(event.entity, event.action),
    changes: describeChanges({ entity: event.entity, before, after }, names),
    replaced: replacedVersion(before),
  }));
}

/**
 * Everything that happened to an article and inside it (its annotations and their source
 * links), newest first. A malformed id has no history rather than causing a database error.
 */
export async function listArticleHistory(
  db: Db,
  articleId: string,
  limit = 200,
): Promise<HistoryEvent[]> {
  if (!UUID_PATTERN.test(articleId)) return [];
  // Article audit rows are written with the id as the database prints it: lower-case.
  const id = articleId.toLowerCase();
  return listEvents(
    db,
    or(
      eq(auditEvents.articleId, id),
      and(eq(auditEvents.entity, "article"), eq(auditEvents.entityId, id)),
    ),
    limit,
  );
}

/**
 * One annotation's history, newest first: its own events and those of its source links
 * (entity id "<annotationId>:<sourceId>"), found by id so a link event without an article
 * id is found too.
 */
export async function listAnnotationHistory(
  db: Db,
  annotationId: string,
  limit = 100,
): Promise<HistoryEvent[]> {
  if (!UUID_PATTERN.test(annotationId)) return [];
  // Audit rows carry the id as the editor's mark spelled it (lower-case from the browser);
  // the row's uuid column prints lower-case. A uuid holds no LIKE wildcards.
  const ids = [...new Set([annotationId, annotationId.toLowerCase()])];
  return listEvents(
    db,
    or(
      and(eq(auditEvents.entity, "annotation"), inArray(auditEvents.entityId, ids)),
      and(
        eq(auditEvents.entity, "annotation_source"),
        or(...ids.map((id) => like(auditEvents.entityId, `${id}:%`))),
      ),
    ),
    limit,
  );
}
