import { afterAll, describe, expect, it } from "vitest";
import { openPostgres } from "@/db/client";
import { createTestDb } from "@/test/db";
import { checkHealth } from "./health";

describe("health", () => {
  it("is ok after a real query", async () => {
    const t = await createTestDb();
    expect(await checkHealth(() => t.db)).toEqual({ status: "ok", db: "ok" });
    await t.close();
  });

  // Port 9 (discard) has nothing listening on this machine: the connection is refused.
  const unreachable = openPostgres("postgres://nobody@127.0.0.1:9/nothing");
  afterAll(() => unreachable.close());

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
