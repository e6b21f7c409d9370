import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
if (!fs.existsSync(chromiumPath)) {
  throw new Error(
    `No Chromium at ${chromiumPath}. Install Debian's package (apt-get install -y chromium) ` +
      `or set CHROMIUM_PATH to a Chromium binary; Playwright's own browser download is not used.`,
  );
}

// One fresh embedded database per run. Set here, in the main process, so the workers
// (which load this file again) inherit the same directory instead of making their own.
process.env.E2E_DATA_DIR ||= fs.mkdtempSync(path.join(os.tmpdir(), "claimmark-e2e-"));
process.env.E2E_AUTH_SECRET ||= randomBytes(33).toString("base64");
const port = Number(process.env.E2E_PORT || 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "e2e",
  forbidOnly: true,
  retries: 0,
  // The server owns one embedded database; specs share it, so they run one at a time.
  workers: 1,
  reporter: "list",
  globalTeardown: "./e2e/global-teardown.ts",
  use: {
    baseURL,
    browserName: "chromium",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: `npm run build && tsx e2e/create-users.ts && npm run start -- --port ${port} --hostname 127.0.0.1`,
    url: `${baseURL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      CLAIMMARK_DATA_DIR: process.env.E2E_DATA_DIR,
      DATABASE_URL: "",
      AUTH_SECRET: process.env.E2E_AUTH_SECRET,
      // Playwright stands in for a reverse proxy: each test's X-Forwarded-For (fixtures.ts) is
      // believed, so one test's failed sign-ins never throttle another's. Servers a spec starts
      // itself (next-server.ts) trust no proxy, as a server does by default.
      CLAIMMARK_TRUSTED_PROXIES: "127.0.0.1",
      // Test-only: lets "Import from URL" fetch the pages e2e/import.spec.ts serves itself on
      // 127.0.0.1, which the fetch guard refuses everywhere else.
      CLAIMMARK_IMPORT_ALLOW_ADDRESSES: "127.0.0.1",
    },
  },
});
