import { and, desc, eq, gt, lt, or } from "drizzle-orm";
import type { Db } from "@/db/client";
import { signInAttempts } from "@/db/schema";

/** After this many failures for one e-mail or one address inside the window, sign-in is refused. */
export const MAX_FAILURES = 5;
export const WINDOW_MINUTES = 15;
const WINDOW_MS = WINDOW_MINUTES * 60_000;

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterMinutes: number };

/**
 * Counts recent failures in the database, so every server process sees the same numbers.
 * For an e-mail, a successful sign-in starts the count again; for an address it does not.
 */
export async function checkThrottle(
  db: Db,
  key: { email: string; ip: string },
  now = new Date(),
): Promise<ThrottleVerdict> {
  const since = new Date(now.getTime() - WINDOW_MS);
  const recent = await db
    .select({
      email: signInAttempts.email,
      ip: signInAttempts.ip,
      succeeded: signInAttempts.succeeded,
      at: signInAttempts.attemptedAt,
    })
    .from(signInAttempts)
    .where(
      and(
        gt(signInAttempts.attemptedAt, since),
        or(eq(signInAttempts.email, key.email), eq(signInAttempts.ip, key.ip)),
      ),
    )
    .orderBy(desc(signInAttempts.attemptedAt));

  const emailFailures: Date[] = [];
  for (const attempt of recent.filter((a) => a.email === key.email)) {
    if (attempt.succeeded) break;
    emailFailures.push(attempt.at);
  }
  const ipFailures = recent.filter((a) => a.ip === key.ip && !a.succeeded).map((a) => a.at);

  // Refused until the oldest of the last MAX_FAILURES failures leaves the window.
  const freeAt = [emailFailures, ipFailures]
    .filter((failures) => failures.length >= MAX_FAILURES)
    .map((failures) => failures[MAX_FAILURES - 1]!.getTime() + WINDOW_MS);
  if (freeAt.length === 0) return { allowed: true };
  const waitMs = Math.max(...freeAt) - now.getTime();
  return { allowed: false, retryAfterMinutes: Math.max(1, Math.ceil(waitMs / 60_000)) };
}

export async function recordAttempt(
  db: Db,
  attempt: { email: string; ip: string; succeeded: boolean },
  now = new Date(),
): Promise<void> {
  await db.insert(signInAttempts).values({ ...attempt, attemptedAt: now });
  // Attempts older than a day can never count again.
  await db
    .delete(signInAttempts)
    .where(lt(signInAttempts.attemptedAt, new Date(now.getTime() - 24 * 60 * 60_000)));
}
