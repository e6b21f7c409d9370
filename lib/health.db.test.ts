import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DbHandle, openPostgres } from "@/db/client";
import { createTestDb, type TestDb } from "@/test/db";
import { checkHealth } from "./health";

// Creating and migrating a database takes most of a minute on a busy 2-core machine: it is
// setup, done in a hook with room to spare, so the tests time only the health check.
const SETUP_LIMIT = 150_000;

let t: TestDb;
let unreachable: DbHandle;
beforeAll(async () => {
  t = await createTestDb();
  // Port 9 (discard) has nothing listening on this machine: the connection is refused.
  unreachable = openPostgres("postgres://nobody@127.0.0.1:9/nothing");
}, SETUP_LIMIT);
afterAll(async () => {
  await unreachable?.close();
  await t?.close();
}, SETUP_LIMIT);

describe("health", () => {
  it("is ok after a real query", async () => {
    expect(await checkHealth(() => t.db)).toEqual({ status: "ok", db: "ok" });
  });

  it("reports an unreachable database with a reason and no connection details", async () => {
    const health = await checkHealth(() => unreachable.db);
    expect(health).toEqual({
      status: "error",
      db: "unreachable",
      reason: "database unreachable (ECONNREFUSED)",
    });
  });

  it("reports a database that cannot even be opened", async () => {
    const health = await checkHealth(() => {
      throw new Error("lock held");
    });
    expect(health.status).toBe("error");
  });
});
