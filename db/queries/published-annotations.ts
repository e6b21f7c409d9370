import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../client";

// published_annotations is the public search's copy of each article's CURRENT revision: one row
// per annotation, with the speaker's name and aliases, the sources' titles and the verdict's slug as that
// revision froze them. It is written only from article_revisions, never from the live tables,
// so no public search can reach a draft.
//
// db/migrations/0008_published_annotations_backfill.sql runs the same SELECT for databases
// published before this table existed; published-annotations.db.test.ts checks the two agree.

/** The rows of the revisions `revisions` (an SQL condition on `r`) for published_annotations. */
function rowsOfRevisions(revisions: SQL): SQL {
  return sql`
    INSERT INTO published_annotations (revision_id, annotation_id, article_id, position, kind,
      speaker_id, speaker_name, speaker_aliases, quote, prefix, suffix, cue, note, conclusion, source_titles,
      verdict_slug)
    SELECT r.id, (e.elem->>'id')::uuid, r.article_id, e.position::int,
      (e.elem->>'kind')::annotation_kind, (e.elem->>'speakerId')::uuid,
      coalesce((SELECT sp->>'name' FROM jsonb_array_elements(r.speakers) AS sp
        WHERE sp->>'id' = e.elem->>'speakerId' LIMIT 1), ''),
      coalesce((SELECT string_agg(alias, ' ') FROM jsonb_array_elements(r.speakers) AS sp,
        jsonb_array_elements_text(coalesce(sp->'aliases', '[]'::jsonb)) AS alias
        WHERE sp->>'id' = e.elem->>'speakerId'), ''),
      e.elem->>'quote', coalesce(e.elem->>'prefix', ''), coalesce(e.elem->>'suffix', ''),
      coalesce(e.elem->>'cue', ''), coalesce(e.elem->>'note', ''),
      coalesce(e.elem->>'conclusion', ''),
      coalesce((SELECT string_agg(src->>'title', ' ' ORDER BY link.n)
        FROM jsonb_array_elements(e.elem->'sources') WITH ORDINALITY AS link(elem, n)
        JOIN jsonb_array_elements(r.sources) AS src ON src->>'id' = link.elem->>'sourceId'), ''),
      (SELECT v->>'slug' FROM jsonb_array_elements(r.verdict_scale->'verdicts') AS v
        WHERE v->>'id' = e.elem->>'verdictId' LIMIT 1)
    FROM article_revisions AS r
    CROSS JOIN LATERAL jsonb_array_elements(r.annotations) WITH ORDINALITY AS e(elem, position)
    WHERE ${revisions}`;
}

/**
 * Makes the article's rows those of `revisionId`, the revision it has just published. Call it
 * in the publish transaction, after the revision is inserted.
 */
export async function replacePublishedAnnotations(
  db: Db,
  params: { articleId: string; revisionId: string },
): Promise<void> {
  await removePublishedAnnotations(db, params.articleId);
  await db.execute(rowsOfRevisions(sql`r.id = ${params.revisionId}`));
}

/** The article left "published" (unpublished or archived): nothing of it stays searchable. */
export async function removePublishedAnnotations(db: Db, articleId: string): Promise<void> {
  await db.execute(sql`DELETE FROM published_annotations WHERE article_id = ${articleId}`);
}
