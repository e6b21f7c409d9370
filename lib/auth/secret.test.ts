import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ensureAuthSecret } from "./secret";

let dataDir: string;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "claimmark-secret-"));
  // A data directory that does not exist yet, as on a developer's first `npm run dev`.
  vi.stubEnv("CLAIMMARK_DATA_DIR", path.join(dataDir, "data"));
  vi.stubEnv("AUTH_SECRET", undefined);
});
afterEach(() => {
  vi.unstubAllEnvs();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

const secretFile = () => path.join(dataDir, "data", "auth-secret");

/** A new server process: nothing in the environment but what the test sets. */
function restart() {
  delete process.env.AUTH_SECRET;
}

describe("AUTH_SECRET in development", () => {
  beforeEach(() => {
    vi.stubEnv("NODE_ENV", "development");
  });

  it("is generated once, kept in the data directory readable by its owner only", () => {
    expect(ensureAuthSecret()).toEqual({ ok: true });
    const secret = process.env.AUTH_SECRET!;
    expect(Buffer.from(secret, "base64")).toHaveLength(33);
    expect(fs.readFileSync(secretFile(), "utf8")).toBe(secret);
    expect(fs.statSync(secretFile()).mode & 0o777).toBe(0o600);
  });

  it("is the same after a restart, so sessions stay valid", () => {
    ensureAuthSecret();
    const first = process.env.AUTH_SECRET;
    restart();
    expect(ensureAuthSecret()).toEqual({ ok: true });
    expect(process.env.AUTH_SECRET).toBe(first);
    expect(fs.readFileSync(secretFile(), "utf8")).toBe(first);
  });

  it("is another one in another data directory", () => {
    ensureAuthSecret();
    const first = process.env.AUTH_SECRET;
    restart();
    vi.stubEnv("CLAIMMARK_DATA_DIR", path.join(dataDir, "other"));
    ensureAuthSecret();
    expect(process.env.AUTH_SECRET).not.toBe(first);
  });

  it("is the one set in the environment when there is one, and nothing is written", () => {
    vi.stubEnv("AUTH_SECRET", "set-by-the-operator");
    expect(ensureAuthSecret()).toEqual({ ok: true });
    expect(process.env.AUTH_SECRET).toBe("set-by-the-operator");
    expect(fs.existsSync(secretFile())).toBe(false);
  });
});

describe("AUTH_SECRET in production", () => {
  beforeEach(() => {
    vi.stubEnv("NODE_ENV", "production");
  });

  it("is required: the server is told to refuse to start, saying how to make one", () => {
    expect(ensureAuthSecret()).toEqual({
      ok: false,
      message: expect.stringMatching(/^AUTH_SECRET is not set\..*`openssl rand -base64 33`/),
    });
    expect(process.env.AUTH_SECRET).toBeUndefined();
    expect(fs.existsSync(path.join(dataDir, "data"))).toBe(false);
  });

  it("is taken from the environment", () => {
    vi.stubEnv("AUTH_SECRET", "set-by-the-operator");
    expect(ensureAuthSecret()).toEqual({ ok: true });
  });
});
