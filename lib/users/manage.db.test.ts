import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/db/enums";
import { auditEvents, users } from "@/db/schema";
import { createTestDb, type TestDb, refusal } from "@/test/db";
import { changeRole, createUser, setDisabled } from "./manage";

let t: TestDb;
let admin: { id: string };
beforeAll(async () => {
  t = await createTestDb();
  admin = await newUser("admin", "first-admin@example.test");
});
afterAll(() => t.close());

function newUser(role: Role, email: string) {
  return createUser(t.db, null, { name: email, email, role, password: "a long enough password" });
}

async function roleOf(id: string) {
  const [row] = await t.db.select().from(users).where(eq(users.id, id));
  return { role: row!.role, disabled: Boolean(row!.disabledAt) };
}

describe("managing users", () => {
  it("creates a user with a hashed password and an audit event, and refuses a duplicate e-mail", async () => {
    const { id } = await newUser("reviewer", "rae@example.test");
    const [row] = await t.db.select().from(users).where(eq(users.id, id));
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/);
    const events = await t.db.select().from(auditEvents).where(eq(auditEvents.entityId, id));
    expect(events.map((e) => e.action)).toEqual(["create"]);
    expect(JSON.stringify(events)).not.toContain("password");

    const duplicate = await refusal(newUser("editor", "rae@example.test"));
    expect(duplicate.code).toBe("conflict");
  });

  it("nobody can disable themselves", async () => {
    const error = await refusal(setDisabled(t.db, admin, { userId: admin.id, disabled: true }));
    expect(error.message).toBe("You cannot disable your own account.");
    expect(await roleOf(admin.id)).toEqual({ role: "admin", disabled: false });
  });

  it("the last active admin can be neither demoted nor disabled", async () => {
    const error = await refusal(changeRole(t.db, admin, { userId: admin.id, role: "editor" }));
    expect(error.code).toBe("conflict");
    const other = await newUser("editor", "eli@example.test");
    await refusal(setDisabled(t.db, other, { userId: admin.id, disabled: true }));
    expect(await roleOf(admin.id)).toEqual({ role: "admin", disabled: false });
  });

  it("with a second admin, either may be demoted or disabled, and each change is audited", async () => {
    const second = await newUser("admin", "second-admin@example.test");
    await changeRole(t.db, admin, { userId: second.id, role: "editor" });
    expect(await roleOf(second.id)).toEqual({ role: "editor", disabled: false });
    await changeRole(t.db, admin, { userId: second.id, role: "admin" });
    await setDisabled(t.db, second, { userId: admin.id, disabled: true });
    expect(await roleOf(admin.id)).toEqual({ role: "admin", disabled: true });
    // Now `second` is the only active admin.
    await refusal(changeRole(t.db, second, { userId: second.id, role: "reviewer" }));
    await setDisabled(t.db, second, { userId: admin.id, disabled: false });

    const events = await t.db.select().from(auditEvents).where(eq(auditEvents.entityId, second.id));
    expect(events.map((e) => [e.action, e.before, e.after])).toEqual([
      [
        "create",
        null,
        { email: "second-admin@example.test", name: "second-admin@example.test", role: "admin" },
      ],
      ["change_role", { role: "admin" }, { role: "editor" }],
      ["change_role", { role: "editor" }, { role: "admin" }],
    ]);
  });
});
