import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/db/client";
import type { CheckedArticle } from "@/db/revision-snapshot";
import { articles } from "@/db/schema";
import type { Actor } from "@/lib/actor";
import { recordArticleEvent } from "@/lib/audit";
import { documentHasText } from "@/lib/editor/anchors";
import { readStoredDocument } from "@/lib/editor/schema";
import { AppError } from "@/lib/errors";
import { extractArticle } from "@/lib/import/extract";
import {
  type FetchPageOptions,
  fetchArticlePage,
  importAllowListFromEnv,
} from "@/lib/import/fetch-page";
import { withoutAnnotationMarks } from "@/lib/reanchor/apply";
import { isCalendarDate } from "@/lib/sources/schemas";
import { latestDayNow } from "./checked-article-schema";
import { insertDraftArticle } from "./save";
import { lockArticleForWrite, validateDocument, writeArticleDocument } from "./store-document";
import { titleProblem } from "./title";

export const HAS_TEXT_ALREADY =
  "This article already has text. To bring in a revised version, use “Replace text with a new version”.";

/** The page address a person typed; what it may point at is the fetch guard's to judge. */
export const pageUrlField = z
  .string({ error: "Enter the address of the page." })
  .trim()
  .min(1, { error: "Enter the address of the page, starting with https://." })
  .max(2000, { error: "Use a web address of at most 2,000 characters." });

export const importFromUrlSchema = z.object({
  url: pageUrlField,
  /** The empty article to fill; absent to start a new one. */
  articleId: z
    .union([z.uuid({ error: "This article no longer exists." }), z.literal("")])
    .optional()
    .transform((id) => id || undefined),
});
export type ImportFromUrlInput = z.output<typeof importFromUrlSchema>;

/** The fetch settings of this server: the test-only allow-list comes from the environment. */
export function serverFetchOptions(): FetchPageOptions {
  return { allowAddresses: importAllowListFromEnv() };
}

/** A page fetched and reduced to the editor's schema, with no annotation marks in it. */
export async function fetchArticleVersion(url: string, options: FetchPageOptions) {
  const page = await fetchArticlePage(url, options);
  const extracted = extractArticle(page.html, page.url);
  const { node } = validateDocument(extracted.doc);
  const clean = withoutAnnotationMarks(node);
  return { ...extracted, doc: clean, docJson: JSON.stringify(clean.toJSON()), pageUrl: page.url };
}

/** The provenance the page states, as the "Checked article" fields would accept it. */
function acceptedProvenance(found: CheckedArticle): CheckedArticle {
  const date = found.date && isCalendarDate(found.date) && found.date <= latestDayNow();
  return { ...found, date: date ? found.date : null };
}

/** The fields under the names the "Checked article" form's own audit events use. */
const audited = (fields: CheckedArticle) => ({
  checkedOutlet: fields.outlet,
  checkedAuthor: fields.author,
  checkedUrl: fields.url,
  checkedDate: fields.date,
});

/**
 * Brings a web page in as an article's text: into a new draft, or into an empty one (the
 * editor offers it while there is no text). The page is fetched before the transaction, so no
 * row is locked while a slow site answers. A title or "Checked article" field someone already
 * filled in is kept; only empty ones take what the page says.
 */
export async function importArticleFromUrl(
  db: Db,
  actor: Actor,
  input: ImportFromUrlInput,
  options: FetchPageOptions = serverFetchOptions(),
): Promise<{ id: string }> {
  const page = await fetchArticleVersion(input.url, options);
  const provenance = acceptedProvenance(page.provenance);
  return db.transaction(async (tx) => {
    const id = input.articleId ?? (await insertDraftArticle(tx, actor)).id;
    const locked = await lockArticleForWrite(tx, id);
    const [stored] = await tx
      .select({
        doc: articles.doc,
        outlet: articles.checkedOutlet,
        author: articles.checkedAuthor,
        url: articles.checkedUrl,
        date: articles.checkedDate,
      })
      .from(articles)
      .where(eq(articles.id, locked.id));
    const { doc, ...checked } = stored!;
    if (documentHasText(readStoredDocument(doc))) {
      throw new AppError("conflict", HAS_TEXT_ALREADY);
    }
    const title =
      locked.title.trim() || titleProblem(page.title) ? locked.title : page.title.trim();
    const saved = await writeArticleDocument(tx, {
      articleId: locked.id,
      actorId: actor.id,
      title,
      docJson: page.docJson,
    });
    const filled: CheckedArticle = {
      outlet: checked.outlet || provenance.outlet,
      author: checked.author || provenance.author,
      url: checked.url ?? provenance.url,
      date: checked.date ?? provenance.date,
    };
    await tx
      .update(articles)
      .set({
        checkedOutlet: filled.outlet,
        checkedAuthor: filled.author,
        checkedUrl: filled.url,
        checkedDate: filled.date,
      })
      .where(eq(articles.id, locked.id));
    await recordArticleEvent(tx, locked.id, {
      actorId: actor.id,
      action: "import",
      before: { version: locked.version, title: locked.title, ...audited(checked) },
      after: {
        version: saved?.version ?? locked.version,
        title,
        from: page.pageUrl,
        ...audited(filled),
      },
    });
    return { id: locked.id };
  });
}
