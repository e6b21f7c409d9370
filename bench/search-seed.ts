// `npm run bench:search`'s newsroom: 1,000 published articles of 100 annotations each, with
// speakers (some with aliases) and sources, generated deterministically from bench/vocabulary.
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { ANNOTATION_KINDS } from "@/db/enums";
import { annotationSources, annotations, articles, sources, speakers, users } from "@/db/schema";
import { Rng } from "./rng";
import * as words from "./vocabulary";

export const ARTICLES = 1_000;
export const PER_ARTICLE = 100;
const SPEAKERS = 500;
const SOURCES = 2_000;
/** A word about one annotation in 5,000: the "rare word" query. */
export const RARE_WORD = "moratorium";

function sentence(rng: Rng, speakerName: string): string {
  const fill: Record<string, () => string> = {
    speaker: () => speakerName,
    person: () => `${rng.pick(words.FIRST_NAMES)} ${rng.pick(words.LAST_NAMES)}`,
    date: () => `${rng.int(1, 28)} ${rng.pick(words.MONTHS)}`,
    number: () => String(rng.int(2, 900)),
    small: () => String(rng.int(2, 12)),
    money: () => `€${rng.int(1, 90)} million`,
    group: () => rng.pick(words.GROUPS),
    verbed: () => rng.pick(words.PAST_VERBS),
    place: () => rng.pick(words.PLACES),
    thing: () => rng.pick(words.THINGS),
    role: () => rng.pick(words.ROLES),
    adjective: () => rng.pick(words.ADJECTIVES),
    org: () => `${rng.pick(words.ORG_PREFIXES)} ${rng.pick(words.ORG_TOPICS)}`,
  };
  return rng.pick(words.TEMPLATES).replace(/\{(\w+)\}/g, (_, slot: string) => fill[slot]!());
}

async function insertInBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += 1_000) await insert(rows.slice(i, i + 1_000));
}

/** Seeds the newsroom, published throughout. */
export async function seedSearchBench(db: Db): Promise<void> {
  const rng = new Rng(15);
  const [user] = await db
    .insert(users)
    .values({ email: "bench@bench.example", role: "editor", name: "Bench" })
    .returning({ id: users.id });
  const createdBy = user!.id;

  const speakerRows = Array.from({ length: SPEAKERS }, (_, i) => {
    const name = `${rng.pick(words.FIRST_NAMES)} ${rng.pick(words.LAST_NAMES)}`;
    return {
      id: rng.uuid(),
      slug: `speaker-${i}`,
      name,
      type: "person" as const,
      description: rng.pick(words.ROLES),
      aliases: rng.chance(0.2) ? [`the ${rng.pick(words.ROLES)}`] : [],
      createdBy,
    };
  });
  await db.insert(speakers).values(speakerRows);
  const sourceRows = Array.from({ length: SOURCES }, (_, i) => {
    const publisher = rng.pick(words.PUBLISHERS);
    return {
      id: rng.uuid(),
      url: `https://${publisher}.example/${rng.pick(words.SECTIONS)}/${i}`,
      title: `${rng.pick(words.HEADINGS)}: the ${rng.pick(words.THINGS)} in ${rng.pick(words.PLACES)}`,
      publisher,
      createdBy,
    };
  });
  await insertInBatches(sourceRows, (batch) => db.insert(sources).values(batch));

  for (let a = 0; a < ARTICLES; a++) {
    const [article] = await db
      .insert(articles)
      .values({
        slug: `bench-${a}`,
        title: `Bench article ${a}`,
        status: "published",
        doc: {},
        createdBy,
      })
      .returning({ id: articles.id });
    const rows = Array.from({ length: PER_ARTICLE }, (_, i) => {
      const speaker = rng.chance(0.8) ? rng.pick(speakerRows) : null;
      const quote = sentence(rng, speaker?.name ?? "A spokesperson");
      const note = `${rng.pick(words.NOTES)}${rng.chance(0.0002) ? ` A ${RARE_WORD} was proposed.` : ""}`;
      return {
        id: rng.uuid(),
        articleId: article!.id,
        kind: rng.pick(ANNOTATION_KINDS),
        speakerId: speaker?.id ?? null,
        cue: rng.pick(words.CLAIM_CUES),
        note,
        quote,
        prefix: "The report continues. ",
        suffix: " It was not the first time.",
        start: i * 200,
        end: i * 200 + quote.length,
        createdBy,
      };
    });
    await db.insert(annotations).values(rows);
    const links = rows
      .filter(() => rng.chance(0.3))
      .map((row) => ({
        annotationId: row.id,
        sourceId: rng.pick(sourceRows).id,
        relation: "supports" as const,
      }));
    if (links.length) await db.insert(annotationSources).values(links);
  }
  await publishEverything(db, createdBy);
  await db.execute(sql`ANALYZE`);
}

/**
 * Gives every article a revision and the public search's rows for it. Written straight from the
 * live rows, which at this point are what a publish would freeze: publishing 1,000 articles
 * through the use case would time the publish, not the search.
 */
async function publishEverything(db: Db, userId: string): Promise<void> {
  await db.execute(sql`
    INSERT INTO article_revisions (article_id, number, slug, title, doc, annotations, speakers,
      sources, verdict_scale, published_by)
    SELECT id, 1, slug, title, '{}'::jsonb, '[]'::jsonb, '[]'::jsonb, '[]'::jsonb,
      '{"bestRating":null,"worstRating":null,"verdicts":[]}'::jsonb, ${userId}
    FROM articles`);
  await db.execute(sql`
    UPDATE articles AS a SET published_revision_id = r.id
    FROM article_revisions AS r WHERE r.article_id = a.id`);
  await db.execute(sql`
    INSERT INTO published_annotations (revision_id, annotation_id, article_id, position, kind,
      speaker_id, speaker_name, quote, prefix, suffix, cue, note, conclusion, source_titles)
    SELECT ar.published_revision_id, an.id, an.article_id,
      row_number() OVER (PARTITION BY an.article_id ORDER BY an.start)::int, an.kind,
      an.speaker_id, coalesce(s.name, ''), an.quote, an.prefix, an.suffix, an.cue, an.note,
      an.conclusion,
      coalesce((SELECT string_agg(so.title, ' ') FROM annotation_sources AS l
        JOIN sources AS so ON so.id = l.source_id WHERE l.annotation_id = an.id), '')
    FROM annotations AS an
    JOIN articles AS ar ON ar.id = an.article_id
    LEFT JOIN speakers AS s ON s.id = an.speaker_id`);
}
