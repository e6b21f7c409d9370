import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "@/db/schema";
import { createTestDb, type TestDb } from "@/test/db";
import { createUser } from "@/lib/users/manage";
import { checkCredentials } from "./sign-in";
import { ADDRESS_MAX_FAILURES, FREE_FAILURES } from "./throttle";

let t: TestDb;
const PASSWORD = "a long enough password";
beforeAll(async () => {
  t = await createTestDb();
  const input = { name: "Rae", role: "reviewer", password: PASSWORD } as const;
  await createUser(t.db, null, { ...input, email: "rae@example.test" });
  await createUser(t.db, null, { ...input, email: "raced@example.test" });
  await createUser(t.db, null, { ...input, email: "kept-out@example.test" });
  const { id } = await createUser(t.db, null, { ...input, email: "gone@example.test" });
  await t.db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, id));
});
afterAll(() => t.close());

const attempt = (email: string, password: string, ip = "10.0.0.1") =>
  checkCredentials(t.db, { email, password, ip });

/** How many of the answers came from checking the password, and how many were refused unchecked. */
function tally(outcomes: Awaited<ReturnType<typeof checkCredentials>>[]) {
  return {
    checked: outcomes.filter((o) => o.ok || o.reason === "invalid").length,
    throttled: outcomes.filter((o) => !o.ok && o.reason === "throttled").length,
  };
}

describe("checking credentials", () => {
  it("signs in with the right password, whatever the case of the e-mail", async () => {
    const outcome = await attempt(" Rae@Example.test ", PASSWORD);
    expect(outcome).toMatchObject({
      ok: true,
      user: { email: "rae@example.test", role: "reviewer", sessionVersion: 1 },
    });
  });

  it("answers the same for a wrong password, an unknown e-mail and a disabled account", async () => {
    const answers = await Promise.all([
      attempt("rae@example.test", "wrong password here", "10.0.0.2"),
      attempt("nobody@example.test", PASSWORD, "10.0.0.3"),
      attempt("gone@example.test", PASSWORD, "10.0.0.4"),
      attempt("not an email", "x", "10.0.0.5"),
    ]);
    for (const answer of answers) expect(answer).toEqual({ ok: false, reason: "invalid" });
  });

  it("refuses even the right password once the e-mail is throttled from that address", async () => {
    for (let i = 0; i < FREE_FAILURES; i++) await attempt("rae@example.test", "wrong", "10.3.0.1");
    const outcome = await attempt("rae@example.test", PASSWORD, "10.3.0.1");
    expect(outcome).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 60 });
  });

  it("checks at most the free failures of 30 concurrent wrong passwords, then refuses the right one", async () => {
    const guesses = Array.from({ length: 30 }, (_, i) =>
      attempt("raced@example.test", `wrong guess ${i}`, "10.4.0.1"),
    );
    expect(tally(await Promise.all(guesses))).toEqual({ checked: FREE_FAILURES, throttled: 25 });
    expect(await attempt("raced@example.test", PASSWORD, "10.4.0.1")).toMatchObject({
      ok: false,
      reason: "throttled",
    });
  });

  it("wrong passwords from one address do not keep the person out from another", async () => {
    for (let i = 0; i < FREE_FAILURES + 3; i++)
      await attempt("kept-out@example.test", `wrong ${i}`, "10.5.0.66");
    expect(await attempt("kept-out@example.test", PASSWORD, "10.5.0.66")).toMatchObject({
      reason: "throttled",
    });
    expect(await attempt("kept-out@example.test", PASSWORD, "10.5.0.7")).toMatchObject({
      ok: true,
    });
  });

  it("checks at most the address's cap of concurrent guesses spread over many e-mails", async () => {
    const spray = Array.from({ length: ADDRESS_MAX_FAILURES + 10 }, (_, i) =>
      attempt(`sprayed-${i}@example.test`, "wrong password", "10.6.0.1"),
    );
    expect(tally(await Promise.all(spray))).toEqual({
      checked: ADDRESS_MAX_FAILURES,
      throttled: 10,
    });
    // Another address is not affected.
    expect(await attempt("rae@example.test", PASSWORD, "10.6.0.2")).toMatchObject({ ok: true });
  });
});
