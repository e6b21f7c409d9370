import type { Db } from "@/db/client";
import { auditEvents } from "@/db/schema";

export type AuditEntry = typeof auditEvents.$inferInsert;

/** Call inside the transaction that makes the change, so the record and the change commit together. */
export async function recordAudit(tx: Db, entry: AuditEntry | AuditEntry[]): Promise<void> {
  const rows = Array.isArray(entry) ? entry : [entry];
  if (rows.length > 0) await tx.insert(auditEvents).values(rows);
}

/** An event about an article as a whole: the article is both what changed and where. */
export async function recordArticleEvent(
  tx: Db,
  articleId: string,
  event: Pick<AuditEntry, "actorId" | "action" | "before" | "after">,
): Promise<void> {
  await recordAudit(tx, { ...event, entity: "article", entityId: articleId, articleId });
}
