import { parseArgs } from "node:util";
import { getDbHandle } from "@/db/client";
import { sqlState } from "@/lib/errors";
import { describeDatabase } from "@/lib/startup";
import { formatReport, suggestionReport } from "@/lib/suggestion-decisions/report";
import { runScript } from "./run";

const USAGE =
  "Usage: npm run suggest:report -- [--since 2026-11-01] [--json]\n" +
  "Prints, per suggestion rule, how reviewers decided its suggestions (all time unless --since).";

function parseSince(value: string | undefined): Date | null {
  if (value === undefined) return null;
  const since = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}/.test(value) || Number.isNaN(since.getTime())) {
    throw new Error(`--since: "${value}" is not a date such as 2026-11-01.\n${USAGE}`);
  }
  return since;
}

runScript(async () => {
  let values: { json?: boolean; since?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        json: { type: "boolean" },
        since: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const since = parseSince(values.since);
  // Read only: no migration. Opening the embedded database is refused, with the reason,
  // while a server holds it.
  const handle = getDbHandle();
  const report = await suggestionReport(handle.db, since).catch((error: unknown) => {
    // 42P01: undefined table, a database from before suggestions.
    if (sqlState(error) !== "42P01") throw error;
    throw new Error(
      `The ${describeDatabase(handle)} has no suggestion decisions yet: run \`npm run db:migrate\` or start the server once.`,
    );
  });
  if (values.json) {
    console.log(JSON.stringify({ since: since?.toISOString() ?? null, ...report }, null, 2));
    return;
  }
  console.log(
    `Suggestion decisions in the ${describeDatabase(handle)}${since ? ` since ${since.toISOString()}` : ""}:\n`,
  );
  console.log(formatReport(report));
});
