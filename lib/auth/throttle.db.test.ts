import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAttempts } from "@/db/schema";
import { createTestDb, type TestDb } from "@/test/db";
import {
  ADDRESS_MAX_FAILURES,
  ADDRESS_WINDOW_MS,
  checkThrottle,
  FREE_FAILURES,
  markSucceeded,
  pairDelayMs,
  reserveAttempt,
  throttledMessage,
} from "./throttle";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const minutes = (n: number) => n * 60_000;
const start = new Date("2026-05-03T09:00:00Z");
const at = (offsetMinutes: number) => new Date(start.getTime() + minutes(offsetMinutes));

async function fail(email: string, ip: string, when: Date) {
  await t.db.insert(signInAttempts).values({ email, ip, succeeded: false, attemptedAt: when });
}

describe("sign-in throttling", () => {
  it(`lets ${FREE_FAILURES} failures by one e-mail from one address pass, then makes it wait longer after each`, async () => {
    const key = { email: "a@example.test", ip: "10.0.0.1" };
    for (let i = 0; i < FREE_FAILURES - 1; i++) await fail(key.email, key.ip, at(0));
    expect(await checkThrottle(t.db, key, at(0))).toEqual({ allowed: true });
    await fail(key.email, key.ip, at(0));
    expect(await checkThrottle(t.db, key, at(0.5))).toEqual({
      allowed: false,
      retryAfterSeconds: 30,
    });
    expect(await checkThrottle(t.db, key, at(1))).toEqual({ allowed: true });
    await fail(key.email, key.ip, at(1));
    expect(await checkThrottle(t.db, key, at(1))).toEqual({
      allowed: false,
      retryAfterSeconds: 120,
    });
    // The same e-mail from another address, and another e-mail from this one, are not held up.
    expect(await checkThrottle(t.db, { ...key, ip: "10.0.0.2" }, at(1))).toEqual({ allowed: true });
    expect(await checkThrottle(t.db, { ...key, email: "b@example.test" }, at(1))).toEqual({
      allowed: true,
    });
  });

  it("doubles the wait up to a cap of 15 minutes", () => {
    expect([4, 5, 6, 7, 8, 9, 30].map((n) => pairDelayMs(n) / 60_000)).toEqual([
      0, 1, 2, 4, 8, 15, 15,
    ]);
  });

  it(`refuses an address after ${ADDRESS_MAX_FAILURES} failures across e-mails, until the oldest leaves the window`, async () => {
    for (let i = 0; i < ADDRESS_MAX_FAILURES; i++)
      await fail(`user${i}@example.test`, "10.9.9.9", at(i < 10 ? 0 : 5));
    const fresh = { email: "new@example.test", ip: "10.9.9.9" };
    expect(await checkThrottle(t.db, fresh, at(6))).toEqual({
      allowed: false,
      retryAfterSeconds: (ADDRESS_WINDOW_MS - minutes(6)) / 1000,
    });
    expect(await checkThrottle(t.db, { ...fresh, ip: "10.9.9.8" }, at(6))).toEqual({
      allowed: true,
    });
  });

  it("books an attempt as a failure until it is marked a success, which starts the count again", async () => {
    const key = { email: "c@example.test", ip: "10.1.0.1" };
    for (let i = 0; i < FREE_FAILURES - 1; i++) await fail(key.email, key.ip, at(0));
    const reserved = await reserveAttempt(t.db, key, at(1));
    expect(reserved.allowed).toBe(true);
    expect(await checkThrottle(t.db, key, at(1))).toMatchObject({ allowed: false });
    if (reserved.allowed) await markSucceeded(t.db, reserved.attemptId);
    expect(await checkThrottle(t.db, key, at(1))).toEqual({ allowed: true });
  });

  it("does not book a refused attempt", async () => {
    const key = { email: "d@example.test", ip: "10.1.0.2" };
    for (let i = 0; i < FREE_FAILURES; i++) await fail(key.email, key.ip, at(0));
    expect(await reserveAttempt(t.db, key, at(0.25))).toEqual({
      allowed: false,
      retryAfterSeconds: 45,
    });
    expect(await checkThrottle(t.db, key, at(1))).toEqual({ allowed: true });
  });

  it("says how long to wait in seconds under a minute, otherwise in whole minutes rounded up", () => {
    expect(throttledMessage(1)).toBe("Too many failed sign-in attempts. Try again in 1 second.");
    expect(throttledMessage(45)).toBe("Too many failed sign-in attempts. Try again in 45 seconds.");
    expect(throttledMessage(60)).toBe("Too many failed sign-in attempts. Try again in 1 minute.");
    expect(throttledMessage(61)).toBe("Too many failed sign-in attempts. Try again in 2 minutes.");
  });
});
