import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openPglite } from "./client";
import { DataDirInUseError } from "./lock";

// Opening an embedded database takes 15-20 s on a busy 2-core machine, and the holder process
// must also load tsx first, so the setup runs in hooks with room to spare and each test that
// opens a database itself gets more than the default 20 s.
const SETUP_LIMIT = 150_000;
const OPENS_DATABASE = 90_000;
/** How long the holder may take to start, open the directory and say so. */
const HOLDER_READY_MS = 120_000;
/** How long the holder may take to close the database and exit after SIGTERM. */
const HOLDER_EXIT_MS = 60_000;

const dirs: string[] = [];
const children: ChildProcess[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimmark-lock-"));
  dirs.push(dir);
  return dir;
}

function cleanUp() {
  for (const child of children.splice(0)) child.kill("SIGKILL");
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** Rejects with a message naming what did not happen, rather than hitting the test's timeout. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Starts another process that opens the directory, and resolves once it holds it. */
function holdInAnotherProcess(dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "test/lock-holder.ts", dir], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  const ready = new Promise<ChildProcess>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("READY")) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`holder exited early with code ${code}`)));
  });
  return within(ready, HOLDER_READY_MS, "the holder process opening the directory");
}

describe("the embedded data directory has one owner", () => {
  describe("held by another process", () => {
    let dir: string;
    let holder: ChildProcess;
    beforeAll(async () => {
      dir = tempDir();
      holder = await holdInAnotherProcess(dir);
    }, SETUP_LIMIT);
    afterAll(cleanUp);

    it(
      "refuses a second process, naming the owner, and opens once the owner has stopped",
      async () => {
        let refusal: unknown;
        try {
          openPglite(dir);
        } catch (error) {
          refusal = error;
        }
        expect(refusal).toBeInstanceOf(DataDirInUseError);
        expect((refusal as Error).message).toContain(`pid ${holder.pid}`);
        expect((refusal as Error).message).toContain(dir);
        expect(holder.exitCode).toBeNull();

        const exited = new Promise((resolve) => holder.once("exit", resolve));
        holder.kill("SIGTERM");
        await within(exited, HOLDER_EXIT_MS, "the holder process exiting");
        expect(fs.existsSync(path.join(dir, "claimmark.lock"))).toBe(false);

        const handle = openPglite(dir);
        await handle.db.execute(sql`SELECT 1`);
        await handle.close();
      },
      OPENS_DATABASE + HOLDER_EXIT_MS,
    );
  });

  describe("left behind by a process that no longer exists", () => {
    let dir: string;
    beforeEach(async () => {
      dir = tempDir();
      const dead = spawn(process.execPath, ["-e", ""]);
      await new Promise((resolve) => dead.once("exit", resolve));
      fs.writeFileSync(
        path.join(dir, "claimmark.lock"),
        JSON.stringify({ pid: dead.pid, host: os.hostname(), since: new Date().toISOString() }),
      );
    }, SETUP_LIMIT);
    afterEach(cleanUp);

    it(
      "is taken over",
      async () => {
        const handle = openPglite(dir);
        const lock = JSON.parse(fs.readFileSync(path.join(dir, "claimmark.lock"), "utf8"));
        expect(lock.pid).toBe(process.pid);
        await handle.close();
        expect(fs.existsSync(path.join(dir, "claimmark.lock"))).toBe(false);
      },
      OPENS_DATABASE,
    );
  });

  describe("a lock naming a live process that is not a Claimmark server (its pid reused)", () => {
    let dir: string;
    let sleeper: ChildProcess;
    beforeEach(async () => {
      dir = tempDir();
      sleeper = spawn("sleep", ["30"]);
      children.push(sleeper);
      await new Promise((resolve) => sleeper.once("spawn", resolve));
    }, SETUP_LIMIT);
    afterEach(cleanUp);

    function expectTakenOver(dir: string) {
      const handle = openPglite(dir);
      const lock = JSON.parse(fs.readFileSync(path.join(dir, "claimmark.lock"), "utf8"));
      expect(lock.pid).toBe(process.pid);
      return handle.close();
    }

    it(
      "is taken over when the process started at another time than the lock records",
      async () => {
        fs.writeFileSync(
          path.join(dir, "claimmark.lock"),
          JSON.stringify({
            pid: sleeper.pid,
            host: os.hostname(),
            since: new Date().toISOString(),
            startTicks: "1",
          }),
        );
        await expectTakenOver(dir);
        expect(sleeper.exitCode).toBeNull();
      },
      OPENS_DATABASE,
    );

    it(
      "is taken over when a lock without a start time names a process that is not Node",
      async () => {
        fs.writeFileSync(
          path.join(dir, "claimmark.lock"),
          JSON.stringify({
            pid: sleeper.pid,
            host: os.hostname(),
            since: new Date().toISOString(),
          }),
        );
        await expectTakenOver(dir);
      },
      OPENS_DATABASE,
    );
  });
});
