import { getDbHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { describeDatabase } from "@/lib/startup";
import { runScript } from "./run";

runScript(async () => {
  const handle = getDbHandle();
  await migrateDatabase(handle);
  console.log(`Migrations applied to the ${describeDatabase(handle)}.`);
});
