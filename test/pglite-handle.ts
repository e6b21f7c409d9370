import type { PGlite } from "@electric-sql/pglite";
import { drizzle } from "drizzle-orm/pglite";
import type { Db, DbHandle } from "@/db/client";
import * as schema from "@/db/schema";

/** An in-memory PGlite as the app's handle type. */
export function pgliteHandle(client: PGlite): DbHandle {
  return {
    driver: "pglite",
    db: drizzle(client, { schema }) as unknown as Db,
    client,
    dataDir: "memory://",
    close: () => client.close(),
  };
}
