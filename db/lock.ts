import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** PGlite has no lock of its own and two processes on one directory corrupt it. */
export class DataDirInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly ownerPid: number,
    readonly ownerSince: string,
  ) {
    super(
      `The embedded database in ${dir} is in use by another Claimmark process (pid ${ownerPid}, ` +
        `running since ${ownerSince}). Only one process may open it at a time: stop that ` +
        `process, or point CLAIMMARK_DATA_DIR at a different directory.`,
    );
    this.name = "DataDirInUseError";
  }
}

interface LockOwner {
  pid: number;
  host: string;
  since: string;
  /**
   * When the owner process started, in clock ticks since boot (/proc/<pid>/stat): after a
   * crash and a reboot the recorded pid may name an unrelated process, which started at
   * another time. Absent where /proc is not available, and in locks written before it.
   */
  startTicks?: string;
}

export interface DirLock {
  release(): void;
}

const LOCK_FILE = "claimmark.lock";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readProc(pid: number, file: "stat" | "cmdline"): string | null {
  try {
    return fs.readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return null;
  }
}

/** The process's start time (field 22 of /proc/<pid>/stat), or undefined without /proc. */
function startTicksOf(pid: number): string | undefined {
  const stat = readProc(pid, "stat");
  // The command name (field 2) is in parentheses and may hold spaces: count after it.
  return stat?.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
}

/**
 * True while the process that wrote the lock still runs. A live pid is not enough: pids are
 * reused, so one left in the lock by a crash may now name an unrelated process.
 */
function ownerIsRunning(owner: LockOwner): boolean {
  if (!isAlive(owner.pid)) return false;
  const started = startTicksOf(owner.pid);
  if (started === undefined) return true; // No /proc to tell by: a live pid must be respected.
  if (owner.startTicks !== undefined) return owner.startTicks === started;
  // A lock from before start times were recorded: Claimmark runs on Node (and `next start`
  // renames its process "next-server").
  const command = readProc(owner.pid, "cmdline")?.split("\0")[0] ?? "";
  return /(^|\/)node$|^next-server/.test(command);
}

function readOwner(file: string): LockOwner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<LockOwner>;
    return typeof owner.pid === "number"
      ? {
          pid: owner.pid,
          host: String(owner.host),
          since: String(owner.since),
          startTicks: typeof owner.startTicks === "string" ? owner.startTicks : undefined,
        }
      : null;
  } catch {
    return null;
  }
}

/**
 * Takes the directory for this process, or throws DataDirInUseError naming the live owner.
 * A lock left by a process that has died, or whose pid now names another process, is taken
 * over.
 */
export function acquireDirLock(dir: string): DirLock {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, LOCK_FILE);
  const me: LockOwner = {
    pid: process.pid,
    host: os.hostname(),
    since: new Date().toISOString(),
    startTicks: startTicksOf(process.pid),
  };
  const release = () => {
    if (readOwner(file)?.pid === process.pid) fs.rmSync(file, { force: true });
  };

  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(file, JSON.stringify(me), { flag: "wx" });
      process.once("exit", release);
      return { release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const owner = readOwner(file);
    if (owner?.pid === process.pid) return { release };
    const sameHost = owner?.host === os.hostname();
    if (owner && (!sameHost || ownerIsRunning(owner))) {
      throw new DataDirInUseError(dir, owner.pid, owner.since);
    }
    // The owner is gone (or the file is unreadable after a crash): take over.
    fs.rmSync(file, { force: true });
  }
  throw new Error(
    `Could not take the lock file ${file}; remove it if no Claimmark server is running.`,
  );
}
