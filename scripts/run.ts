import { closeDb } from "@/db/client";

/** Runs a command-line task: prints a failure as one readable line and always closes the database. */
export function runScript(task: () => Promise<void>): void {
  task()
    .then(() => closeDb())
    .catch(async (error: unknown) => {
      console.error(`Failed: ${error instanceof Error ? error.message : String(error)}`);
      await closeDb().catch(() => {});
      process.exitCode = 1;
    });
}
