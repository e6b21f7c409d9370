import { eq, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { ArticleStatus } from "@/db/enums";
import { loadCheckAnnotations } from "@/db/queries/articles";
import { removePublishedAnnotations } from "@/db/queries/published-annotations";
import { annotations, articles } from "@/db/schema";
import type { ActorWithRole } from "@/lib/actor";
import { recordArticleEvent } from "@/lib/audit";
import { documentHasText } from "@/lib/editor/anchors";
import { readStoredDocument } from "@/lib/editor/schema";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { publishRevision } from "./publish";
import { type CheckProblem, runPublishCheck } from "./publish-check";
import { isTransition, TRANSITIONS, type Transition } from "./status";

export {
  allowedTransitions,
  isTransition,
  type Transition,
  TRANSITIONS,
  type TransitionRule,
} from "./status";
/** "This article is …" */
const STATUS_PHRASES: Record<ArticleStatus, string> = {
  draft: "a draft",
  in_review: "in review",
  published: "published",
  archived: "archived",
};

/** "… and cannot be … now." */
const DONE_PHRASES: Record<Transition, string> = {
  submit: "submitted for review",
  publish: "published",
  unpublish: "unpublished",
  archive: "archived",
  restore: "restored to draft",
};

/** Transitions unpublishing the article: no reader path may show it afterwards. */
const HIDES_FROM_READERS = new Set<Transition>(["unpublish", "archive"]);

const ARTICLE_GONE = "This article no longer exists.";
/** Runs the publish check on an article as `db` sees it (inside a transaction: as it sees it). */
async function problemsOf(
  db: Db,
  article: { id: string; title: string; doc: unknown },
): Promise<CheckProblem[]> {
  const byArticle = await loadCheckAnnotations(db, [article.id]);
  return runPublishCheck({
    title: article.title,
    hasText: documentHasText(readStoredDocument(article.doc)),
    annotations: byArticle.get(article.id) ?? [],
  });
}

/** The publish check for the article as it is stored now. */
export async function checkArticle(db: Db, articleId: string): Promise<CheckProblem[]> {
  if (!isUuid(articleId)) throw new AppError("not_found", ARTICLE_GONE);
  const [article] = await db
    .select({ id: articles.id, title: articles.title, doc: articles.doc })
    .from(articles)
    .where(eq(articles.id, articleId));
  if (!article) throw new AppError("not_found", ARTICLE_GONE);
  return problemsOf(db, article);
}

export interface TransitionInput {
  articleId: string;
  transition: Transition;
  /** The article version the person checked; publishing refuses when the draft moved on. */
  baseVersion?: number;
}

export interface TransitionResult {
  status: ArticleStatus;
  /** The revision readers now see, after publish. */
  revision?: { id: string; number: number };
}

/** Details of the invalid_input error when the publish check fails. */
export interface PublishRefusedDetails {
  problems: CheckProblem[];
}

/**
 * Moves an article through the review workflow in one transaction holding the article row
 * lock. Publishing re-runs the publish check on the locked state and refuses on any problem
 * (there is no bypass), then freezes a new revision for readers.
 */
export async function transitionArticle(
  db: Db,
  actor: ActorWithRole,
  input: TransitionInput,
): Promise<TransitionResult> {
  if (!isTransition(input.transition)) {
    throw new AppError("invalid_input", "That action does not exist. Reload the page.");
  }
  const name = input.transition;
  const rule = TRANSITIONS[name];
  if (!rule.roles.includes(actor.role)) {
    throw new AppError("forbidden", `Your role cannot ${rule.label.toLowerCase()}. Ask an editor.`);
  }
  if (!isUuid(input.articleId)) throw new AppError("not_found", ARTICLE_GONE);

  return db.transaction(async (tx) => {
    const [article] = await tx
      .select({
        id: articles.id,
        status: articles.status,
        version: articles.version,
        title: articles.title,
        doc: articles.doc,
        publishedRevisionId: articles.publishedRevisionId,
      })
      .from(articles)
      .where(eq(articles.id, input.articleId))
      .for("update");
    if (!article) throw new AppError("not_found", ARTICLE_GONE);

    if (!rule.from.includes(article.status)) {
      const state =
        article.status === rule.to
          ? `This article is already ${STATUS_PHRASES[article.status]}.`
          : `This article is ${STATUS_PHRASES[article.status]} and cannot be ${DONE_PHRASES[name]} now.`;
      throw new AppError("conflict", `${state} Reload to see its current state.`);
    }

    if (name === "publish") {
      if (input.baseVersion !== undefined && input.baseVersion !== article.version) {
        throw new AppError(
          "conflict",
          "The article changed since you checked it. Review the newest version, then publish again.",
        );
      }
      // Document saves, details and source links all wait on the article lock held here
      // (lib/articles/last-change); the annotation rows are locked too, so what is published
      // is exactly what was checked even if a writer ever skips that (FOR UPDATE also blocks
      // the KEY SHARE that linking takes).
      await tx
        .select({ id: annotations.id })
        .from(annotations)
        .where(eq(annotations.articleId, article.id))
        .orderBy(annotations.id)
        .for("update");
      const problems = await problemsOf(tx, article);
      if (problems.length > 0) {
        const [count, them] =
          problems.length === 1 ? ["1 problem", "it"] : [`${problems.length} problems`, "them"];
        throw new AppError(
          { code: "invalid_input", kind: "publish_check_failed", details: { problems } },
          `The publish check found ${count}. Fix ${them}, then publish again.`,
        );
      }
      const revision = await publishRevision(tx, { articleId: article.id, userId: actor.id });
      return {
        status: "published",
        revision: { id: revision.revisionId, number: revision.number },
      };
    }

    const hides = HIDES_FROM_READERS.has(name);
    await tx
      .update(articles)
      .set({
        status: rule.to,
        ...(hides ? { publishedRevisionId: null } : {}),
        updatedBy: actor.id,
        updatedAt: sql`now()`,
      })
      .where(eq(articles.id, article.id));
    if (hides) await removePublishedAnnotations(tx, article.id);
    const revisionChange = hides && article.publishedRevisionId !== null;
    await recordArticleEvent(tx, article.id, {
      actorId: actor.id,
      action: name,
      before: {
        status: article.status,
        ...(revisionChange ? { publishedRevisionId: article.publishedRevisionId } : {}),
      },
      after: { status: rule.to, ...(revisionChange ? { publishedRevisionId: null } : {}) },
    });
    return { status: rule.to };
  });
}
