// One database behind the server: a fresh embedded PGlite directory, or a fresh PostgreSQL
// database created on BENCH_DATABASE_URL's server and dropped afterwards.
import { type DbHandle, openPglite, openPostgres } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { createScratchDatabase } from "@/db/scratch-database";
import { coldRenders, notModified, settle, wireSize } from "./delivery";
import type { BenchFixtures } from "./fixtures";
import { generatorCeiling } from "./ceiling";
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
export async function prepare(
  database: Database,
  fx: BenchFixtures,
  copies: number,
): Promise<Seeded> {
  const handle = database.open();
  try {
    await migrateDatabase(handle);
    return await seedBench(handle.db, fx, copies);
  } finally {
    await handle.close();
  }
}

export interface HttpOptions {
  readerRequests: number;
  throughputSeconds: number;
  /** autocannon with If-None-Match (0 skips it). */
  notModifiedSeconds: number;
  /** Many readers of the annotated article at once (0 skips it). */
  load: { seconds: number; connections: number };
  log: (message: string) => void;
  /** Records a failed part and carries on with the next. */
  attempt: <T>(name: string, run: () => Promise<T>) => Promise<T | undefined>;
}

/** Reader, delivery and saving figures over HTTP against a running server. */
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
  // After the warm GETs, so the JIT is warm and each sample is the render of a new revision.
  await options.attempt("cold render", async () => {
    if (seeded.copies.length === 0) return;
    options.log(`cold render: first GET of ${seeded.copies.length} never-served revisions`);
    figures.cold = await coldRenders(seeded.copies.map((c) => `${baseURL}/a/${c.slug}`));
  });
  await options.attempt("bytes on the wire", async () => {
    figures.wire = { big: await wireSize(bigUrl), plain: await wireSize(plainUrl) };
  });
  await options.attempt("reader throughput", async () => {
    if (!figures.reader || options.throughputSeconds <= 0) return;
    options.log(`reader throughput: autocannon, ${options.throughputSeconds} s per article`);
    const seconds = options.throughputSeconds;
    figures.reader.throughput = {
      big: await throughput(bigUrl, { seconds }),
      plain: await throughput(plainUrl, { seconds }),
      ceiling: await generatorCeiling(await (await fetch(bigUrl)).text(), seconds),
    };
  });
  await options.attempt("304 path", async () => {
    if (options.notModifiedSeconds <= 0) return;
    options.log(`304 path: autocannon with If-None-Match, ${options.notModifiedSeconds} s`);
    figures.notModified = await notModified(bigUrl, options.notModifiedSeconds, 10);
    if (!figures.notModified.etag) options.log("304 path: the server sends no ETag");
  });
  await options.attempt("saving", async () => {
    options.log("saving: autosaves of the annotated article over HTTP");
    figures.saving = await saveFigures(baseURL, seeded.big, BENCH_USER);
  });
  // Last: a server that cannot keep up has work queued long after autocannon stops.
  await options.attempt("many readers", async () => {
    const { seconds, connections } = options.load;
    if (seconds <= 0) return;
    options.log(`many readers: ${connections} connections for ${seconds} s, annotated article`);
    figures.load = await throughput(bigUrl, { seconds, connections });
    const waited = await settle(baseURL);
    if (waited > 1) options.log(`many readers: the server was busy for ${waited} s afterwards`);
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
