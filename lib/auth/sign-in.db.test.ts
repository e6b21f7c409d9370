import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { createTestDb, type TestDb } from "@/db/testing";
import { createUser } from "@/lib/users/manage";
import { checkCredentials } from "./sign-in";
import { MAX_FAILURES } from "./throttle";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  const input = { name: "Rae", role: "reviewer", password: "a long enough password" } as const;
  await createUser(t.db, null, { ...input, email: "rae@example.test" });
  const { id } = await createUser(t.db, null, { ...input, email: "gone@example.test" });
  await t.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, id));
});
afterAll(() => t.close());

const attempt = (email: string, password: string, ip = "10.0.0.1") =>
  checkCredentials(t.db, { email, password, ip });

describe("checking credentials", () => {
  it("signs in with the right password, whatever the case of the e-mail", async () => {
    const outcome = await attempt(" Rae@Example.test ", "a long enough password");
    expect(outcome).toMatchObject({
      ok: true,
      user: { email: "rae@example.test", role: "reviewer" },
    });
  });

  it("answers the same for a wrong password, an unknown e-mail and a disabled account", async () => {
    const answers = await Promise.all([
      attempt("rae@example.test", "wrong password here", "10.0.0.2"),
      attempt("nobody@example.test", "a long enough password", "10.0.0.3"),
      attempt("gone@example.test", "a long enough password", "10.0.0.4"),
      attempt("not an email", "x", "10.0.0.5"),
    ]);
    for (const answer of answers) expect(answer).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses even the right password once the e-mail is throttled", async () => {
    for (let i = 0; i < MAX_FAILURES; i++)
      await attempt("rae@example.test", "wrong", `10.3.0.${i}`);
    const outcome = await attempt("rae@example.test", "a long enough password", "10.3.1.1");
    expect(outcome).toEqual({ ok: false, reason: "throttled", retryAfterMinutes: 15 });
  });
});
