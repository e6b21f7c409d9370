// Loads the fixtures into a database the server is not running on yet: users, speakers,
// sources, both articles saved through the real save use case, details and source links on
// the annotation rows, then both published.
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { annotationSources, articles, sources, speakers } from "@/db/schema";
import { publishRevision } from "@/lib/articles/publish";
import { createDraftArticle, saveArticleDocument } from "@/lib/articles/save";
import { checkArticle } from "@/lib/articles/workflow";
import { normalizeSourceUrl } from "@/lib/sources/normalize";
import { createUser } from "@/lib/users/manage";
import { buildDoc, type DocJson } from "./doc";
import type { BenchFixtures } from "./fixtures";
import { Rng } from "./rng";

export const BENCH_USER = {
  name: "Bench Editor",
  email: "editor@bench.test",
  role: "editor",
  password: "bench-editor-password",
} as const;

export interface SeededArticle {
  id: string;
  slug: string;
  title: string;
  version: number;
  /** The draft's document as stored (canonical Tiptap JSON). */
  doc: DocJson;
  annotations: number;
}

export interface Seeded {
  userId: string;
  big: SeededArticle;
  plain: SeededArticle;
  /**
   * Published copies of the annotated article, each its own article and revision, that no
   * request has touched: the first GET of each is a cold render of a new revision.
   */
  copies: { id: string; slug: string }[];
}

/**
 * Statement-level triggers that count the annotation rows each transaction writes, so the
 * benchmark can see what a save wrote from outside the server. Only in the benchmark's own
 * throw-away database; the app's schema and code are untouched.
 */
const COUNT_WRITES = [
  `CREATE TABLE bench_writes (xid bigint NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp(),
     tbl text NOT NULL, op text NOT NULL, n integer NOT NULL)`,
  `CREATE FUNCTION bench_count_writes() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     INSERT INTO bench_writes (xid, tbl, op, n)
       SELECT txid_current(), TG_TABLE_NAME, TG_OP, count(*) FROM new_rows;
     RETURN NULL;
   END $$`,
  `CREATE TRIGGER bench_annotations_insert AFTER INSERT ON annotations
     REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bench_count_writes()`,
  `CREATE TRIGGER bench_annotations_update AFTER UPDATE ON annotations
     REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bench_count_writes()`,
  `CREATE TRIGGER bench_articles_update AFTER UPDATE ON articles
     REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION bench_count_writes()`,
];

async function insertSpeakersAndSources(db: Db, fx: BenchFixtures, userId: string) {
  const speakerRows = await db
    .insert(speakers)
    .values(fx.speakers.map((s) => ({ ...s, createdBy: userId })))
    .returning({ id: speakers.id, slug: speakers.slug });
  const speakerIds = fx.speakers.map((s) => speakerRows.find((r) => r.slug === s.slug)!.id);
  const urls = fx.sources.map((s) => normalizeSourceUrl(s.url));
  const sourceRows = await db
    .insert(sources)
    .values(fx.sources.map((s, i) => ({ ...s, url: urls[i]!, createdBy: userId })))
    .returning({ id: sources.id, url: sources.url });
  const sourceIds = urls.map((url) => sourceRows.find((r) => r.url === url)!.id);
  return { speakerIds, sourceIds };
}

async function createArticle(
  db: Db,
  userId: string,
  title: string,
  doc: DocJson,
): Promise<{ id: string; version: number }> {
  const { id } = await createDraftArticle(db, { id: userId });
  const saved = await saveArticleDocument(
    db,
    { id: userId },
    {
      articleId: id,
      baseVersion: 1,
      title,
      doc,
    },
  );
  return { id, version: saved.version };
}

/** Speaker, cue and note on every row, and the source links, as reviewers would have set them. */
async function attachDetails(
  db: Db,
  fx: BenchFixtures,
  userId: string,
  ids: { speakerIds: string[]; sourceIds: string[] },
) {
  const details = fx.annotations.map((a) => ({
    id: a.id,
    speaker_id: a.speaker === null ? null : ids.speakerIds[a.speaker]!,
    cue: a.cue,
    note: a.note,
  }));
  await db.execute(sql`
    UPDATE annotations AS a SET speaker_id = v.speaker_id, cue = v.cue, note = v.note
    FROM jsonb_to_recordset(${JSON.stringify(details)}::jsonb)
      AS v(id uuid, speaker_id uuid, cue text, note text)
    WHERE a.id = v.id
  `);
  const links = fx.annotations.flatMap((a) =>
    a.sources.map((link) => ({
      annotationId: a.id,
      sourceId: ids.sourceIds[link.source]!,
      relation: link.relation,
      excerpt: "",
      createdBy: userId,
    })),
  );
  for (let i = 0; i < links.length; i += 500) {
    await db.insert(annotationSources).values(links.slice(i, i + 500));
  }
}

async function publish(db: Db, articleId: string, userId: string): Promise<string> {
  const problems = await checkArticle(db, articleId);
  if (problems.length > 0) {
    throw new Error(
      `The fixture article fails the publish check (${problems.length} problems), e.g. ${problems[0]!.message}`,
    );
  }
  await publishRevision(db, { articleId, userId });
  const [row] = await db
    .select({ slug: articles.slug })
    .from(articles)
    .where(eq(articles.id, articleId));
  return row!.slug;
}

/**
 * The fixtures with fresh annotation ids (they are primary keys, so a second article with the
 * same marks needs its own), deterministic per copy like the rest of the fixtures.
 */
function copyFixtures(fx: BenchFixtures, n: number): BenchFixtures {
  const rng = new Rng(0xc0b1 + n);
  return {
    ...fx,
    title: `${fx.title} (copy ${n})`,
    annotations: fx.annotations.map((a) => ({ ...a, id: rng.uuid() })),
  };
}

export async function seedBench(db: Db, fx: BenchFixtures, copies = 0): Promise<Seeded> {
  const { id: userId } = await createUser(db, null, { ...BENCH_USER });
  const ids = await insertSpeakersAndSources(db, fx, userId);
  // Plain JSON, as a browser sends it (ProseMirror's attrs objects have no prototype).
  const bigDoc = JSON.parse(JSON.stringify(buildDoc(fx, true).toJSON())) as DocJson;
  const plainDoc = JSON.parse(JSON.stringify(buildDoc(fx, false).toJSON())) as DocJson;
  const big = await createArticle(db, userId, fx.title, bigDoc);
  const plain = await createArticle(db, userId, fx.plainTitle, plainDoc);
  await attachDetails(db, fx, userId, ids);
  const bigSlug = await publish(db, big.id, userId);
  const plainSlug = await publish(db, plain.id, userId);
  const seededCopies: Seeded["copies"] = [];
  for (let n = 1; n <= copies; n++) {
    const copy = copyFixtures(fx, n);
    const doc = JSON.parse(JSON.stringify(buildDoc(copy, true).toJSON())) as DocJson;
    const { id } = await createArticle(db, userId, copy.title, doc);
    await attachDetails(db, copy, userId, ids);
    seededCopies.push({ id, slug: await publish(db, id, userId) });
  }
  for (const statement of COUNT_WRITES) await db.execute(sql.raw(statement));
  return {
    userId,
    big: {
      ...big,
      slug: bigSlug,
      title: fx.title,
      doc: bigDoc,
      annotations: fx.annotations.length,
    },
    plain: { ...plain, slug: plainSlug, title: fx.plainTitle, doc: plainDoc, annotations: 0 },
    copies: seededCopies,
  };
}

export interface TransactionWrites {
  xid: number;
  at: Date;
  annotationRows: number;
}

/**
 * Annotation rows written by each transaction that updated an article, oldest first; only
 * those between `since` and `until` (this machine's clock) when given.
 */
export async function readWrites(
  db: Db,
  window: { since: Date; until: Date } | null,
): Promise<TransactionWrites[]> {
  const between = window
    ? sql`WHERE at BETWEEN ${window.since.toISOString()}::timestamptz AND ${window.until.toISOString()}::timestamptz`
    : sql``;
  const result = (await db.execute(sql`
    SELECT xid::text AS xid, min(at) AS at,
      coalesce(sum(n) FILTER (WHERE tbl = 'annotations'), 0)::int AS rows
    FROM bench_writes ${between}
    GROUP BY xid
    HAVING bool_or(tbl = 'articles')
    ORDER BY min(at)
  `)) as unknown as { rows: { xid: string; at: string | Date; rows: number }[] };
  return result.rows.map((r) => ({
    xid: Number(r.xid),
    at: new Date(r.at),
    annotationRows: r.rows,
  }));
}
