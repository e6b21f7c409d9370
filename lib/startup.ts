import { ensureAuthSecret } from "@/lib/auth/secret";
import { closeDb, type DbHandle, getDbHandle } from "@/db/client";
import { demoUsersBanner, ensureDemoUsers } from "./demo/users";
import { DataDirInUseError } from "@/db/lock";
import { migrateDatabase } from "@/db/migrate";
import { isEmptyDatabase, seedDemoContent } from "./demo/seed";

/** Hides the password in a connection string before it is printed. */
export function describeDatabase(handle: DbHandle): string {
  if (handle.driver === "pglite") return `embedded database in ${handle.dataDir}`;
  const url = new URL(process.env.DATABASE_URL ?? "");
  return `PostgreSQL database at ${url.hostname}:${url.port || 5432}${url.pathname}`;
}

/**
 * What a starting server may write by itself. Only the embedded database gets demo data: a
 * DATABASE_URL database is someone's real newsroom and is seeded only when asked
 * (`npm run db:seed`). The demo users' passwords are printed and public, so they exist only
 * in development.
 */
export function demoPlan(
  driver: DbHandle["driver"],
  env: { NODE_ENV?: string; CLAIMMARK_DEMO_CONTENT?: string },
): { content: boolean; users: boolean } {
  const embedded = driver === "pglite";
  return {
    content: embedded && env.CLAIMMARK_DEMO_CONTENT !== "off",
    users: embedded && env.NODE_ENV === "development",
  };
}

let shuttingDown = false;

/** Closes the database on SIGINT/SIGTERM so PGlite checkpoints its WAL and frees the lock. */
function closeOnSignals() {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      if (shuttingDown) return;
      shuttingDown = true;
      closeDb()
        .catch((error) => console.error("Closing the database failed:", error))
        .finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
    });
  }
}

/**
 * Called once when a server process starts: settle the session secret, open the database,
 * apply migrations and, on a brand-new embedded database, write the demo newsroom (and, in
 * development only, the demo users). Exits the process with a clear message
 * when the database cannot be used, rather than serving errors.
 */
export async function startServer(): Promise<void> {
  const secret = ensureAuthSecret();
  if (!secret.ok) {
    console.error(`\nClaimmark cannot start: ${secret.message}\n`);
    process.exit(1);
  }
  let handle: DbHandle;
  try {
    handle = getDbHandle();
    await migrateDatabase(handle);
  } catch (error) {
    if (error instanceof DataDirInUseError) {
      console.error(`\nClaimmark cannot start: ${error.message}\n`);
    } else {
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`\nClaimmark cannot start: the database could not be prepared (${reason}).\n`);
    }
    process.exit(1);
  }
  closeOnSignals();
  console.log(`Claimmark is using the ${describeDatabase(handle)}.`);

  const demo = demoPlan(handle.driver, process.env);
  if (demo.content && (await isEmptyDatabase(handle.db))) {
    await seedDemoContent(handle.db);
    console.log("New embedded database: demo newsroom content written.");
  }
  if (demo.users) {
    await ensureDemoUsers(handle.db);
    console.log(`\n${demoUsersBanner()}\n`);
  }
}
