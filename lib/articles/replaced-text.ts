import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { articles, auditEvents } from "@/db/schema";
import { documentHasText } from "@/lib/editor/anchors";
import { parseDocument } from "@/lib/editor/schema";

/** Whether a stored document holds any text; one that no longer parses is kept to be safe. */
function hasText(doc: unknown): boolean {
  try {
    return documentHasText(parseDocument(doc));
  } catch {
    return true;
  }
}

/**
 * The save that made a version: its author and time, from that save's audit event (the
 * article's `updatedBy` also changes with status changes and notes, so it cannot tell).
 * Undefined for a version no save made (a new or imported article). The newest events come
 * first in the index, so this reads one or a few rows.
 */
export async function saveOfVersion(
  tx: Db,
  articleId: string,
  version: number,
): Promise<{ actorId: string | null; at: Date } | undefined> {
  const [made] = await tx
    .select({ actorId: auditEvents.actorId, at: auditEvents.at })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.articleId, articleId),
        eq(auditEvents.entity, "article"),
        eq(auditEvents.action, "edit"),
        sql`${auditEvents.after}->>'version' = ${String(version)}`,
      ),
    )
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(1);
  return made;
}

/**
 * The stored document when `docJson` would replace it with a different one that has text.
 * Called only when the last writer was someone else, so ordinary autosaves stay small.
 */
async function documentToBeReplaced(tx: Db, articleId: string, docJson: string): Promise<unknown> {
  const [row] = await tx
    .select({ doc: articles.doc })
    .from(articles)
    .where(and(eq(articles.id, articleId), sql`${articles.doc} <> ${docJson}::jsonb`));
  return row && hasText(row.doc) ? row.doc : null;
}

/** The stored version a save is about to replace, as read under the save's row lock. */
export interface VersionBeingReplaced {
  articleId: string;
  version: number;
  /** The article's last updater, or its creator: the author when no save made the version. */
  lastChangedBy: string;
}

/**
 * Another person's text that saving `docJson` would replace (as after "Keep my version" in a
 * conflict), to be kept in the save's audit event; null when the saver wrote it themselves,
 * or it has no text, or the save leaves it unchanged.
 */
export async function replacedTextToKeep(
  tx: Db,
  saverId: string,
  replaced: VersionBeingReplaced,
  docJson: string,
): Promise<unknown> {
  const save = await saveOfVersion(tx, replaced.articleId, replaced.version);
  if ((save === undefined ? replaced.lastChangedBy : save.actorId) === saverId) return null;
  return documentToBeReplaced(tx, replaced.articleId, docJson);
}
