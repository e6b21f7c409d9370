import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { openPglite } from "./client";
import { DataDirInUseError } from "./lock";

const dirs: string[] = [];
const children: ChildProcess[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimmark-lock-"));
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGKILL");
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** Starts another process that opens the directory, and resolves once it holds it. */
function holdInAnotherProcess(dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "test/lock-holder.ts", dir], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("READY")) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`holder exited early with code ${code}`)));
  });
}

describe("the embedded data directory has one owner", () => {
  it("refuses a second process, naming the owner, and opens once the owner has stopped", async () => {
    const dir = tempDir();
    const holder = await holdInAnotherProcess(dir);

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
    await exited;
    expect(fs.existsSync(path.join(dir, "claimmark.lock"))).toBe(false);

    const handle = openPglite(dir);
    await handle.db.execute(sql`SELECT 1`);
    await handle.close();
  }, 30_000);

  it("takes over a lock left by a process that no longer exists", async () => {
    const dir = tempDir();
    const dead = spawn(process.execPath, ["-e", ""]);
    await new Promise((resolve) => dead.once("exit", resolve));
    fs.writeFileSync(
      path.join(dir, "claimmark.lock"),
      JSON.stringify({ pid: dead.pid, host: os.hostname(), since: new Date().toISOString() }),
    );
    const handle = openPglite(dir);
    const lock = JSON.parse(fs.readFileSync(path.join(dir, "claimmark.lock"), "utf8"));
    expect(lock.pid).toBe(process.pid);
    await handle.close();
    expect(fs.existsSync(path.join(dir, "claimmark.lock"))).toBe(false);
  }, 60_000);

  describe("a lock naming a live process that is not a Claimmark server (its pid reused)", () => {
    async function unrelatedProcess(): Promise<ChildProcess> {
      const sleeper = spawn("sleep", ["30"]);
      children.push(sleeper);
      await new Promise((resolve) => sleeper.once("spawn", resolve));
      return sleeper;
    }

    function expectTakenOver(dir: string) {
      const handle = openPglite(dir);
      const lock = JSON.parse(fs.readFileSync(path.join(dir, "claimmark.lock"), "utf8"));
      expect(lock.pid).toBe(process.pid);
      return handle.close();
    }

    it("is taken over when the process started at another time than the lock records", async () => {
      const dir = tempDir();
      const sleeper = await unrelatedProcess();
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
    }, 60_000);

    it("is taken over when a lock without a start time names a process that is not Node", async () => {
      const dir = tempDir();
      const sleeper = await unrelatedProcess();
      fs.writeFileSync(
        path.join(dir, "claimmark.lock"),
        JSON.stringify({ pid: sleeper.pid, host: os.hostname(), since: new Date().toISOString() }),
      );
      await expectTakenOver(dir);
    }, 60_000);
  });
});
