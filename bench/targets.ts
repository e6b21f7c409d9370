// One database behind the server: a fresh embedded PGlite directory, or a fresh PostgreSQL
// database created on BENCH_DATABASE_URL's server and dropped afterwards.
import { type DbHandle, openPglite, openPostgres } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { createScratchDatabase } from "@/db/scratch-database";
import type { BenchFixtures } from "./fixtures";
import { throughput, timeGets } from "./reader";
import type { TargetFigures } from "./report";
import { attachWrites, saveFigures } from "./saving";
import { BENCH_USER, readWrites, type Seeded, seedBench } from "./seed";
import { round } from "./stats";

export interface Database {
  /** DATABASE_URL for the server ("" for the embedded database in the data directory). */
  url: string;
  open(): DbHandle;
  /** Removes the database (PostgreSQL); the data directory is removed by the caller. */
  drop(): Promise<void>;
}

export function pgliteDatabase(dataDir: string): Database {
  return { url: "", open: () => openPglite(dataDir), drop: async () => {} };
}

export async function createPostgresDatabase(adminUrl: string): Promise<Database> {
  const scratch = await createScratchDatabase(adminUrl, "claimmark_bench");
  return { url: scratch.url, open: () => openPostgres(scratch.url), drop: scratch.drop };
}

/** Migrates and seeds the database, then closes it so the server can own it. */
export async function prepare(database: Database, fx: BenchFixtures): Promise<Seeded> {
  const handle = database.open();
  try {
    await migrateDatabase(handle);
    return await seedBench(handle.db, fx);
  } finally {
    await handle.close();
  }
}

export interface HttpOptions {
  readerRequests: number;
  throughputSeconds: number;
  log: (message: string) => void;
  /** Records a failed part and carries on with the next. */
  attempt: <T>(name: string, run: () => Promise<T>) => Promise<T | undefined>;
}

/** Reader and saving figures over HTTP against a running server. */
export async function httpFigures(
  baseURL: string,
  seeded: Seeded,
  options: HttpOptions,
): Promise<TargetFigures> {
  const figures: TargetFigures = {};
  const bigUrl = `${baseURL}/a/${seeded.big.slug}`;
  const plainUrl = `${baseURL}/a/${seeded.plain.slug}`;
  await options.attempt("reader page", async () => {
    options.log(`reader page: ${options.readerRequests} sequential GETs per article`);
    const big = await timeGets(bigUrl, options.readerRequests);
    const plain = await timeGets(plainUrl, options.readerRequests);
    figures.reader = { big, plain, medianRatio: round(big.median / plain.median, 2) };
  });
  await options.attempt("reader throughput", async () => {
    if (!figures.reader || options.throughputSeconds <= 0) return;
    options.log(`reader throughput: autocannon, ${options.throughputSeconds} s per article`);
    figures.reader.throughput = {
      big: await throughput(bigUrl, options.throughputSeconds),
      plain: await throughput(plainUrl, options.throughputSeconds),
    };
  });
  await options.attempt("saving", async () => {
    options.log("saving: autosaves of the annotated article over HTTP");
    figures.saving = await saveFigures(baseURL, seeded.big, BENCH_USER);
  });
  return figures;
}

/**
 * Reads which annotation rows each save wrote, from the benchmark's write log. `window`
 * picks the saves out by time (the embedded database is read after the server stopped, when
 * the editor's autosaves are logged too); without it the saves must be the last writes.
 */
export async function countWrites(
  database: Database,
  figures: TargetFigures,
  byTime: boolean,
): Promise<void> {
  if (!figures.saving) return;
  const { since, until } = figures.saving;
  const handle = database.open();
  try {
    attachWrites(figures.saving, await readWrites(handle.db, byTime ? { since, until } : null));
  } finally {
    await handle.close();
  }
}
