import { asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { VerdictScaleEnd } from "@/db/enums";
import { verdicts } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { AppError, sqlState } from "@/lib/errors";
import { nextVersion, versionToken } from "@/lib/version-token";

// The rules that span the scale's rows (one best end, one worst end, best above worst, unique
// labels), for the use cases in manage.ts. Every change locks the whole scale first (a handful
// of rows), so two admins changing it at once are served one after the other and each sees the
// other's result.

export type VerdictRecord = typeof verdicts.$inferSelect;
export type Content = Pick<VerdictRecord, "label" | "definition" | "rating" | "scaleEnd">;

export const quoted = (label: string) => `“${label}”`;
export const contentOf = (v: Content): Content => ({
  label: v.label,
  definition: v.definition,
  rating: v.rating,
  scaleEnd: v.scaleEnd,
});

/**
 * Every verdict, retired ones too, in order, locked until the transaction ends. Read again once
 * the locks are held: the locking read itself does not see a verdict added by the change it
 * waited for, and the rules must count that one too.
 */
export async function lockScale(tx: Db): Promise<VerdictRecord[]> {
  await tx.select({ id: verdicts.id }).from(verdicts).for("update");
  return tx.select().from(verdicts).orderBy(asc(verdicts.position));
}

export function findVerdict(scale: VerdictRecord[], id: string): VerdictRecord {
  const verdict = scale.find((v) => v.id === id);
  if (!verdict) {
    throw new AppError("not_found", "This verdict no longer exists: another admin deleted it.");
  }
  return verdict;
}

/** Refuses a change made from a form opened before someone else's change; `then` says what next. */
export function refuseStale(verdict: VerdictRecord, version: string, then: string): void {
  if (versionToken(verdict.updatedAt) !== version) {
    throw new AppError(
      "conflict",
      `Another admin changed ${quoted(verdict.label)} since you opened this page. ${then}`,
    );
  }
}

export function refuseTakenLabel(scale: VerdictRecord[], label: string, exceptId?: string): void {
  const taken = scale.find(
    (v) => v.id !== exceptId && v.label.toLowerCase() === label.toLowerCase(),
  );
  if (taken) {
    const retired = taken.retiredAt ? " (retired: restore it instead)" : "";
    throw new AppError(
      "conflict",
      `There is already a verdict labelled ${quoted(taken.label)}${retired}. Choose another label.`,
      { field: "label" },
    );
  }
}

const END_WORDS: Record<VerdictScaleEnd, string> = { best: "best", worst: "worst" };

export function refuseEndHolder(verdict: VerdictRecord, doing: string): void {
  if (!verdict.scaleEnd) return;
  const end = END_WORDS[verdict.scaleEnd];
  throw new AppError(
    "conflict",
    `${quoted(verdict.label)} marks the ${end} end of the scale. Mark another verdict as the ${end} end first, then ${doing} this one.`,
  );
}

/**
 * Applies a verdict's new content to the scale's ends: the end it takes moves from the verdict
 * that held it, an end it holds cannot be dropped (the scale would lose it), and the best end
 * must stay rated above the worst. Returns the verdict that loses its mark, if any.
 */
export function planEnds(
  scale: VerdictRecord[],
  edited: VerdictRecord | null,
  next: Content,
): VerdictRecord | null {
  if (edited?.scaleEnd && edited.scaleEnd !== next.scaleEnd) {
    const end = END_WORDS[edited.scaleEnd];
    throw new AppError(
      "conflict",
      `${quoted(edited.label)} marks the ${end} end of the scale. To move the mark, choose the ${end} end on another verdict.`,
      { field: "scaleEnd" },
    );
  }
  const holderOf = (end: VerdictScaleEnd) =>
    scale.find((v) => v.scaleEnd === end && v.id !== edited?.id) ?? null;
  const displaced = next.scaleEnd ? holderOf(next.scaleEnd) : null;
  const ratingAt = (end: VerdictScaleEnd) =>
    next.scaleEnd === end ? next.rating : holderOf(end)?.rating;
  const best = ratingAt("best");
  const worst = ratingAt("worst");
  if (best != null && worst != null && best <= worst) {
    const other = next.scaleEnd === "best" ? holderOf("worst") : holderOf("best");
    const message =
      next.scaleEnd === "best"
        ? `Rate the best end above the worst end (${quoted(other!.label)}, rated ${worst}).`
        : next.scaleEnd === "worst"
          ? `Rate the worst end below the best end (${quoted(other!.label)}, rated ${best}).`
          : `The best end must be rated above the worst end (${best} is not above ${worst}).`;
    throw new AppError("invalid_input", message, { field: "rating" });
  }
  return displaced;
}

/** One change to one verdict's row with its audit event, in the caller's transaction. */
export async function writeVerdictChange(
  tx: Db,
  actor: Actor,
  verdictId: string,
  change: {
    action: "edit" | "move" | "retire" | "restore";
    set: Partial<VerdictRecord>;
    before: Record<string, unknown>;
    after: Record<string, unknown>;
  },
): Promise<void> {
  await tx.update(verdicts).set(change.set).where(eq(verdicts.id, verdictId));
  await recordAudit(tx, {
    actorId: actor.id,
    entity: "verdict",
    entityId: verdictId,
    action: change.action,
    before: change.before,
    after: change.after,
  });
}

/** Takes the end mark off the verdict that held it, recorded as an edit of that verdict. */
export async function removeEnd(tx: Db, actor: Actor, holder: VerdictRecord): Promise<void> {
  await writeVerdictChange(tx, actor, holder.id, {
    action: "edit",
    set: { scaleEnd: null, updatedAt: nextVersion(holder.updatedAt) },
    before: { scaleEnd: holder.scaleEnd },
    after: { scaleEnd: null },
  });
}

/** A label taken by a verdict created at the same moment still gets the label's message. */
export async function labelUnique<T>(label: string, change: () => Promise<T>): Promise<T> {
  try {
    return await change();
  } catch (error) {
    if (sqlState(error) !== "23505") throw error;
    throw new AppError(
      "conflict",
      `There is already a verdict labelled ${quoted(label)}. Choose another label.`,
      { field: "label" },
    );
  }
}
