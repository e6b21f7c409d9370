import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "./client";
import { migrateDatabase, migrationsFolder } from "./migrate";
import { createTestDb, type TestDb } from "@/test/db";

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const journal = JSON.parse(
  fs.readFileSync(path.join(migrationsFolder, "meta", "_journal.json"), "utf8"),
) as { entries: unknown[] };

async function tableNames(): Promise<string[]> {
  const rows = await queryRows<{ table_name: string }>(
    t.db,
    sql`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
  );
  return rows.map((row) => row.table_name);
}

describe("migrations", () => {
  it("create every table of the data model from an empty database", async () => {
    expect(await tableNames()).toEqual([
      "accounts",
      "annotation_sources",
      "annotations",
      "article_revisions",
      "articles",
      "audit_events",
      "comment_mentions",
      "comments",
      "discussion_threads",
      "newsroom",
      "published_annotations",
      "sign_in_attempts",
      "source_url_aliases",
      "sources",
      "speaker_merges",
      "speakers",
      "suggestion_decisions",
      "thread_reads",
      "users",
      "verdicts",
    ]);
  });

  it("create the default verdict scale, best to worst with Unproven off the scale", async () => {
    const scale = await queryRows<{
      label: string;
      rating: number | null;
      scale_end: string | null;
    }>(t.db, sql`SELECT label, rating, scale_end FROM verdicts ORDER BY position`);
    expect(scale.map((v) => v.label)).toEqual([
      "True",
      "Mostly true",
      "Half true",
      "Misleading",
      "Mostly false",
      "False",
      "Unproven",
    ]);
    expect(scale[0]).toMatchObject({ rating: 6, scale_end: "best" });
    expect(scale[5]).toMatchObject({ rating: 1, scale_end: "worst" });
    expect(scale[6]).toMatchObject({ rating: null, scale_end: null });
  });

  it("record every committed migration once, and a second run changes nothing", async () => {
    const count = async () => {
      const [row] = await queryRows<{ n: number }>(
        t.db,
        sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`,
      );
      return row!.n;
    };
    expect(await count()).toBe(journal.entries.length);
    await migrateDatabase(t.handle);
    expect(await count()).toBe(journal.entries.length);
  });
});
