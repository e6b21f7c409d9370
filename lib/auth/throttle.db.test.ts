import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/db/testing";
import { checkThrottle, MAX_FAILURES, recordAttempt, WINDOW_MINUTES } from "./throttle";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const minutes = (n: number) => n * 60_000;
const start = new Date("2026-05-03T09:00:00Z");
const at = (offsetMinutes: number) => new Date(start.getTime() + minutes(offsetMinutes));

async function fail(email: string, ip: string, when: Date) {
  await recordAttempt(t.db, { email, ip, succeeded: false }, when);
}

describe("sign-in throttling", () => {
  it(`refuses after ${MAX_FAILURES} failures for one e-mail and says how long to wait`, async () => {
    for (let i = 0; i < MAX_FAILURES - 1; i++) await fail("a@example.test", `10.0.0.${i}`, at(i));
    expect(await checkThrottle(t.db, { email: "a@example.test", ip: "10.0.1.1" }, at(4))).toEqual({
      allowed: true,
    });
    await fail("a@example.test", "10.0.0.9", at(4));
    // The first failure (at minute 0) leaves the window at minute 15.
    expect(await checkThrottle(t.db, { email: "a@example.test", ip: "10.0.1.1" }, at(5))).toEqual({
      allowed: false,
      retryAfterMinutes: 10,
    });
    expect(
      await checkThrottle(t.db, { email: "a@example.test", ip: "10.0.1.1" }, at(WINDOW_MINUTES)),
    ).toEqual({ allowed: true });
  });

  it(`refuses an address after ${MAX_FAILURES} failures across different e-mails`, async () => {
    for (let i = 0; i < MAX_FAILURES; i++) await fail(`user${i}@example.test`, "10.9.9.9", at(i));
    const verdict = await checkThrottle(t.db, { email: "new@example.test", ip: "10.9.9.9" }, at(5));
    expect(verdict).toEqual({ allowed: false, retryAfterMinutes: 10 });
    expect(await checkThrottle(t.db, { email: "new@example.test", ip: "10.9.9.8" }, at(5))).toEqual(
      {
        allowed: true,
      },
    );
  });

  it("starts the count for an e-mail again after a successful sign-in", async () => {
    for (let i = 0; i < MAX_FAILURES - 1; i++) await fail("b@example.test", `10.1.0.${i}`, at(i));
    await recordAttempt(t.db, { email: "b@example.test", ip: "10.1.0.50", succeeded: true }, at(4));
    await fail("b@example.test", "10.1.0.51", at(5));
    expect(await checkThrottle(t.db, { email: "b@example.test", ip: "10.1.2.2" }, at(6))).toEqual({
      allowed: true,
    });
  });

  it("rounds a wait of seconds up to one minute", async () => {
    for (let i = 0; i < MAX_FAILURES; i++) await fail("c@example.test", `10.2.0.${i}`, at(0));
    const verdict = await checkThrottle(
      t.db,
      { email: "c@example.test", ip: "10.2.9.9" },
      new Date(at(WINDOW_MINUTES).getTime() - 5_000),
    );
    expect(verdict).toEqual({ allowed: false, retryAfterMinutes: 1 });
  });
});
