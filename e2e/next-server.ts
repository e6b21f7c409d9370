import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";

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

/** Changes to a server's or a command's environment; `undefined` removes a variable. */
export type EnvChanges = Record<string, string | undefined>;

function serverEnv(dataDir: string, changes: EnvChanges = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    CLAIMMARK_DATA_DIR: dataDir,
    CLAIMMARK_DEMO_CONTENT: "off",
    DATABASE_URL: "",
    AUTH_SECRET: process.env.E2E_AUTH_SECRET,
    CLAIMMARK_TRUSTED_PROXIES: undefined,
    NEXT_TELEMETRY_DISABLED: "1",
    // As `npm start`: the app's own signal handler closes the database before exiting.
    NEXT_MANUAL_SIG_HANDLE: "true",
    ...changes,
  };
}

export interface Finished {
  code: number | null;
  /** Everything it printed, stdout and stderr together. */
  output: string;
}

function runToEnd(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<Finished> {
  const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  return new Promise((resolve) => child.once("close", (code) => resolve({ code, output })));
}

/**
 * Runs `npm run <script> -- <args>` as an operator would, on the embedded database in
 * `dataDir` unless `changes` says otherwise.
 */
export function npmRun(
  script: string,
  args: string[],
  dataDir: string,
  changes: EnvChanges = {},
): Promise<Finished> {
  return runToEnd("npm", ["run", "--silent", script, "--", ...args], serverEnv(dataDir, changes));
}

/** A new, empty directory for an embedded database; nothing is written to it yet. */
export function emptyDataDir(): { dir: string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimmark-e2e-extra-"));
  return { dir, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A new embedded database directory holding the end-to-end accounts, as the suite's own has. */
export async function newDataDir(): Promise<{ dir: string; remove: () => void }> {
  const data = emptyDataDir();
  const created = await runToEnd(
    process.execPath,
    [path.join("node_modules", "tsx", "dist", "cli.mjs"), "e2e/create-users.ts"],
    serverEnv(data.dir),
  );
  if (created.code !== 0) throw new Error(`Creating the accounts failed:\n${created.output}`);
  return data;
}

export interface NextProcess {
  child: ChildProcess;
  /** Everything the process printed so far. */
  output: () => string;
  /** Its exit code once it exits (null when ended by a signal). */
  exited: Promise<number | null>;
}

/**
 * Starts `next start` on the embedded database in `dataDir` (or what `changes` point it at),
 * without waiting for it.
 */
export function spawnNextStart(dataDir: string, port: number, changes?: EnvChanges): NextProcess {
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
    { env: serverEnv(dataDir, changes), stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  return { child, output: () => output, exited };
}

/**
 * Waits for a process that should exit by itself; one still running after `ms` is killed (in
 * time for the test to report what it printed).
 */
export async function exitCodeOf(server: NextProcess, ms = 20_000): Promise<number | null> {
  const timer = setTimeout(() => server.child.kill("SIGKILL"), ms);
  try {
    return await server.exited;
  } finally {
    clearTimeout(timer);
  }
}

export interface RunningServer {
  url: string;
  /** Everything the process printed so far. */
  output: () => string;
  /** Stops it as a deploy or an operator would (SIGTERM), waits until it is gone and gives its exit code. */
  stop: () => Promise<number | null>;
}

/** Starts `next start` and resolves once its health check answers. */
export async function startNextServer(
  dataDir: string,
  port: number,
  changes?: EnvChanges,
): Promise<RunningServer> {
  const server = spawnNextStart(dataDir, port, changes);
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
    output: server.output,
    stop: () => {
      if (exitCode === undefined) server.child.kill("SIGTERM");
      return server.exited;
    },
  };
}

export interface OwnServer {
  page: Page;
  dataDir: string;
  /** The server of the moment (it changes when restarted). */
  server: () => RunningServer;
  /** Starts it again on the same data directory and port, after a stop. */
  restart: () => Promise<void>;
}

/**
 * Runs `use` with a browser page on a server of its own, on a fresh embedded database, so a
 * test may stop and restart it without touching the suite's server. Always cleans up.
 */
export async function withOwnServer(
  browser: Browser,
  use: (own: OwnServer) => Promise<void>,
): Promise<void> {
  const data = await newDataDir();
  const port = await freePort();
  let server = await startNextServer(data.dir, port);
  const context = await browser.newContext({ baseURL: server.url });
  try {
    await use({
      page: await context.newPage(),
      dataDir: data.dir,
      server: () => server,
      restart: async () => {
        server = await startNextServer(data.dir, port);
      },
    });
  } finally {
    await context.close();
    await server.stop();
    data.remove();
  }
}
