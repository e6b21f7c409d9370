import type { Db } from "@/db/client";
import {
  type AuditEventRow,
  listAnnotationEvents,
  listArticleEvents,
  loadReferencedNames,
} from "@/db/queries/history";
import { describeChanges, describeEvent, referencedIds } from "@/lib/format/audit";
import { type ReplacedVersion, replacedVersion } from "@/lib/format/replaced-version";
import { isUuid } from "@/lib/ids";

/** One audit event as a newsroom reads it: no ids, no JSON. */
export interface HistoryEvent extends Omit<AuditEventRow, "before" | "after"> {
  /** "Annotation details edited". */
  summary: string;
  /** "Attributed to: no one → Ministry of Health", one per changed field. */
  changes: string[];
  /** Another person's text that a save replaced, kept so it can be copied back. */
  replaced: ReplacedVersion | null;
}

/** The events in words, with the ids they mention read as the names they stand for now. */
async function describe(db: Db, rows: AuditEventRow[]): Promise<HistoryEvent[]> {
  const names = await loadReferencedNames(db, referencedIds(rows));
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
  if (!isUuid(articleId)) return [];
  return describe(db, await listArticleEvents(db, articleId, limit));
}

/** One annotation's history, newest first: its own events and those of its source links. */
export async function listAnnotationHistory(
  db: Db,
  annotationId: string,
  limit = 100,
): Promise<HistoryEvent[]> {
  if (!isUuid(annotationId)) return [];
  return describe(db, await listAnnotationEvents(db, annotationId, limit));
}
