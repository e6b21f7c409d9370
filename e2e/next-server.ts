import { type ChildProcess, execFile, spawn } from "node:child_process";
import fs from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

/**
 * More production servers (`next start` on the build the suite made) besides the one the
 * Playwright config starts: to see what happens when a server stops, or when two of them
 * want the same embedded database.
 */

/** A port nothing listens on. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function serverEnv(dataDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    CLAIMMARK_DATA_DIR: dataDir,
    CLAIMMARK_DEMO_CONTENT: "off",
    DATABASE_URL: "",
    AUTH_SECRET: process.env.E2E_AUTH_SECRET,
    NEXT_TELEMETRY_DISABLED: "1",
    // As `npm start`: the app's own signal handler closes the database before exiting.
    NEXT_MANUAL_SIG_HANDLE: "true",
  };
}

/** A new embedded database directory holding the end-to-end accounts, as the suite's own has. */
export async function newDataDir(): Promise<{ dir: string; remove: () => void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimmark-e2e-extra-"));
  await promisify(execFile)(
    process.execPath,
    [path.join("node_modules", "tsx", "dist", "cli.mjs"), "e2e/create-users.ts"],
    { env: serverEnv(dir) },
  );
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export interface NextProcess {
  child: ChildProcess;
  /** Everything the process printed so far. */
  output: () => string;
  /** Its exit code once it exits (null when ended by a signal). */
  exited: Promise<number | null>;
}

/** Starts `next start` on the embedded database in `dataDir`, without waiting for it. */
export function spawnNextStart(dataDir: string, port: number): NextProcess {
  const child = spawn(
    process.execPath,
    [
      path.join("node_modules", "next", "dist", "bin", "next"),
      "start",
      "--port",
      String(port),
      "--hostname",
      "127.0.0.1",
    ],
    { env: serverEnv(dataDir), stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { child, output: () => output, exited };
}

export interface RunningServer {
  url: string;
  /** Stops it as a deploy or an operator would (SIGTERM) and waits until it is gone. */
  stop: () => Promise<void>;
}

/** Starts `next start` and resolves once its health check answers. */
export async function startNextServer(dataDir: string, port: number): Promise<RunningServer> {
  const server = spawnNextStart(dataDir, port);
  const url = `http://127.0.0.1:${port}`;
  let exitCode: number | null | undefined;
  void server.exited.then((code) => (exitCode = code));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exitCode !== undefined) {
      throw new Error(`The server exited (${exitCode}) before answering:\n${server.output()}`);
    }
    const ok = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      server.child.kill("SIGKILL");
      throw new Error(`The server did not answer within a minute:\n${server.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    stop: async () => {
      if (exitCode === undefined) server.child.kill("SIGTERM");
      await server.exited;
    },
  };
}
