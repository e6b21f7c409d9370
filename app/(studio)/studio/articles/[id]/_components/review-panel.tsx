"use client";

import Link from "next/link";
import { InlineError } from "@/app/_components/inline-error";
import { UnpublishedChangesBadge } from "@/app/_components/unpublished-changes";
import { useEffect, useRef, useState } from "react";
import { transitionArticleAction } from "../actions";
import type { ArticleStatus, Role } from "@/db/enums";
import { CHECK_RULES, type CheckProblem, type CheckWarning } from "@/lib/articles/publish-check";
import {
  allowedTransitions,
  STATUS_LABELS,
  TRANSITIONS,
  type Transition,
} from "@/lib/articles/status";
import type { CheckedArticle } from "@/db/revision-snapshot";
import type { DocumentSaver } from "./document-saver";
import type { AnnotationDetails } from "./types";

type Outcome =
  | { kind: "done"; message: string; readerPath: string | null }
  | { kind: "blocked"; problems: CheckProblem[] }
  | { kind: "failed"; message: string };

/** Problems as links that select their span in the editor. */
function ProblemList({
  problems,
  onSelect,
}: {
  problems: (Pick<CheckProblem, "annotationId" | "message"> & { rule?: string })[];
  onSelect: (id: string) => void;
}) {
  return (
    <ul className="mt-2 list-disc space-y-1 pl-5">
      {problems.map((problem, index) => (
        <li key={`${problem.rule}-${problem.annotationId}-${index}`}>
          {problem.annotationId ? (
            <a
              href={`#annotation-${problem.annotationId}`}
              className="underline"
              onClick={(event) => {
                event.preventDefault();
                onSelect(problem.annotationId!);
              }}
            >
              {problem.message}
            </a>
          ) : (
            problem.message
          )}
        </li>
      ))}
    </ul>
  );
}

// One rule can find several problems on one annotation (a verdict's missing conclusion and
// its missing source): only the words tell them apart.
const sameProblem = (a: CheckProblem, b: CheckProblem) =>
  a.rule === b.rule && a.annotationId === b.annotationId && a.message === b.message;

/**
 * True once the article changes after the page loaded: a text save starts, or an
 * annotation's details or sources or the checked article are saved (`details` and `checked`
 * only change after the server took them).
 */
function useChangedHere(
  saver: DocumentSaver,
  details: Record<string, AnnotationDetails>,
  checked: CheckedArticle,
) {
  const [changed, setChanged] = useState(false);
  useEffect(
    () => saver.subscribe(() => saver.getState().kind === "saving" && setChanged(true)),
    [saver],
  );
  const loaded = useRef({ details, checked });
  useEffect(
    () =>
      setChanged(
        (was) => was || details !== loaded.current.details || checked !== loaded.current.checked,
      ),
    [details, checked],
  );
  return [changed, setChanged] as const;
}

/** Status, the live publish checklist, and the workflow buttons this person's role allows. */
export function ReviewPanel({
  articleId,
  initialStatus,
  initialUnpublishedChanges,
  role,
  problems,
  warnings,
  onSelect,
  prepare,
  saver,
  details,
  checked,
}: {
  articleId: string;
  initialStatus: ArticleStatus;
  /** Published, and changed since, when the page loaded. */
  initialUnpublishedChanges: boolean;
  role: Role;
  problems: CheckProblem[];
  /** Worth a look, never blocking: open discussions. */
  warnings: CheckWarning[];
  onSelect: (annotationId: string) => void;
  /** Saves pending text and returns the version the server now has. */
  prepare: () => Promise<number>;
  saver: DocumentSaver;
  details: Record<string, AnnotationDetails>;
  checked: CheckedArticle;
}) {
  const [status, setStatus] = useState(initialStatus);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [changedHere, setChangedHere] = useChangedHere(saver, details, checked);
  const unpublishedChanges = status === "published" && (initialUnpublishedChanges || changedHere);
  const failing = new Set(problems.map((p) => p.rule));
  // A refused publish lists what the server found; each problem leaves the list once the live
  // check no longer finds it, and the alert goes when none is left.
  const stillBlocking =
    outcome?.kind === "blocked"
      ? outcome.problems.filter((p) => problems.some((live) => sameProblem(p, live)))
      : [];

  async function run(transition: Transition) {
    setBusy(true);
    const baseVersion = await prepare();
    const result = await transitionArticleAction({ articleId, transition, baseVersion }).catch(
      () => null,
    );
    setBusy(false);
    if (result?.ok) {
      setStatus(result.data.status);
      setChangedHere(false);
      const revision = result.data.revision;
      setOutcome({
        kind: "done",
        message: revision
          ? `Published as revision ${revision.number}.`
          : `Now ${STATUS_LABELS[result.data.status].toLowerCase()}.`,
        readerPath:
          result.data.slug && result.data.status === "published" ? `/a/${result.data.slug}` : null,
      });
    } else if (result?.kind === "publish_check_failed") {
      setOutcome({
        kind: "blocked",
        problems: result.details.problems,
      });
    } else {
      setOutcome({
        kind: "failed",
        message: result?.error ?? "The server can't be reached. Try again.",
      });
    }
  }

  return (
    <section aria-labelledby="review-heading" className="rounded-lg border border-rule p-4">
      <div className="flex items-center justify-between gap-2">
        <h2 id="review-heading" className="text-base font-semibold">
          Review
        </h2>
        <span className="flex flex-wrap justify-end gap-1.5">
          <span
            className="rounded-full border border-rule px-2.5 py-0.5 text-xs font-medium"
            aria-label={`Status: ${STATUS_LABELS[status]}`}
          >
            {STATUS_LABELS[status]}
          </span>
          {unpublishedChanges ? <UnpublishedChangesBadge /> : null}
        </span>
      </div>
      {unpublishedChanges ? (
        <p className="mt-2 text-sm text-muted">
          Readers still see the last published version. Publish again to show these changes.
        </p>
      ) : null}
      <h3 className="mt-3 text-sm font-medium">Publish check</h3>
      <ul className="mt-1 space-y-1 text-sm" aria-label="Publish check">
        {CHECK_RULES.map(({ rule, label }) => {
          const ok = !failing.has(rule);
          return (
            <li key={rule} className="flex gap-2">
              <span
                aria-hidden="true"
                className={ok ? "text-[var(--color-fact)]" : "text-red-700 dark:text-red-300"}
              >
                {ok ? "✓" : "✗"}
              </span>
              <span>
                {label}
                <span className="sr-only">{ok ? ": passes" : ": needs attention"}</span>
              </span>
            </li>
          );
        })}
      </ul>
      {warnings.length > 0 ? (
        <div className="mt-3 rounded-md border border-amber-600/60 p-3 text-sm">
          <h3 className="font-medium">
            Warning: {warnings.length} open discussion{warnings.length === 1 ? "" : "s"}
          </h3>
          <p className="text-xs text-muted">Publishing is not blocked by these.</p>
          <ProblemList problems={warnings} onSelect={onSelect} />
        </div>
      ) : null}
      {stillBlocking.length > 0 ? (
        <div
          role="alert"
          className="mt-3 rounded-md border border-red-700/40 bg-red-50 p-3 text-sm dark:bg-red-950"
        >
          <p className="font-medium">
            Not published: the publish check found {stillBlocking.length} problem
            {stillBlocking.length === 1 ? "" : "s"}.
          </p>
          <ProblemList problems={stillBlocking} onSelect={onSelect} />
        </div>
      ) : null}
      <InlineError message={outcome?.kind === "failed" ? outcome.message : null} className="mt-3" />
      {outcome?.kind === "done" ? (
        <p className="mt-3 text-sm" aria-live="polite">
          {outcome.message}{" "}
          {outcome.readerPath ? (
            <Link href={outcome.readerPath} className="underline">
              See it as readers do
            </Link>
          ) : null}
        </p>
      ) : null}
      <div className="mt-4 flex flex-wrap gap-2">
        {allowedTransitions(status, role).map((transition) => (
          <button
            key={transition}
            type="button"
            disabled={busy}
            onClick={() => void run(transition)}
            className={
              transition === "publish"
                ? "rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60 dark:text-black"
                : "rounded-md border border-rule px-3 py-1.5 text-sm font-medium hover:bg-rule/40 disabled:opacity-60"
            }
          >
            {TRANSITIONS[transition].label}
          </button>
        ))}
      </div>
      <p className="mt-3 text-sm">
        <Link href={`/studio/articles/${articleId}/history`} className="underline">
          History of this article
        </Link>
      </p>
    </section>
  );
}
