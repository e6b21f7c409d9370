// `npm run bench:search`: the studio and public searches over 100,000 annotations on PostgreSQL.
// Seeds a scratch database on BENCH_DATABASE_URL's server (default: the local test server),
// runs each query 30 times after warming up, prints median and p95, shows which indexes the
// plans use, and drops the database.
import { sql } from "drizzle-orm";
import { type Db, openPostgres, queryRows } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import {
  listStudioSearchChoices,
  searchStudioAnnotations,
  type StudioSearchFilters,
} from "@/db/queries/search";
import {
  listPublicSearchChoices,
  type PublicSearchFilters,
  searchPublishedAnnotations,
} from "@/db/queries/search-public";
import { createScratchDatabase } from "@/db/scratch-database";
import { ARTICLES, PER_ARTICLE, RARE_WORD, seedSearchBench } from "./search-seed";
import { round, summarize } from "./stats";

const RUNS = 30;
const WARM_UP = 3;
const BUDGET_MS = 100;

interface Case {
  name: string;
  text: string;
  studio?: StudioSearchFilters;
  public?: PublicSearchFilters;
}

async function time(run: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < WARM_UP; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  const { median, p95 } = summarize(samples);
  return { median: round(median), p95: round(p95) };
}

/** The index scans in a query's plan, run for real (EXPLAIN ANALYZE). */
async function indexesUsed(db: Db, query: string): Promise<string> {
  const rows = await queryRows<{ "QUERY PLAN": string }>(db, sql.raw(`EXPLAIN ANALYZE ${query}`));
  const used = rows
    .map((row) => /Index Scan (?:using|on) (\w+)/.exec(row["QUERY PLAN"])?.[1])
    .filter((name): name is string => !!name);
  return [...new Set(used)].join(", ") || "none (sequential scans)";
}

async function main() {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  // BENCH_SEARCH_KEEP=1 keeps the seeded database (its address is printed) and
  // BENCH_SEARCH_REUSE=<address> times it again without seeding: for trying a query change.
  const reuse = process.env.BENCH_SEARCH_REUSE;
  const scratch = reuse ? null : await createScratchDatabase(adminUrl, "claimmark_bench_search");
  const handle = openPostgres(reuse ?? scratch!.url);
  try {
    const db = handle.db;
    if (scratch) {
      await migrateDatabase(handle);
      const seeding = performance.now();
      await seedSearchBench(db);
      console.log(
        `Seeded ${ARTICLES * PER_ARTICLE} annotations in ${ARTICLES} published articles ` +
          `(${Math.round((performance.now() - seeding) / 1000)} s)`,
      );
    }
    const [speaker] = await queryRows<{ id: string; name: string }>(
      db,
      sql`SELECT id, name FROM speakers ORDER BY slug LIMIT 1`,
    );
    const surname = speaker!.name.split(" ").at(-1)!;
    const cases: Case[] = [
      { name: "common word", text: "bridge" },
      { name: "rare word", text: RARE_WORD },
      { name: "speaker name", text: surname },
      { name: "phrase", text: '"flood barrier"' },
      {
        name: "word + filters",
        text: "bridge",
        studio: { kind: "allegation", speakerId: speaker!.id },
        public: { kind: "allegation", speakerId: speaker!.id },
      },
      // Not in the budget: words on a fifth and on over a third of all annotations (through
      // speakers' descriptions and source titles too), shown to see how it grows.
      { name: "stress, 1 in 5 (not budgeted)", text: "residents" },
      { name: "stress, 1 in 3 (not budgeted)", text: "said" },
    ];
    console.log(`\n${"query".padEnd(48)} ${"studio median/p95".padEnd(20)} public median/p95`);
    let worst = 0;
    for (const c of cases) {
      const studio = await time(() =>
        searchStudioAnnotations(db, {
          text: c.text,
          filters: c.studio ?? {},
          page: 1,
          perPage: 20,
        }),
      );
      const published = await time(() =>
        searchPublishedAnnotations(db, {
          text: c.text,
          filters: c.public ?? {},
          page: 1,
          perPage: 20,
        }),
      );
      const { total } = await searchStudioAnnotations(db, {
        text: c.text,
        filters: c.studio ?? {},
        page: 1,
        perPage: 20,
      });
      if (!c.name.includes("not budgeted"))
        worst = Math.max(worst, studio.median, published.median);
      const label = `${c.name} (${c.text}: ${total} hits)`;
      console.log(
        `${label.padEnd(48)} ${`${studio.median} / ${studio.p95} ms`.padEnd(20)} ${published.median} / ${published.p95} ms`,
      );
    }
    // Each search page also lists its filters' choices (the public page once per published state).
    const studioChoices = await time(() => listStudioSearchChoices(db));
    const publicChoices = await time(() => listPublicSearchChoices(db));
    console.log(
      `${"filter choices (once per page)".padEnd(48)} ${`${studioChoices.median} / ${studioChoices.p95} ms`.padEnd(20)} ${publicChoices.median} / ${publicChoices.p95} ms`,
    );
    const studioPlan = await indexesUsed(
      db,
      `SELECT a.id FROM annotations a WHERE a.search @@ websearch_to_tsquery('english', '${RARE_WORD}')
       UNION SELECT a.id FROM speakers s JOIN annotations a ON a.speaker_id = s.id
         WHERE s.search @@ websearch_to_tsquery('english', '${surname}')
       UNION SELECT l.annotation_id FROM sources so JOIN annotation_sources l ON l.source_id = so.id
         WHERE so.search @@ websearch_to_tsquery('english', 'ledger')`,
    );
    const publicPlan = await indexesUsed(
      db,
      `SELECT annotation_id FROM published_annotations
       WHERE search @@ websearch_to_tsquery('english', '${RARE_WORD}')`,
    );
    console.log(`\nIndexes the studio search's match uses: ${studioPlan}`);
    console.log(`Indexes the public search's match uses: ${publicPlan}`);
    console.log(
      `\nBudget: ≤ ${BUDGET_MS} ms median. Slowest median: ${worst} ms ` +
        `(${worst <= BUDGET_MS ? "within" : "OVER"} budget). ${RUNS} runs each, from Node over loopback.`,
    );
  } finally {
    await handle.close();
    if (scratch && process.env.BENCH_SEARCH_KEEP) console.log(`Kept: ${scratch.url}`);
    else await scratch?.drop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
