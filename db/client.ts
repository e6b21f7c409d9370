import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { Pool } from "pg";
import { acquireDirLock } from "./lock";
import * as schema from "./schema";

export type Schema = typeof schema;
/** The one database type the query layer takes, whichever driver is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export type DbHandle =
  | { driver: "pglite"; db: Db; client: PGlite; dataDir: string; close(): Promise<void> }
  | { driver: "postgres"; db: Db; client: Pool; close(): Promise<void> };

const store = globalThis as typeof globalThis & { __claimmarkDb?: DbHandle };

export function dataDir(): string {
  // The data directory is runtime state, not part of the build output.
  return path.resolve(
    /*turbopackIgnore: true*/ process.env.CLAIMMARK_DATA_DIR || path.join(process.cwd(), ".data"),
  );
}

export function openPglite(dir: string): DbHandle {
  const lock = acquireDirLock(dir);
  const pgDir = path.join(dir, "pglite");
  fs.mkdirSync(pgDir, { recursive: true });
  const client = new PGlite(pgDir);
  return {
    driver: "pglite",
    db: drizzlePglite(client, { schema }) as unknown as Db,
    client,
    dataDir: dir,
    async close() {
      try {
        await client.close();
      } finally {
        lock.release();
      }
    },
  };
}

export function openPostgres(connectionString: string): DbHandle {
  const client = new Pool({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE) || 10 });
  // An idle connection dropped by the server must not crash the process.
  client.on("error", (error) => console.error("PostgreSQL pool error:", error.message));
  return {
    driver: "postgres",
    db: drizzlePg(client, { schema }) as unknown as Db,
    client,
    async close() {
      await client.end();
    },
  };
}

/**
 * The process-wide database, opened on first use: never at import time, so `next build`
 * and modules that only import types never touch the embedded data directory.
 */
export function getDbHandle(): DbHandle {
  if (!store.__claimmarkDb) {
    if (process.env.NEXT_PHASE === "phase-production-build") {
      throw new Error(
        "The database must not be opened during `next build`; render this page dynamically.",
      );
    }
    const url = process.env.DATABASE_URL;
    store.__claimmarkDb = url ? openPostgres(url) : openPglite(dataDir());
  }
  return store.__claimmarkDb;
}

export function getDb(): Db {
  return getDbHandle().db;
}

export async function closeDb(): Promise<void> {
  const handle = store.__claimmarkDb;
  store.__claimmarkDb = undefined;
  await handle?.close();
}

/** Rows of a raw SQL query; both drivers answer with `{ rows }`. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
