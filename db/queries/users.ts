import { asc, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "../client";
import type { Role } from "../enums";
import { users } from "../schema";

const publicColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  disabledAt: users.disabledAt,
  sessionVersion: users.sessionVersion,
};

export type UserSummary = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  disabledAt: Date | null;
  /** Sessions carrying another version have ended. */
  sessionVersion: number;
};

/** The only read that returns a password hash: used by sign-in and nothing else. */
export async function findUserForSignIn(db: Db, email: string) {
  const [user] = await db
    .select({ ...publicColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  return user ?? null;
}

export async function findUserByEmail(db: Db, email: string): Promise<UserSummary | null> {
  const [user] = await db.select(publicColumns).from(users).where(eq(users.email, email)).limit(1);
  return user ?? null;
}

export async function getUserById(db: Db, id: string): Promise<UserSummary | null> {
  const [user] = await db.select(publicColumns).from(users).where(eq(users.id, id)).limit(1);
  return user ?? null;
}

export async function listUsers(db: Db): Promise<(UserSummary & { createdAt: Date })[]> {
  return db
    .select({ ...publicColumns, createdAt: users.createdAt })
    .from(users)
    .orderBy(asc(users.disabledAt), asc(users.name), asc(users.email));
}

/** Someone an article can be assigned to: an active member, by display name. */
export interface Assignable {
  id: string;
  /** Name, else e-mail. */
  label: string;
  role: Role;
}

/** Active members in name order: who an article can be assigned to. */
export async function listAssignableUsers(db: Db): Promise<Assignable[]> {
  return db
    .select({
      id: users.id,
      label: sql<string>`coalesce(nullif(${users.name}, ''), ${users.email})`,
      role: users.role,
    })
    .from(users)
    .where(isNull(users.disabledAt))
    .orderBy(sql`lower(coalesce(nullif(${users.name}, ''), ${users.email}))`, asc(users.id));
}
