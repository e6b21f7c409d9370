import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";

export type Health =
  { status: "ok"; db: "ok" } | { status: "error"; db: "unreachable"; reason: string };

const TIMEOUT_MS = 3000;

/** Runs a real query; a database that does not answer within the timeout counts as down. */
export async function checkHealth(getDb: () => Db): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
    });
    await Promise.race([getDb().execute(sql`SELECT 1`), timeout]);
    return { status: "ok", db: "ok" };
  } catch (error) {
    console.error("Health check failed:", error);
    return { status: "error", db: "unreachable", reason: databaseFailureReason(error) };
  } finally {
    clearTimeout(timer);
  }
}

/** A short reason fit for a monitor: the error code or class, never a stack or a connection string. */
function databaseFailureReason(error: unknown): string {
  const code = (error as { code?: unknown; cause?: { code?: unknown } })?.code;
  const causeCode = (error as { cause?: { code?: unknown } })?.cause?.code;
  const known = typeof code === "string" ? code : typeof causeCode === "string" ? causeCode : null;
  if (known) return `database unreachable (${known})`;
  if (error instanceof Error && error.message.startsWith("no answer")) {
    return `database unreachable (${error.message})`;
  }
  return "database unreachable";
}
