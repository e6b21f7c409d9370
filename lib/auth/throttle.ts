import { and, desc, eq, gt, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { signInAttempts } from "@/db/schema";

/**
 * Failures one e-mail may have from one address (since its last success there) before each
 * further try must wait. Counting per pair rather than per e-mail means nobody elsewhere can
 * keep a person out of their own account by failing on purpose.
 */
export const FREE_FAILURES = 5;
/** The wait after the FREE_FAILURES-th failure; it doubles with each further one, up to MAX_DELAY_MS. */
const FIRST_DELAY_MS = 60_000;
const MAX_DELAY_MS = 15 * 60_000;
/** One address may fail this often inside ADDRESS_WINDOW_MS across all e-mails, so it cannot spray. */
export const ADDRESS_MAX_FAILURES = 50;
export const ADDRESS_WINDOW_MS = 15 * 60_000;
/** Attempts older than this never count again and are deleted. */
const MEMORY_MS = 24 * 60 * 60_000;
// The first key of pg_advisory_xact_lock(int, int): marks the lock as sign-in throttling's.
const LOCK_CLASS = 0x5167;

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };
export type Reservation =
  { allowed: true; attemptId: number } | Exclude<ThrottleVerdict, { allowed: true }>;

type Key = { email: string; ip: string };

/** How long the pair must wait after its latest failure, given its failures since its last success. */
export function pairDelayMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(FIRST_DELAY_MS * 2 ** (failures - FREE_FAILURES), MAX_DELAY_MS);
}

/**
 * Reads the recent attempts in the database, so every server process sees the same numbers.
 * Attempts still being checked count as failures until they are marked as successes.
 */
export async function checkThrottle(db: Db, key: Key, now = new Date()): Promise<ThrottleVerdict> {
  // Past the cap the delay no longer grows, so older failures need not be read.
  const maxCounted = FREE_FAILURES + Math.ceil(Math.log2(MAX_DELAY_MS / FIRST_DELAY_MS));
  const pairRecent = await db
    .select({ succeeded: signInAttempts.succeeded, at: signInAttempts.attemptedAt })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.email, key.email),
        eq(signInAttempts.ip, key.ip),
        gt(signInAttempts.attemptedAt, new Date(now.getTime() - MEMORY_MS)),
      ),
    )
    .orderBy(desc(signInAttempts.attemptedAt), desc(signInAttempts.id))
    .limit(maxCounted + 1);
  const lastSuccess = pairRecent.findIndex((attempt) => attempt.succeeded);
  const pairFailures = lastSuccess === -1 ? pairRecent : pairRecent.slice(0, lastSuccess);
  const pairDelay = pairDelayMs(pairFailures.length);
  const pairFreeAt = pairDelay ? pairFailures[0]!.at.getTime() + pairDelay : 0;

  const addressFailures = await db
    .select({ at: signInAttempts.attemptedAt })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.ip, key.ip),
        eq(signInAttempts.succeeded, false),
        gt(signInAttempts.attemptedAt, new Date(now.getTime() - ADDRESS_WINDOW_MS)),
      ),
    )
    .orderBy(desc(signInAttempts.attemptedAt))
    .limit(ADDRESS_MAX_FAILURES);
  // Refused until the oldest of the last ADDRESS_MAX_FAILURES failures leaves the window.
  const addressFreeAt =
    addressFailures.length >= ADDRESS_MAX_FAILURES
      ? addressFailures.at(-1)!.at.getTime() + ADDRESS_WINDOW_MS
      : 0;

  const waitMs = Math.max(pairFreeAt, addressFreeAt) - now.getTime();
  if (waitMs <= 0) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.ceil(waitMs / 1000) };
}

/**
 * Books an attempt as a failure before its password is checked, or refuses it while its address
 * or its e-mail and address must wait. One attempt per address at a time holds the lock, so
 * concurrent guesses are counted one after another and never all checked at once.
 */
export async function reserveAttempt(db: Db, key: Key, now = new Date()): Promise<Reservation> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${LOCK_CLASS}, hashtext(${key.ip}))`);
    const verdict = await checkThrottle(tx, key, now);
    if (!verdict.allowed) return verdict;
    const [attempt] = await tx
      .insert(signInAttempts)
      .values({ ...key, succeeded: false, attemptedAt: now })
      .returning({ id: signInAttempts.id });
    await tx
      .delete(signInAttempts)
      .where(lt(signInAttempts.attemptedAt, new Date(now.getTime() - MEMORY_MS)));
    return { allowed: true as const, attemptId: attempt!.id };
  });
}

/** The reserved attempt signed in: its pair starts counting again. */
export async function markSucceeded(db: Db, attemptId: number): Promise<void> {
  await db.update(signInAttempts).set({ succeeded: true }).where(eq(signInAttempts.id, attemptId));
}

/** "Too many failed sign-in attempts. Try again in 40 seconds." (or minutes, rounded up). */
export function throttledMessage(retryAfterSeconds: number): string {
  const [n, unit] =
    retryAfterSeconds < 60
      ? [Math.max(1, retryAfterSeconds), "second"]
      : [Math.ceil(retryAfterSeconds / 60), "minute"];
  return `Too many failed sign-in attempts. Try again in ${n} ${unit}${n === 1 ? "" : "s"}.`;
}
