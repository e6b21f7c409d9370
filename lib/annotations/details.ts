import { and, eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import { getSpeaker, type SpeakerSummary } from "@/db/queries/speakers";
import { annotations, speakers, verdicts } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { lockArticleOfAnnotation, markArticleChanged } from "@/lib/articles/last-change";
import { recordAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";

const ANNOTATION_GONE = "This annotation no longer exists. Reload the page.";
/** A conclusion says what the evidence shows in one or two sentences. */
export const CONCLUSION_MAX_CHARS = 600;
export const VERDICT_OFF_SCALE = "That verdict is no longer on the scale. Choose another.";
const NO_VERDICT_ON_FACTS =
  "A verified fact takes no verdict. Make it an official claim or allegation to rate it.";

export const annotationDetailsSchema = z
  .object({
    id: z.uuid({ error: ANNOTATION_GONE }),
    version: z
      .number({ error: "Reload the page before changing this annotation." })
      .int({ error: "Reload the page before changing this annotation." })
      .positive({ error: "Reload the page before changing this annotation." }),
    speakerId: z.uuid({ error: "Choose a speaker from the list." }).nullable(),
    /** "No named source": deliberately unattributed; excludes a speaker. */
    unattributed: z.boolean({ error: "Tick or untick “No named source”." }).default(false),
    cue: z.string().trim().max(100, { error: "Shorten the cue to at most 100 characters." }),
    note: z.string().trim().max(5000, { error: "Shorten the note to at most 5,000 characters." }),
    // Verdict and conclusion are left as they are when not given: callers that never show them
    // (accepting a suggestion, imports) cannot clear them by accident.
    verdictId: z.uuid({ error: "Choose a verdict from the list." }).nullable().optional(),
    conclusion: z
      .string()
      .trim()
      .max(CONCLUSION_MAX_CHARS, {
        error: "Shorten the conclusion to at most 600 characters: one or two sentences.",
      })
      .optional(),
  })
  .refine((details) => !(details.speakerId && details.unattributed), {
    path: ["unattributed"],
    error: "Choose a speaker or tick “No named source”, not both.",
  });
/**
 * What the use case takes: the parsed form; "No named source" is off unless given, verdict
 * and conclusion unchanged unless given.
 */
export type AnnotationDetailsInput = Omit<
  z.output<typeof annotationDetailsSchema>,
  "unattributed"
> & {
  unattributed?: boolean;
};

/** What a conflict's details carry: the other person's values, for the panel to show. */
export interface AnnotationDetailsConflict {
  version: number;
  speakerId: string | null;
  /** Their speaker, so the panel can show and adopt it without another request. */
  speaker: SpeakerSummary | null;
  unattributed: boolean;
  cue: string;
  note: string;
  verdictId: string | null;
  conclusion: string;
}

const DETAIL_FIELDS = [
  "speakerId",
  "unattributed",
  "cue",
  "note",
  "verdictId",
  "conclusion",
] as const;
type DetailField = (typeof DETAIL_FIELDS)[number];

/**
 * A new verdict must be on the newsroom's scale now (not retired, not deleted) and may only
 * rate a claim or allegation. A verdict the annotation already has is kept as it is, even
 * retired or on a fact whose kind changed: the revision drops it from facts (publish.ts).
 */
async function checkNewVerdict(tx: Db, verdictId: string, kind: string): Promise<void> {
  if (kind === "verified_fact") throw new AppError("invalid_input", NO_VERDICT_ON_FACTS);
  // SHARE holds off retiring or deleting it until this transaction commits.
  const [verdict] = await tx
    .select({ retiredAt: verdicts.retiredAt })
    .from(verdicts)
    .where(eq(verdicts.id, verdictId))
    .for("share");
  if (!verdict || verdict.retiredAt) throw new AppError("invalid_input", VERDICT_OFF_SCALE);
}

/**
 * Saves who an annotation is attributed to (or that it has no named source), its cue, its
 * note, and for claims and allegations a verdict and conclusion. These have their own
 * version, separate from the document's, so a reviewer editing a note never collides with
 * one editing text; two people editing the same annotation's details do collide, visibly.
 */
export async function updateAnnotationDetails(
  db: Db,
  actor: Actor,
  given: AnnotationDetailsInput,
): Promise<{ version: number }> {
  return db.transaction(async (tx) => {
    if (!(await lockArticleOfAnnotation(tx, given.id))) {
      throw new AppError("not_found", ANNOTATION_GONE);
    }
    const [row] = await tx
      .select({
        articleId: annotations.articleId,
        kind: annotations.kind,
        version: annotations.version,
        speakerId: annotations.speakerId,
        unattributed: annotations.unattributed,
        cue: annotations.cue,
        note: annotations.note,
        verdictId: annotations.verdictId,
        conclusion: annotations.conclusion,
      })
      .from(annotations)
      .where(eq(annotations.id, given.id))
      .for("update");
    if (!row) throw new AppError("not_found", ANNOTATION_GONE);
    const input = {
      ...given,
      unattributed: given.unattributed ?? false,
      // Ids compare as the database prints them: lower-case.
      verdictId:
        given.verdictId === undefined ? row.verdictId : (given.verdictId?.toLowerCase() ?? null),
      conclusion: given.conclusion ?? row.conclusion,
    };
    if (row.version !== input.version) {
      const details: AnnotationDetailsConflict = {
        version: row.version,
        speakerId: row.speakerId,
        speaker: row.speakerId ? await getSpeaker(tx, row.speakerId) : null,
        unattributed: row.unattributed,
        cue: row.cue,
        note: row.note,
        verdictId: row.verdictId,
        conclusion: row.conclusion,
      };
      throw new AppError(
        { code: "conflict", kind: "details_conflict", details },
        "Someone else changed this annotation. Their version is shown; re-apply your change if it is still needed.",
      );
    }

    const changed = DETAIL_FIELDS.filter((field) => row[field] !== input[field]);
    if (changed.length === 0) return { version: row.version };

    if (input.speakerId && changed.includes("speakerId")) {
      // KEY SHARE keeps the speaker from being deleted before this transaction commits.
      const [speaker] = await tx
        .select({ id: speakers.id })
        .from(speakers)
        .where(eq(speakers.id, input.speakerId))
        .for("key share");
      if (!speaker) {
        throw new AppError("invalid_input", "That speaker no longer exists. Choose another.");
      }
    }
    if (input.verdictId && changed.includes("verdictId")) {
      await checkNewVerdict(tx, input.verdictId, row.kind);
    }

    const pick = (source: Record<DetailField, string | boolean | null>) =>
      Object.fromEntries(changed.map((field) => [field, source[field]]));
    const version = row.version + 1;
    await tx
      .update(annotations)
      .set({ ...pick(input), version, updatedAt: new Date() })
      .where(and(eq(annotations.id, input.id), eq(annotations.version, row.version)));
    await markArticleChanged(tx, row.articleId, actor.id);
    await recordAudit(tx, {
      actorId: actor.id,
      entity: "annotation",
      entityId: input.id,
      articleId: row.articleId,
      action: "edit_details",
      before: pick(row),
      after: pick(input),
    });
    return { version };
  });
}

/**
 * Deletes an annotation whose text is gone, with its source links. One still in the text is
 * refused: its mark would bring the row back, empty, on the next save.
 */
export async function deleteAnnotationForGood(
  db: Db,
  actor: Actor,
  input: { id: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    if (!(await lockArticleOfAnnotation(tx, input.id))) {
      throw new AppError("not_found", ANNOTATION_GONE);
    }
    const [row] = await tx
      .select()
      .from(annotations)
      .where(eq(annotations.id, input.id))
      .for("update");
    if (!row) throw new AppError("not_found", ANNOTATION_GONE);
    if (!row.detachedAt) {
      throw new AppError(
        "conflict",
        "This annotation is still in the text. Remove its highlight first.",
      );
    }
    await tx.delete(annotations).where(eq(annotations.id, row.id));
    await markArticleChanged(tx, row.articleId, actor.id);
    await recordAudit(tx, {
      actorId: actor.id,
      entity: "annotation",
      entityId: row.id,
      articleId: row.articleId,
      action: "delete",
      before: {
        kind: row.kind,
        quote: row.quote,
        speakerId: row.speakerId,
        unattributed: row.unattributed,
        cue: row.cue,
        note: row.note,
        verdictId: row.verdictId,
        conclusion: row.conclusion,
      },
    });
  });
}
