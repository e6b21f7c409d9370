import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { expect, test } from "@playwright/test";

/** A port nothing listens on, so the only thing that can stop the second server is the lock. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

test("a second server on the same data directory exits with a clear message; the first keeps serving", async ({
  request,
}) => {
  const second = spawn(
    "npx",
    ["next", "start", "--port", String(await freePort()), "--hostname", "127.0.0.1"],
    {
      env: {
        ...process.env,
        CLAIMMARK_DATA_DIR: process.env.E2E_DATA_DIR,
        DATABASE_URL: "",
        AUTH_SECRET: process.env.E2E_AUTH_SECRET,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  second.stdout.on("data", (chunk) => (output += chunk));
  second.stderr.on("data", (chunk) => (output += chunk));
  const exitCode = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      second.kill("SIGKILL");
      resolve(null);
    }, 30_000);
    second.once("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });

  expect(exitCode, output).toBe(1);
  expect(output).toContain("Claimmark cannot start");
  expect(output).toMatch(/in use by another Claimmark process \(pid \d+/);

  const health = await request.get("/api/health");
  expect(health.status()).toBe(200);
  expect(await health.json()).toEqual({ status: "ok", db: "ok" });
});
