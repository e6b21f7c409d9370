import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { users } from "@/db/schema";
import { createDraftArticle } from "@/lib/articles/save";
import { recordSuggestionDecision } from "@/lib/suggestion-decisions/record";

// `npm run suggest:report` as an operator runs it, on an embedded database on disk. Opening one
// and starting tsx each take several seconds on a busy 2-core machine, hence the limits.
const SLOW = 150_000;

let dir: string;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimmark-suggest-report-"));
  const handle = openPglite(dir);
  try {
    await migrateDatabase(handle);
    const [user] = await handle.db
      .insert(users)
      .values({ email: "report@example.test", role: "reviewer" })
      .returning({ id: users.id });
    const actor = { id: user!.id };
    const { id: articleId } = await createDraftArticle(handle.db, actor);
    const suggestion = {
      quote: "Quote",
      kind: "allegation" as const,
      rule: "accused-of",
      start: 0,
      end: 5,
      confidence: 0.6,
      speakerName: null,
      speakerType: null,
      cue: null,
    };
    await recordSuggestionDecision(handle.db, actor, {
      articleId,
      decision: "rejected",
      suggestion,
    });
    // Its annotation was never saved: accepted, then removed.
    await recordSuggestionDecision(handle.db, actor, {
      articleId,
      decision: "accepted",
      annotationId: randomUUID(),
      suggestion,
    });
  } finally {
    await handle.close();
  }
}, SLOW);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function report(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, CLAIMMARK_DATA_DIR: dir };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/suggest-report.ts", ...args], {
    env,
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve) => child.once("close", (code) => resolve({ code, out, err })));
}

describe("npm run suggest:report", () => {
  it(
    "prints the decisions per rule as JSON",
    async () => {
      const { code, out, err } = await report(["--json"]);
      expect(code, err).toBe(0);
      expect(JSON.parse(out)).toMatchObject({
        since: null,
        rules: [
          {
            rule: "accused-of",
            decided: 2,
            acceptedAsIs: 0,
            acceptedThenRemoved: 1,
            rejected: 1,
            acceptanceRate: 0,
          },
        ],
      });
    },
    SLOW,
  );

  it(
    "refuses, saying why, while another process holds the embedded database",
    async () => {
      // This process holds it, as a running server would.
      const holder = openPglite(dir);
      try {
        const { code, out, err } = await report([]);
        expect(code).toBe(1);
        expect(out).toBe("");
        expect(err).toContain(`The embedded database in ${dir} is in use by another Claimmark`);
      } finally {
        await holder.close();
      }
    },
    SLOW,
  );
});
