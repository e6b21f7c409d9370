import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { Role } from "@/db/enums";
import { users } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordAudit } from "@/lib/audit";
import { hashPassword } from "@/lib/auth/password";
import { raisedSessionVersion } from "@/lib/auth/session-version";
import { AppError, sqlState } from "@/lib/errors";
import type { NewUser } from "./schemas";

// Each use case here takes `actor: Actor | null`: null for the command line, which runs with the
// server's own rights.

const LAST_ADMIN = "Claimmark needs at least one active admin. Make another user an admin first.";

export async function createUser(
  db: Db,
  actor: Actor | null,
  input: NewUser,
): Promise<{ id: string }> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ email: input.email, name: input.name, role: input.role, passwordHash })
        .returning({ id: users.id });
      await recordAudit(tx, {
        actorId: actor?.id ?? null,
        entity: "user",
        entityId: user!.id,
        action: "create",
        after: { email: input.email, name: input.name, role: input.role },
      });
      return { id: user!.id };
    });
  } catch (error) {
    if (sqlState(error) === "23505") {
      throw new AppError("conflict", `There is already a user with the e-mail ${input.email}.`);
    }
    throw error;
  }
}

/**
 * Locks every active admin row, so two admins demoting each other at the same moment cannot
 * both succeed and leave nobody in charge.
 */
async function activeAdminIds(tx: Db): Promise<string[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "admin"), isNull(users.disabledAt)))
    .for("update");
  return rows.map((row) => row.id);
}

async function lockUser(tx: Db, userId: string) {
  const [user] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
  if (!user) throw new AppError("not_found", "That user no longer exists.");
  return user;
}

export async function changeRole(
  db: Db,
  actor: Actor | null,
  input: { userId: string; role: Role },
): Promise<void> {
  await db.transaction(async (tx) => {
    const admins = await activeAdminIds(tx);
    const user = await lockUser(tx, input.userId);
    if (user.role === input.role) return;
    if (input.role !== "admin" && admins.length === 1 && admins[0] === user.id) {
      throw new AppError("conflict", LAST_ADMIN);
    }
    await tx
      .update(users)
      .set({ role: input.role, updatedAt: new Date() })
      .where(eq(users.id, user.id));
    await recordAudit(tx, {
      actorId: actor?.id ?? null,
      entity: "user",
      entityId: user.id,
      action: "change_role",
      before: { role: user.role },
      after: { role: input.role },
    });
  });
}

export async function setDisabled(
  db: Db,
  actor: Actor | null,
  input: { userId: string; disabled: boolean },
): Promise<void> {
  if (input.disabled && actor?.id === input.userId) {
    throw new AppError("conflict", "You cannot disable your own account.");
  }
  await db.transaction(async (tx) => {
    const admins = await activeAdminIds(tx);
    const user = await lockUser(tx, input.userId);
    if (Boolean(user.disabledAt) === input.disabled) return;
    if (input.disabled && admins.length === 1 && admins[0] === user.id) {
      throw new AppError("conflict", LAST_ADMIN);
    }
    const disabledAt = input.disabled ? new Date() : null;
    await tx
      .update(users)
      .set({
        disabledAt,
        updatedAt: new Date(),
        ...(input.disabled ? { sessionVersion: raisedSessionVersion } : {}),
      })
      .where(eq(users.id, user.id));
    await recordAudit(tx, {
      actorId: actor?.id ?? null,
      entity: "user",
      entityId: user.id,
      action: input.disabled ? "disable" : "enable",
      before: { disabledAt: user.disabledAt },
      after: { disabledAt },
    });
  });
}

/** Gives a user a new password and ends every session they have, wherever they signed in. */
export async function setPassword(
  db: Db,
  actor: Actor | null,
  input: { userId: string; password: string },
): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    const user = await lockUser(tx, input.userId);
    await tx
      .update(users)
      .set({ passwordHash, sessionVersion: raisedSessionVersion, updatedAt: new Date() })
      .where(eq(users.id, user.id));
    await recordAudit(tx, {
      actorId: actor?.id ?? null,
      entity: "user",
      entityId: user.id,
      action: "set_password",
    });
  });
}
