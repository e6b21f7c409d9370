import { getDbHandle } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDemoContent } from "@/lib/demo/seed";
import { describeDatabase } from "@/lib/startup";
import { runScript } from "./run";

// Run on purpose: this is the only way demo content reaches a DATABASE_URL database.
runScript(async () => {
  const handle = getDbHandle();
  await migrateDatabase(handle);
  const written = await seedDemoContent(handle.db);
  console.log(
    written
      ? `Demo content written to the ${describeDatabase(handle)}.`
      : `The ${describeDatabase(handle)} already holds the demo content; nothing written.`,
  );
});
