// The production server the benchmark measures: built when the build is missing or stale,
// started on a free loopback port with its own data directory, always stopped.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

const root = process.cwd();
const nextBin = path.join(root, "node_modules", "next", "dist", "bin", "next");
const SOURCES = ["app", "lib", "db", "scripts", "proxy.ts", "instrumentation.ts", "next.config.ts"];
const CONFIG = ["package.json", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];

function newestMtime(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return /\.test\.tsx?$/.test(entry) ? 0 : stat.mtimeMs;
  return fs
    .readdirSync(entry)
    .reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), 0);
}

/** Why a build is needed, or null when `.next` is newer than every source file. */
export function buildReason(): string | null {
  const buildId = fs.statSync(path.join(root, ".next", "BUILD_ID"), { throwIfNoEntry: false });
  if (!buildId) return "no build yet";
  const newest = Math.max(...[...SOURCES, ...CONFIG].map((e) => newestMtime(path.join(root, e))));
  return newest > buildId.mtimeMs ? "sources changed since the last build" : null;
}

function run(command: string, args: string[], logFile: string, env: NodeJS.ProcessEnv) {
  return new Promise<void>((resolve, reject) => {
    const log = fs.openSync(logFile, "w");
    const child = spawn(command, args, { cwd: root, env, stdio: ["ignore", log, log] });
    child.on("error", reject);
    child.on("exit", (code) => {
      fs.closeSync(log);
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} failed (exit ${code}); see ${logFile}`));
    });
  });
}

export async function ensureBuild(logDir: string): Promise<{ built: boolean; seconds: number }> {
  const reason = buildReason();
  if (!reason) return { built: false, seconds: 0 };
  console.log(`Building (${reason}); log in ${path.relative(root, logDir)}/build.log …`);
  const started = performance.now();
  // The same build as `npm run build`: the reader's assets, then Next.js.
  await run("npm", ["run", "build"], path.join(logDir, "build.log"), process.env);
  return { built: true, seconds: (performance.now() - started) / 1000 };
}

/** A port nobody listens on right now (another test run may hold 3100 and up). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  baseURL: string;
  stop(): Promise<void>;
}

function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * `next start` on a free port. The child leads its own process group, so stopping it reaches
 * the workers it forks and nothing else.
 */
export async function startServer(options: {
  dataDir: string;
  databaseUrl: string;
  authSecret: string;
  logFile: string;
}): Promise<RunningServer> {
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const log = fs.openSync(options.logFile, "a");
  const child = spawn(
    process.execPath,
    [nextBin, "start", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      cwd: root,
      detached: true,
      stdio: ["ignore", log, log],
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        NEXT_MANUAL_SIG_HANDLE: "true",
        CLAIMMARK_DATA_DIR: options.dataDir,
        CLAIMMARK_DEMO_CONTENT: "off",
        DATABASE_URL: options.databaseUrl,
        AUTH_SECRET: options.authSecret,
      },
    },
  );
  fs.closeSync(log);
  let stopped = false;
  // Said in the server's log, which is where one looks when a server stops answering mid-run.
  child.once("exit", (code, signal) => {
    const how = signal ? `signal ${signal}` : `code ${code}`;
    const note = stopped ? "after the benchmark stopped it" : "UNEXPECTEDLY, during the run";
    fs.appendFileSync(options.logFile, `[bench] next start exited with ${how} ${note}\n`);
  });
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // Already gone.
    }
  };
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    // SIGTERM lets the server close its database (PGlite checkpoints its WAL).
    signalGroup("SIGTERM");
    if (!(await exited(child, 15_000))) {
      signalGroup("SIGKILL");
      await exited(child, 5_000);
    }
  };

  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`next start exited with ${child.exitCode}; see ${options.logFile}`);
    }
    const ok = await fetch(`${baseURL}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { baseURL, stop };
    await new Promise((r) => setTimeout(r, 200));
  }
  await stop();
  throw new Error(`The server did not answer /api/health within 60 s; see ${options.logFile}`);
}
