import { and, desc, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../client";
import { articleRevisions, auditEvents, sources, speakers, users, verdicts } from "../schema";

/** One audit event as stored, with who did it; lib/history.ts puts it into words. */
export interface AuditEventRow {
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

/** Ids that audit events refer to, by what they refer to (lower-case). */
export interface ReferencedIds {
  speakers: string[];
  sources: string[];
  revisions: string[];
  verdicts: string[];
}

/** The names and numbers those ids stand for now. An id missing here was deleted since. */
export interface ReferencedNames {
  speakers: Map<string, string>;
  sources: Map<string, string>;
  /** Revision id → its number. */
  revisions: Map<string, number>;
  verdicts: Map<string, string>;
}

/** Looks up what the ids stand for now: at most four small indexed reads. */
export async function loadReferencedNames(db: Db, ids: ReferencedIds): Promise<ReferencedNames> {
  const [speakerRows, sourceRows, revisionRows, verdictRows] = [
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
    ids.verdicts.length
      ? await db
          .select({ id: verdicts.id, label: verdicts.label })
          .from(verdicts)
          .where(inArray(verdicts.id, ids.verdicts))
      : [],
  ];
  return {
    speakers: new Map(speakerRows.map((row) => [row.id, row.name])),
    sources: new Map(sourceRows.map((row) => [row.id, row.title])),
    revisions: new Map(revisionRows.map((row) => [row.id, row.number])),
    verdicts: new Map(verdictRows.map((row) => [row.id, row.label])),
  };
}

async function listEvents(db: Db, where: SQL | undefined, limit: number): Promise<AuditEventRow[]> {
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
 * links), newest first. `articleId` must be a uuid (lib/history.ts checks it).
 */
export async function listArticleEvents(
  db: Db,
  articleId: string,
  limit: number,
): Promise<AuditEventRow[]> {
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
 * One annotation's events and those of its source links, newest first, found by the
 * annotation's id (a link event carries it in its data) so a link event without an article
 * id is found too. `annotationId` must be a uuid (lib/history.ts checks it).
 */
export async function listAnnotationEvents(
  db: Db,
  annotationId: string,
  limit: number,
): Promise<AuditEventRow[]> {
  // Audit rows carry the id as the editor's mark spelled it (lower-case from the browser);
  // the row's uuid column prints lower-case.
  const ids = [...new Set([annotationId, annotationId.toLowerCase()])];
  const linkedAnnotation = sql<string>`coalesce(${auditEvents.after}, ${auditEvents.before})->>'annotationId'`;
  return listEvents(
    db,
    or(
      and(eq(auditEvents.entity, "annotation"), inArray(auditEvents.entityId, ids)),
      and(eq(auditEvents.entity, "annotation_source"), inArray(linkedAnnotation, ids)),
    ),
    limit,
  );
}
