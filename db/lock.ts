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

function readOwner(file: string): LockOwner | null {
  try {
    const owner = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<LockOwner>;
    return typeof owner.pid === "number"
      ? { pid: owner.pid, host: String(owner.host), since: String(owner.since) }
      : null;
  } catch {
    return null;
  }
}

/**
 * Takes the directory for this process, or throws DataDirInUseError naming the live owner.
 * A lock left by a process that has died is taken over.
 */
export function acquireDirLock(dir: string): DirLock {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, LOCK_FILE);
  const me: LockOwner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString() };
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
    if (owner && (!sameHost || isAlive(owner.pid))) {
      throw new DataDirInUseError(dir, owner.pid, owner.since);
    }
    // The owner is gone (or the file is unreadable after a crash): take over.
    fs.rmSync(file, { force: true });
  }
  throw new Error(
    `Could not take the lock file ${file}; remove it if no Claimmark server is running.`,
  );
}
