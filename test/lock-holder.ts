// Test fixture: a separate process that holds an embedded data directory until SIGTERM.
import { openPglite } from "@/db/client";

async function main() {
  const handle = openPglite(process.argv[2]!);
  if (handle.driver !== "pglite") return;
  await handle.client.waitReady;
  process.on("SIGTERM", () => {
    handle.close().finally(() => process.exit(0));
  });
  console.log("READY");
  setInterval(() => {}, 60_000);
}

void main();
