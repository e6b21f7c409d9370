import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import { expect, inject } from "vitest";
import type { Role } from "@/db/enums";
import { AppError } from "@/lib/errors";
import { PGlite } from "@electric-sql/pglite";
import { type Db, type DbHandle, openPostgres } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { createScratchDatabase } from "@/db/scratch-database";
import { pgliteHandle } from "./pglite-handle";
import { users } from "@/db/schema";

export interface TestDb {
  db: Db;
  handle: DbHandle;
  close(): Promise<void>;
}

/**
 * A migrated, empty database for one test file: in-memory PGlite, or a brand-new PostgreSQL
 * database (dropped on close) when the test project runs with CLAIMMARK_TEST_DRIVER=postgres.
 * Both are copies of the one test/global-setup.ts migrated for the run; migrating again is a
 * check that finds nothing to do.
 */
export async function createTestDb(): Promise<TestDb> {
  const handle =
    process.env.CLAIMMARK_TEST_DRIVER === "postgres"
      ? await createPostgresDb()
      : await createMemoryPglite();
  await migrateDatabase(handle);
  return { db: handle.db, handle, close: () => handle.close() };
}

async function createMemoryPglite(): Promise<DbHandle> {
  const image = await fs.readFile(inject("pgliteImage"));
  const client = new PGlite({ loadDataDir: new Blob([image]) });
  return pgliteHandle(client);
}

async function createPostgresDb(): Promise<DbHandle> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error("TEST_DATABASE_URL must be set for the postgres test project");
  const scratch = await createScratchDatabase(adminUrl, undefined, inject("postgresTemplate"));
  const handle = openPostgres(scratch.url);
  return {
    ...handle,
    async close() {
      await handle.close();
      await scratch.drop();
    },
  } as DbHandle;
}

/** Inserts a user with the given role and returns its id. */
export async function insertUser(
  db: Db,
  role: Role = "reviewer",
  email = `${role}-${randomBytes(4).toString("hex")}@example.test`,
): Promise<string> {
  const [row] = await db
    .insert(users)
    .values({ email, role, name: role })
    .returning({ id: users.id });
  return row!.id;
}

/** Awaits a use case that must refuse, and returns the AppError it refused with. */
export async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** The database, counting the queries run through it (to show a read costs a fixed number). */
export function countingDb(db: Db): { db: Db; queries: () => number } {
  let queries = 0;
  const counted = new Set(["select", "selectDistinct", "execute"]);
  const proxy = new Proxy(db, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        if (counted.has(String(property))) queries++;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { db: proxy, queries: () => queries };
}
