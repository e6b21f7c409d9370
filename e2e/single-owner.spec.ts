import { expect, test } from "@playwright/test";
import { exitCodeOf, freePort, spawnNextStart } from "./next-server";

test("a second server on the same data directory exits with a clear message; the first keeps serving", async ({
  request,
}) => {
  // On a port nothing listens on, so the only thing that can stop the second server is the lock.
  const second = spawnNextStart(process.env.E2E_DATA_DIR!, await freePort());
  const exitCode = await exitCodeOf(second);

  expect(exitCode, second.output()).toBe(1);
  expect(second.output()).toContain("Claimmark cannot start");
  expect(second.output()).toMatch(/in use by another Claimmark process \(pid \d+/);

  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok", db: "ok" });
});
