-- Fills published_annotations for articles published before the table existed, from each
-- published article's current revision. The same SELECT as db/queries/published-annotations.ts
-- (published-annotations.db.test.ts checks both write the same rows).
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
FROM articles AS a
JOIN article_revisions AS r ON r.id = a.published_revision_id
CROSS JOIN LATERAL jsonb_array_elements(r.annotations) WITH ORDINALITY AS e(elem, position)
WHERE a.status = 'published'
ON CONFLICT DO NOTHING;
