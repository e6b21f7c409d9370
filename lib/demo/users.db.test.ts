import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkCredentials } from "@/lib/auth/sign-in";
import { listUsers } from "@/db/queries/users";
import { createTestDb, type TestDb } from "@/test/db";
import { DEMO_USERS, demoUsersBanner, ensureDemoUsers } from "./users";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe("demo users", () => {
  it("are an admin, an editor and a reviewer who sign in with the printed passwords", async () => {
    await ensureDemoUsers(t.db);
    for (const user of DEMO_USERS) {
      const outcome = await checkCredentials(t.db, { ...user, ip: "10.0.0.1" });
      expect(outcome).toMatchObject({ ok: true, user: { email: user.email, role: user.role } });
    }
    expect(DEMO_USERS.map((u) => u.role)).toEqual(["admin", "editor", "reviewer"]);
  });

  it("are created once: a second start adds nobody", async () => {
    await ensureDemoUsers(t.db);
    const emails = (await listUsers(t.db)).map((u) => u.email).sort();
    expect(emails).toEqual(DEMO_USERS.map((u) => u.email).sort());
  });

  it("are printed with each e-mail and password, marked as development only", () => {
    const banner = demoUsersBanner();
    expect(banner).toContain("development only");
    const rows = banner.split("\n").map((line) => line.trim().split(/\s+/));
    for (const user of DEMO_USERS)
      expect(rows).toContainEqual([user.role, user.email, user.password]);
  });
});
