import { eq } from "drizzle-orm";
import type { AnnotationKind, SourceRelation } from "@/db/enums";
import { listVerdicts } from "@/db/queries/verdicts";
import { annotations, articles, newsroom as newsroomTable, users } from "@/db/schema";
import { updateAnnotationDetails } from "@/lib/annotations/details";
import { saveArticleDocument } from "@/lib/articles/save";
import { transitionArticle } from "@/lib/articles/workflow";
import { annotatedDoc } from "./documents";
import { addSourceToAnnotation } from "@/lib/sources/manage";
import { type Newsroom, said, type Span } from "./speaker-quotes";

// A newsroom for the public API's tests, written through the studio's use cases: articles
// with claims, allegations and verified facts, verdicts with conclusions and sources, a
// checked article, and what must never be public (a draft, an unpublished and an archived
// article, and edits made after publishing).

export interface Rating {
  verdict: string;
  conclusion: string;
  source?: { url: string; title: string; relation: SourceRelation };
}

type Piece = string | Span;

/** A span of `kind` by `speakerId` with this text and cue. */
export const span = (kind: AnnotationKind, speakerId: string, text: string, cue = "said") =>
  said(speakerId, text, cue, kind);

/**
 * Publishes an article after giving its spans their ratings, sources and notes, and the
 * article its checked-article fields. Verdicts are set on the rows directly: the panel's use
 * case for them is not part of this work; publishing freezes whatever the row holds.
 */
export async function publishArticle(
  newsroom: Newsroom,
  title: string,
  blocks: Piece[][],
  extras: {
    ratings?: Map<string, Rating>;
    notes?: Map<string, string>;
    sources?: Map<string, { url: string; title: string; relation: SourceRelation }>;
    checked?: { outlet: string; author: string; url: string | null; date: string | null };
  } = {},
) {
  const { db, editor } = newsroom;
  const article = await newsroom.draft(title, blocks);
  const scale = await listVerdicts(db);
  for (const [annotationId, rating] of extras.ratings ?? []) {
    const verdict = scale.find((v) => v.slug === rating.verdict);
    if (!verdict) throw new Error(`No verdict ${rating.verdict}`);
    await db
      .update(annotations)
      .set({ verdictId: verdict.id, conclusion: rating.conclusion })
      .where(eq(annotations.id, annotationId));
    if (rating.source) await link(newsroom, annotationId, rating.source);
  }
  for (const [annotationId, source] of extras.sources ?? []) {
    await link(newsroom, annotationId, source);
  }
  for (const [annotationId, note] of extras.notes ?? []) {
    await db.update(annotations).set({ note }).where(eq(annotations.id, annotationId));
  }
  if (extras.checked) {
    await db
      .update(articles)
      .set({
        checkedOutlet: extras.checked.outlet,
        checkedAuthor: extras.checked.author,
        checkedUrl: extras.checked.url,
        checkedDate: extras.checked.date,
      })
      .where(eq(articles.id, article.id));
  }
  await transitionArticle(db, editor, { articleId: article.id, transition: "publish" });
  const [row] = await db
    .select({ slug: articles.slug })
    .from(articles)
    .where(eq(articles.id, article.id));
  return { ...article, slug: row!.slug };
}

async function link(
  newsroom: Newsroom,
  annotationId: string,
  source: { url: string; title: string; relation: SourceRelation },
) {
  await addSourceToAnnotation(newsroom.db, newsroom.editor, {
    annotationId,
    url: source.url,
    title: source.title,
    publisher: "Harbour Gazette",
    publishedAt: "2026-03-02",
    archivedUrl: null,
    relation: source.relation,
    excerpt: "An excerpt.",
  });
}

/** The newsroom's identity, as settings would store it (frozen into each revision). */
export async function nameNewsroom(newsroom: Newsroom) {
  await newsroom.db
    .update(newsroomTable)
    .set({ name: "Harbour Desk", url: "https://harbour.example", logoUrl: null })
    .where(eq(newsroomTable.id, 1));
}

/** The editor's e-mail: never in any answer. */
export async function editorEmail(newsroom: Newsroom): Promise<string> {
  const [row] = await newsroom.db
    .select({ email: users.email })
    .from(users)
    .where(eq(users.id, newsroom.editor.id));
  return row!.email;
}

/** Words that are in the database but must never be public. */
export const NEVER_PUBLIC = [
  "DRAFT ONLY WORDS",
  "UNPUBLISHED WORDS",
  "ARCHIVED WORDS",
  "NOTE EDITED AFTER PUBLISH",
  "DRAFT EDIT WORDS",
  "Quiet Person",
];

const supports = (title: string) => ({
  url: `https://records.example/${title.toLowerCase().replace(/\W+/g, "-")}`,
  title,
  relation: "supports" as const,
});

/**
 * The API tests' newsroom: three live articles (harbour, bridge, then ferry, newest), a draft,
 * an unpublished and an archived article, and edits made to the bridge after it was published.
 */
export async function buildApiNewsroom(newsroom: Newsroom) {
  await nameNewsroom(newsroom);
  const roe = await newsroom.speaker("Jane Roe");
  const authority = await newsroom.speaker("Harbour Authority", "organization");
  const zoe = await newsroom.speaker("Zoë Ångström");
  const quiet = await newsroom.speaker("Quiet Person");

  const r1 = span("official_claim", roe.id, "The harbour is safe");
  const a1 = span("allegation", roe.id, "The contractor cut corners", "alleged");
  const auth1 = span("official_claim", authority.id, "Dredging ends in May");
  const fact1 = span("verified_fact", authority.id, "The pier closed on 3 May", "");
  const harbour = await publishArticle(
    newsroom,
    "Harbour report",
    [
      [r1, ", Roe said. ", a1, "."],
      [auth1, " and ", fact1, "."],
    ],
    {
      ratings: new Map<string, Rating>([
        [
          r1.id,
          {
            verdict: "false",
            conclusion: "Inspection records show two failed checks.",
            source: { ...supports("Inspection log"), relation: "contradicts" },
          },
        ],
        [
          auth1.id,
          {
            verdict: "mostly-true",
            conclusion: "The schedule slipped by a week.",
            source: supports("Dredging schedule"),
          },
        ],
      ]),
      sources: new Map([[fact1.id, supports("Pier notice")]]),
      checked: {
        outlet: "The Daily Tide",
        author: "Sam Reed",
        url: "https://tide.example/story",
        date: "2026-02-27",
      },
    },
  );

  const z1 = span("official_claim", zoe.id, "Traffic fell by half");
  const r2 = span("official_claim", roe.id, "The bridge will reopen in June", "promised");
  const a2 = span("allegation", authority.id, "Tolls were raised in secret", "alleged");
  const bridgeBlocks = [[z1, ", she said; ", r2, "."], [a2]];
  const bridge = await publishArticle(newsroom, "Bridge closure", bridgeBlocks, {
    ratings: new Map<string, Rating>([
      [
        r2.id,
        {
          verdict: "misleading",
          conclusion: "Reopening depends on a tender not yet awarded.",
          source: supports("Tender notice"),
        },
      ],
    ]),
    notes: new Map([[z1.id, "Counted by the Tunnel Office."]]),
  });

  const ferrySpans = [1, 2, 3, 4, 5].map((n) =>
    span("official_claim", authority.id, `Ferry ${n} leaves on time`),
  );
  const r3 = span("official_claim", roe.id, "Fares stay the same");
  const ferry = await publishArticle(
    newsroom,
    "Ferry timetable",
    [ferrySpans.flatMap((s) => [s, ". "]), [r3]],
    {
      ratings: new Map<string, Rating>([
        [
          r3.id,
          {
            verdict: "true",
            conclusion: "The fare table is unchanged.",
            source: supports("Fare table"),
          },
        ],
      ]),
    },
  );

  // Never public: a draft, an unpublished and an archived article, and edits after publishing.
  const draft = await newsroom.draft("Only a draft", [
    [span("official_claim", quiet.id, "DRAFT ONLY WORDS")],
  ]);
  const pulled = await publishArticle(newsroom, "Pulled", [
    [
      span("official_claim", roe.id, "UNPUBLISHED WORDS"),
      " ",
      span("official_claim", quiet.id, "Quiet words"),
    ],
  ]);
  await transitionArticle(newsroom.db, newsroom.editor, {
    articleId: pulled.id,
    transition: "unpublish",
  });
  const gone = await publishArticle(newsroom, "Gone", [
    [span("official_claim", roe.id, "ARCHIVED WORDS")],
  ]);
  await transitionArticle(newsroom.db, newsroom.editor, {
    articleId: gone.id,
    transition: "archive",
  });
  await updateAnnotationDetails(newsroom.db, newsroom.editor, {
    id: z1.id,
    version: 2,
    speakerId: zoe.id,
    cue: "said",
    note: "NOTE EDITED AFTER PUBLISH",
  });
  await saveArticleDocument(newsroom.db, newsroom.editor, {
    articleId: bridge.id,
    baseVersion: bridge.version,
    title: "Bridge closure, updated",
    doc: annotatedDoc(...bridgeBlocks, [span("official_claim", roe.id, "DRAFT EDIT WORDS")]),
  });
  const [draftRow] = await newsroom.db
    .select({ slug: articles.slug })
    .from(articles)
    .where(eq(articles.id, draft.id));

  return {
    speakers: { roe, authority, zoe, quiet },
    spans: { r1, a1, auth1, fact1, z1, r2, a2, ferrySpans, r3 },
    articles: { harbour, bridge, ferry, pulled, gone, draft: { ...draft, slug: draftRow!.slug } },
  };
}
