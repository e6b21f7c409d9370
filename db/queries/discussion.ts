import { and, asc, desc, eq, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import type { AnyColumn } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type Db, queryRows } from "../client";
import { annotations, articles, users } from "../schema";
import { commentMentions, comments, discussionThreads, threadReads } from "../schema-desk";

/** People a comment may mention: active accounts with a display name. */
export async function listMentionableMembers(db: Db): Promise<{ id: string; name: string }[]> {
  const rows = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(isNull(users.disabledAt), isNotNull(users.name)))
    .orderBy(asc(users.name));
  return rows.filter((row): row is { id: string; name: string } => !!row.name?.trim());
}

export interface ThreadComment {
  id: string;
  parentId: string | null;
  authorId: string;
  authorName: string;
  /** Empty once deleted: the comment keeps its place so replies still read. */
  body: string;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  mentions: { userId: string; name: string }[];
}

export interface DiscussionThread {
  annotationId: string;
  articleId: string;
  resolvedAt: Date | null;
  resolvedByName: string | null;
  comments: ThreadComment[];
}

/** A person as the discussion names them: their display name, else their e-mail. */
const displayName = (table: { name: AnyColumn; email: AnyColumn }) =>
  sql<string>`coalesce(${table.name}, ${table.email})`;

/** One annotation's thread with its comments, oldest first; null before its first comment. */
export async function getDiscussionThread(
  db: Db,
  annotationId: string,
): Promise<DiscussionThread | null> {
  const resolver = alias(users, "resolver");
  const [thread] = await db
    .select({
      annotationId: discussionThreads.annotationId,
      articleId: discussionThreads.articleId,
      resolvedAt: discussionThreads.resolvedAt,
      resolvedByName: sql<string | null>`${displayName(resolver)}`,
    })
    .from(discussionThreads)
    .leftJoin(resolver, eq(resolver.id, discussionThreads.resolvedBy))
    .where(eq(discussionThreads.annotationId, annotationId));
  if (!thread) return null;
  const rows = await db
    .select({
      id: comments.id,
      parentId: comments.parentId,
      authorId: comments.authorId,
      authorName: displayName(users),
      body: comments.body,
      createdAt: comments.createdAt,
      editedAt: comments.editedAt,
      deletedAt: comments.deletedAt,
    })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(eq(comments.annotationId, annotationId))
    .orderBy(asc(comments.createdAt), asc(comments.id));
  const mentioned = alias(users, "mentioned");
  const mentions = rows.length
    ? await db
        .select({
          commentId: commentMentions.commentId,
          userId: commentMentions.userId,
          name: displayName(mentioned),
        })
        .from(commentMentions)
        .innerJoin(mentioned, eq(mentioned.id, commentMentions.userId))
        .where(
          inArray(
            commentMentions.commentId,
            rows.map((row) => row.id),
          ),
        )
    : [];
  return {
    ...thread,
    comments: rows.map((row) => ({
      ...row,
      mentions: mentions
        .filter((m) => m.commentId === row.id)
        .map(({ userId, name }) => ({ userId, name })),
    })),
  };
}

export interface ThreadSummary {
  annotationId: string;
  /** Comments not deleted. */
  comments: number;
  open: boolean;
}

/** Each discussed annotation of an article: how many comments, and whether it is still open. */
export async function listThreadSummaries(db: Db, articleId: string): Promise<ThreadSummary[]> {
  const rows = await db
    .select({
      annotationId: discussionThreads.annotationId,
      comments: sql<number>`count(${comments.id})::int`,
      open: sql<boolean>`${discussionThreads.resolvedAt} IS NULL`,
    })
    .from(discussionThreads)
    .leftJoin(
      comments,
      and(eq(comments.annotationId, discussionThreads.annotationId), isNull(comments.deletedAt)),
    )
    .where(eq(discussionThreads.articleId, articleId))
    .groupBy(discussionThreads.annotationId);
  return rows.map((row) => ({ ...row, comments: Number(row.comments) }));
}

/** Threads that are the user's business: on articles they created, or mentioning them. */
function inboxFilter(userId: string) {
  return or(
    eq(articles.createdBy, userId),
    sql`exists (select 1 from ${commentMentions} join ${comments} on ${comments.id} = ${commentMentions.commentId}
      where ${comments.annotationId} = ${discussionThreads.annotationId}
        and ${commentMentions.userId} = ${userId} and ${comments.deletedAt} is null)`,
  );
}

/** Comments by others written after the user last read the thread. */
function unreadCount(userId: string) {
  return sql<number>`(select count(*)::int from ${comments}
    where ${comments.annotationId} = ${discussionThreads.annotationId}
      and ${comments.authorId} <> ${userId} and ${comments.deletedAt} is null
      and ${comments.createdAt} > coalesce(${threadReads.readAt}, '-infinity'::timestamptz))`;
}

export interface InboxItem {
  annotationId: string;
  articleId: string;
  articleTitle: string;
  quote: string;
  resolved: boolean;
  lastCommentAt: Date;
  lastAuthorName: string | null;
  lastBody: string | null;
  unread: number;
}

const INBOX_LIMIT = 200;

/** The user's inbox, newest comment first. */
export async function listInbox(db: Db, userId: string): Promise<InboxItem[]> {
  const last = db
    .select({
      body: comments.body,
      authorName: displayName(users).as("author_name"),
    })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(
      and(eq(comments.annotationId, discussionThreads.annotationId), isNull(comments.deletedAt)),
    )
    .orderBy(desc(comments.createdAt))
    .limit(1)
    .as("last_comment");
  const rows = await db
    .select({
      annotationId: discussionThreads.annotationId,
      articleId: discussionThreads.articleId,
      articleTitle: articles.title,
      quote: annotations.quote,
      resolved: sql<boolean>`${discussionThreads.resolvedAt} IS NOT NULL`,
      lastCommentAt: discussionThreads.lastCommentAt,
      lastAuthorName: last.authorName,
      lastBody: last.body,
      unread: unreadCount(userId),
    })
    .from(discussionThreads)
    .innerJoin(articles, eq(articles.id, discussionThreads.articleId))
    .innerJoin(annotations, eq(annotations.id, discussionThreads.annotationId))
    .leftJoin(
      threadReads,
      and(
        eq(threadReads.annotationId, discussionThreads.annotationId),
        eq(threadReads.userId, userId),
      ),
    )
    .leftJoinLateral(last, sql`true`)
    .where(inboxFilter(userId))
    .orderBy(desc(discussionThreads.lastCommentAt), asc(discussionThreads.annotationId))
    .limit(INBOX_LIMIT);
  return rows.map((row) => ({ ...row, unread: Number(row.unread) }));
}

/**
 * Unread comments across the user's inbox, for the studio's navigation (every studio page asks).
 * The inbox's threads are gathered once, by index, before their comments are counted: asking
 * "mine or mentioning me?" of every comment instead took several times as long.
 */
export async function countUnread(db: Db, userId: string): Promise<number> {
  const [row] = await queryRows<{ total: number }>(
    db,
    sql`with mine as materialized (
      select ${discussionThreads.annotationId} as annotation_id from ${discussionThreads}
        join ${articles} on ${articles.id} = ${discussionThreads.articleId}
        where ${articles.createdBy} = ${userId}
      union
      select ${comments.annotationId} from ${commentMentions}
        join ${comments} on ${comments.id} = ${commentMentions.commentId}
        where ${commentMentions.userId} = ${userId} and ${comments.deletedAt} is null
    )
    select count(*)::int as total from mine
      join ${comments} on ${comments.annotationId} = mine.annotation_id
      left join ${threadReads} on ${threadReads.annotationId} = mine.annotation_id
        and ${threadReads.userId} = ${userId}
      where ${comments.authorId} <> ${userId} and ${comments.deletedAt} is null
        and ${comments.createdAt} > coalesce(${threadReads.readAt}, '-infinity'::timestamptz)`,
  );
  return Number(row?.total ?? 0);
}
