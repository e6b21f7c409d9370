import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dataDir } from "@/db/client";

/**
 * Makes sure AUTH_SECRET is set before the first request. Production refuses to start
 * without one; development generates one once and keeps it in the data directory, so
 * sessions survive restarts.
 */
export function ensureAuthSecret(): { ok: true } | { ok: false; message: string } {
  if (process.env.AUTH_SECRET) return { ok: true };
  if (process.env.NODE_ENV === "production") {
    return {
      ok: false,
      message:
        "AUTH_SECRET is not set. A production server needs a secret to sign sessions: " +
        "generate one with `openssl rand -base64 33` and set AUTH_SECRET to it.",
    };
  }
  const file = path.join(dataDir(), "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(33).toString("base64"), { mode: 0o600, flag: "wx" });
  }
  process.env.AUTH_SECRET = fs.readFileSync(file, "utf8").trim();
  return { ok: true };
}
