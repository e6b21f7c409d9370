import { randomBytes } from "node:crypto";
import { Client } from "pg";

export interface ScratchDatabase {
  /** Connection string of the new database. */
  url: string;
  name: string;
  /** Drops it, ending any connection still open to it. */
  drop(): Promise<void>;
}

/**
 * A brand-new, empty PostgreSQL database on the server `adminUrl` points at, for one test file
 * or spec (or one benchmark run), so they never share rows with each other or with a
 * developer's own database.
 */
export async function createScratchDatabase(
  adminUrl: string,
  prefix = "claimmark_test",
  /** A database to copy (one nobody is connected to), instead of starting empty. */
  template?: string,
): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(6).toString("hex")}`;
  const copy = template ? ` TEMPLATE ${escapeIdentifier(template)}` : "";
  await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE ${name}${copy}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      await withAdmin(adminUrl, (admin) =>
        admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      );
    },
  };
}

/** A name made safe to put in SQL, as PostgreSQL quotes identifiers. */
function escapeIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

async function withAdmin<T>(url: string, run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}
