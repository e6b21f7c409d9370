import type { Db } from "@/db/client";
import { auditEvents } from "@/db/schema";

export type AuditEntry = typeof auditEvents.$inferInsert;

/** Call inside the transaction that makes the change, so the record and the change commit together. */
export async function recordAudit(tx: Db, entry: AuditEntry | AuditEntry[]): Promise<void> {
  const rows = Array.isArray(entry) ? entry : [entry];
  if (rows.length > 0) await tx.insert(auditEvents).values(rows);
}
