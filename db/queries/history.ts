import { and, desc, eq, inArray, like, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../client";
import { auditEvents, users } from "../schema";

export interface HistoryEvent {
  id: number;
  at: Date;
  /** Who did it: their name, else their e-mail; null for the system (command line, migrations). */
  actor: string | null;
  entity: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function listEvents(db: Db, where: SQL | undefined, limit: number): Promise<HistoryEvent[]> {
  return (
    db
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
      .limit(limit)
  );
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
