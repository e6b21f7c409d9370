import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { AnnotationKind } from "@/db/enums";
import { annotations, auditEvents } from "@/db/schema";

/** Details with nothing said: no speaker, cue or note. */
export const BLANK_DETAILS = { speakerId: null, unattributed: false, cue: "", note: "" };

/**
 * Annotation rows of one article written and read directly, for the tests of the use cases
 * that change them: a row to start from, the row as stored, and its audit trail in order.
 */
export function annotationRows(db: Db, article: { id: string; createdBy: string }) {
  return {
    async add(options: { detached?: boolean; kind?: AnnotationKind } = {}): Promise<string> {
      const id = randomUUID();
      await db.insert(annotations).values({
        id,
        articleId: article.id,
        kind: options.kind ?? "official_claim",
        quote: "40 people were taken to hospital",
        createdBy: article.createdBy,
        detachedAt: options.detached ? new Date() : null,
      });
      return id;
    },
    async row(id: string) {
      const [row] = await db.select().from(annotations).where(eq(annotations.id, id));
      return row;
    },
    /** [action, before, after, articleId] of each of the annotation's audit events. */
    async audit(id: string) {
      const events = await db
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.entity, "annotation"), eq(auditEvents.entityId, id)))
        .orderBy(auditEvents.id);
      return events.map((e) => [e.action, e.before, e.after, e.articleId]);
    },
  };
}
