import { and, asc, desc, eq, ilike, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../client";
import type { ArticleStatus } from "../enums";
import { articles, users } from "../schema";
import { type AnnotationCheckRow, loadCheckAnnotations, unpublishedChanges } from "./articles";
import { escapeLike } from "./speakers";

export interface DashboardArticleRow {
  id: string;
  title: string;
  status: ArticleStatus;
  updatedAt: Date;
  /** Name, else e-mail, of whoever last changed the article (its creator until then). */
  lastEditor: string | null;
  /** Name, else e-mail, of who the article is assigned to; null when nobody is. */
  assignee: string | null;
  /** Whether the article's plain text is not blank (all the publish check asks of the text). */
  hasText: boolean;
  /** Published, and changed since: readers still see the revision from before the change. */
  unpublishedChanges: boolean;
  /** What the publish check needs of its annotations, in the editor's order. */
  annotations: AnnotationCheckRow[];
}

export interface DashboardFilter {
  status?: ArticleStatus;
  unpublishedChanges?: boolean;
  query?: string;
  /** Only articles assigned to this user id; null for only unassigned ones. */
  assigneeId?: string | null;
}

export const DASHBOARD_LIMIT = 200;

/** JavaScript's whitespace (what String#trim removes), as code point ranges. */
const JS_WHITESPACE: [number, number][] = [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
];
const jsonpathChar = (code: number) => `\\u${code.toString(16).padStart(4, "0")}`;
/**
 * True when some text node holds a character that is not whitespace, i.e. when the article's
 * plain text is not blank, which is all the publish check asks of the text. Evaluated in the
 * database so the dashboard never loads up to 200 whole documents.
 */
const HAS_TEXT_PATH = `strict $.** ? (@.type == "text" && @.text like_regex "[^${JS_WHITESPACE.map(
  ([first, last]) =>
    first === last ? jsonpathChar(first) : `${jsonpathChar(first)}-${jsonpathChar(last)}`,
).join("")}]")`;

/**
 * The studio's article list: most recently changed first, at most 200, optionally only one
 * status, only published articles with unpublished changes, titles containing `query`
 * (ignoring case), and one assignee or none. Each row carries what the publish check needs of it, loaded for all
 * rows in three queries.
 */
export async function listDashboardArticles(
  db: Db,
  filter: DashboardFilter,
): Promise<DashboardArticleRow[]> {
  const query = filter.query?.trim() ?? "";
  const assignees = alias(users, "assignees");
  const rows = await db
    .select({
      id: articles.id,
      title: articles.title,
      status: articles.status,
      updatedAt: articles.updatedAt,
      lastEditor: sql<string | null>`coalesce(nullif(${users.name}, ''), ${users.email})`,
      assignee: sql<string | null>`coalesce(nullif(${assignees.name}, ''), ${assignees.email})`,
      hasText: sql<boolean>`jsonb_path_exists(${articles.doc}, ${HAS_TEXT_PATH}::jsonpath)`,
      unpublishedChanges,
    })
    .from(articles)
    .leftJoin(users, eq(users.id, sql`coalesce(${articles.updatedBy}, ${articles.createdBy})`))
    .leftJoin(assignees, eq(assignees.id, articles.assigneeId))
    .where(
      and(
        filter.status ? eq(articles.status, filter.status) : undefined,
        filter.unpublishedChanges ? unpublishedChanges : undefined,
        query ? ilike(articles.title, `%${escapeLike(query)}%`) : undefined,
        filter.assigneeId === null
          ? isNull(articles.assigneeId)
          : filter.assigneeId
            ? eq(articles.assigneeId, filter.assigneeId)
            : undefined,
      ),
    )
    .orderBy(desc(articles.updatedAt), asc(articles.id))
    .limit(DASHBOARD_LIMIT);
  if (rows.length === 0) return [];

  const byArticle = await loadCheckAnnotations(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({ ...row, annotations: byArticle.get(row.id) ?? [] }));
}
