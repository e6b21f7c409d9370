// `npm run bench`: the budgets of the design document measured on this machine. Prints one
// table and writes every figure to .bench/results.json. Exits 0 whatever the figures (1 only
// when a part could not be measured at all).
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Browser, chromium } from "@playwright/test";
import { buildDoc } from "./doc";
import { editorFigures } from "./editor";
import { generateFixtures } from "./fixtures";
import { firstLoadJs } from "./reader";
import { printTable, type Results, writeResults } from "./report";
import { BENCH_USER } from "./seed";
import { suggestFigures } from "./suggest";
import { ensureBuild, startServer } from "./server";
import {
  countWrites,
  createPostgresDatabase,
  type Database,
  httpFigures,
  pgliteDatabase,
  prepare,
} from "./targets";

const OUT_DIR = path.join(process.cwd(), ".bench");
const READER_REQUESTS = 60;
const THROUGHPUT_SECONDS = 10;
/** Published copies of the annotated article, whose first GETs are the cold renders. */
const COLD_COPIES = 7;
const NOT_MODIFIED_SECONDS = 5;
/** Many readers at once: 30 s by default, shorter (BENCH_LOAD_SECONDS=5) for a quick run. */
const LOAD = { seconds: loadSeconds(process.env.BENCH_LOAD_SECONDS), connections: 200 };
const HTTP_OPTIONS = {
  readerRequests: READER_REQUESTS,
  throughputSeconds: THROUGHPUT_SECONDS,
  notModifiedSeconds: NOT_MODIFIED_SECONDS,
  load: LOAD,
};
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

function loadSeconds(value: string | undefined): number {
  if (value === undefined || value === "") return 30;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new Error(`BENCH_LOAD_SECONDS must be a number of seconds (0 skips), not "${value}"`);
  }
  return seconds;
}

const started = performance.now();
const cleanups: (() => Promise<void>)[] = [];
const log = (message: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

/** Runs every cleanup registered so far, newest first; safe to call twice. */
async function cleanUp() {
  while (cleanups.length > 0) {
    await cleanups.pop()!().catch((error: unknown) => console.error("Cleaning up failed:", error));
  }
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the server and removing the temporary data…`);
    void cleanUp().finally(() => process.exit(130));
  });
}

const results: Results = {
  startedAt: new Date().toISOString(),
  machine: { cpus: os.cpus().length, node: process.version },
  build: { built: false, seconds: 0 },
  fixtures: {},
  pglite: {},
  errors: [],
};

async function attempt<T>(name: string, run: () => Promise<T>): Promise<T | undefined> {
  try {
    return await run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    results.errors.push(`${name}: ${message}`);
    console.error(`${name} could not be measured: ${message}`);
    return undefined;
  }
}

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimmark-bench-"));
  cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: CHROMIUM_ARGS,
    handleSIGINT: false,
    handleSIGTERM: false,
  });
  cleanups.push(() => browser.close());
  results.machine.chromium = browser.version();
  return browser;
}

async function serve(database: Database, dataDir: string, name: string) {
  const server = await startServer({
    dataDir,
    databaseUrl: database.url,
    authSecret: randomBytes(33).toString("base64"),
    logFile: path.join(OUT_DIR, `server-${name}.log`),
  });
  cleanups.push(server.stop);
  log(`server up at ${server.baseURL} (${name})`);
  return server;
}

async function embedded(fx: ReturnType<typeof generateFixtures>) {
  const dataDir = tempDir();
  const database = pgliteDatabase(dataDir);
  const seeded = await prepare(database, fx, COLD_COPIES);
  log(`seeded the embedded database: articles /a/${seeded.big.slug} and /a/${seeded.plain.slug}`);
  const server = await serve(database, dataDir, "pglite");
  results.pglite = await httpFigures(server.baseURL, seeded, { ...HTTP_OPTIONS, log, attempt });

  const browser = await attempt("browser", launchBrowser);
  if (browser) {
    await attempt("first-load JS", async () => {
      log("first-load JavaScript of the reader pages");
      results.firstLoadJs = {
        big: await firstLoadJs(browser, `${server.baseURL}/a/${seeded.big.slug}`),
        plain: await firstLoadJs(browser, `${server.baseURL}/a/${seeded.plain.slug}`),
      };
    });
    await attempt("editor", async () => {
      log("editor: open, type 200 keys per article, tag spans");
      const ids = { big: seeded.big.id, plain: seeded.plain.id };
      results.editor = await editorFigures(browser, server.baseURL, ids, fx, BENCH_USER);
    });
    await browser.close();
  }
  await server.stop();
  // PGlite has one owner at a time: the write log is read once the server has let go.
  await attempt("rows written (PGlite)", () => countWrites(database, results.pglite, true));
}

async function postgres(fx: ReturnType<typeof generateFixtures>, adminUrl: string) {
  const database = await createPostgresDatabase(adminUrl);
  cleanups.push(database.drop);
  const seeded = await prepare(database, fx, COLD_COPIES);
  log("seeded a fresh PostgreSQL database");
  const server = await serve(database, tempDir(), "postgres");
  const figures = await httpFigures(server.baseURL, seeded, { ...HTTP_OPTIONS, log, attempt });
  await attempt("rows written (PostgreSQL)", () => countWrites(database, figures, false));
  results.postgres = figures;
  await server.stop();
}

async function main(): Promise<number> {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  try {
    results.build = await ensureBuild(OUT_DIR);
    if (results.build.built) log(`built in ${results.build.seconds.toFixed(0)} s`);
    const fx = generateFixtures();
    const annotated = JSON.stringify(buildDoc(fx, true).toJSON()).length;
    results.fixtures = {
      words: fx.words,
      blocks: fx.blocks.length,
      annotations: fx.annotations.length,
      nested: fx.annotations.filter((a) => a.shape === "nested").length,
      overlapping: fx.annotations.filter((a) => a.shape === "overlapping").length,
      speakers: fx.speakers.length,
      sources: fx.sources.length,
      docJsonChars: annotated,
    };
    log(
      `fixtures: ${fx.words} words, ${fx.annotations.length} annotations, document JSON ${annotated} chars`,
    );
    // Before any server starts, so nothing else competes for the CPU.
    await attempt("suggestions", async () => {
      log("attribution suggestions on the 10,000-word article");
      results.suggest = suggestFigures(fx);
    });
    await attempt("embedded database", () => embedded(fx));
    const adminUrl = process.env.BENCH_DATABASE_URL;
    if (adminUrl) await attempt("PostgreSQL", () => postgres(fx, adminUrl));
  } catch (error) {
    results.errors.push(error instanceof Error ? error.message : String(error));
    console.error(error);
  } finally {
    await cleanUp();
  }
  results.durationSeconds = Math.round((performance.now() - started) / 1000);
  console.log("");
  printTable(results);
  const file = writeResults(results, OUT_DIR);
  console.log(
    `\nAll figures: ${path.relative(process.cwd(), file)} (${results.durationSeconds} s)`,
  );
  console.log(
    "Reader and save times are full response times of sequential requests over loopback, " +
      "measured from this process.",
  );
  if (results.errors.length > 0) console.log(`Not measured: ${results.errors.join("; ")}`);
  return results.errors.length > 0 ? 1 : 0;
}

void main().then((code) => process.exit(code));
