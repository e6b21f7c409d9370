import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { getUserById, type UserSummary } from "@/db/queries/users";
import { users } from "@/db/schema";

/**
 * The value that ends every session of a user when written to their row: sign-out, disabling
 * and password changes set it. Session tokens carry the version they were issued with.
 */
export const raisedSessionVersion = sql<number>`${users.sessionVersion} + 1`;

/**
 * The user a session token belongs to, or null when that session has ended: the user is
 * gone or disabled, or has signed out or had a password change since the token was issued.
 */
export async function userOfSession(
  db: Db,
  token: { userId?: string | null; sessionVersion?: unknown },
): Promise<UserSummary | null> {
  if (!token.userId || typeof token.sessionVersion !== "number") return null;
  const user = await getUserById(db, token.userId);
  if (!user || user.disabledAt || user.sessionVersion !== token.sessionVersion) return null;
  return user;
}

/**
 * Signing out ends every session of the user. A token that has already ended changes
 * nothing, so an old stolen cookie cannot be used to sign its owner out everywhere.
 */
export async function endSessionsOnSignOut(
  db: Db,
  token: { userId: string; sessionVersion: number },
): Promise<void> {
  await db
    .update(users)
    .set({ sessionVersion: raisedSessionVersion })
    .where(and(eq(users.id, token.userId), eq(users.sessionVersion, token.sessionVersion)));
}
