// Runs before the end-to-end server starts, as `npm run user:create` would for a real newsroom.
import { closeDb, getDbHandle } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { createUser } from "../lib/users/manage";
import { E2E_USERS } from "./users";

async function main() {
  const handle = getDbHandle();
  await migrateDatabase(handle);
  for (const user of Object.values(E2E_USERS)) await createUser(handle.db, null, user);
  await closeDb();
}

void main();
