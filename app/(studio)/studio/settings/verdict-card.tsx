"use client";

import { useActionState, useRef, useState } from "react";
import { flushSync } from "react-dom";
import { InlineError } from "@/app/_components/inline-error";
import { VerdictIcon } from "@/app/_components/verdict-icon";
import type { ActionResult } from "@/lib/actions";
import { SCALE_END_LABELS } from "@/lib/verdicts/schemas";
import {
  deleteVerdictAction,
  moveVerdictAction,
  restoreVerdictAction,
  retireVerdictAction,
} from "./actions";
import { EditVerdictForm } from "./verdict-form";
import type { VerdictView } from "./verdict-view";

/** Says what happened, for everyone (a status line), and where focus goes next, if anywhere. */
export type Announce = (message: string, focusId?: string) => void;

type RowAction = (previous: unknown, form: FormData) => Promise<ActionResult<unknown>>;
interface Outcome {
  result: ActionResult<unknown>;
  /** When it arrived: a row shows only its latest outcome. */
  at: number;
}

/** One of a row's buttons' actions; `onDone` runs when it succeeded. */
function useRowAction(action: RowAction, onDone: (form: FormData) => void) {
  return useActionState(async (_previous: Outcome | null, form: FormData) => {
    const result = await action(null, form);
    if (result.ok) onDone(form);
    return { result, at: Date.now() };
  }, null);
}

/** Small enough for a row's five buttons to fit one line of a phone. */
const buttonClass =
  "rounded-md border border-rule px-2.5 py-1.5 text-sm font-medium hover:bg-rule/40 disabled:opacity-60";

const usage = (count: number) =>
  count === 0 ? "Not used" : `Used by ${count} annotation${count === 1 ? "" : "s"}`;

/** Ids of the controls focus moves to after a change moves the row elsewhere. */
export const focusIds = {
  edit: (id: string) => `verdict-${id}-edit-button`,
  restore: (id: string) => `verdict-${id}-restore`,
};

/**
 * A verdict on the settings page: what it says, then its controls. Active verdicts move, are
 * edited and retired; retired ones are restored; either is deleted when nothing uses it.
 */
export function VerdictCard({
  verdict,
  first = false,
  last = false,
  announce,
}: {
  verdict: VerdictView;
  first?: boolean;
  last?: boolean;
  announce: Announce;
}) {
  const name = `“${verdict.label}”`;
  const [editing, setEditing] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const [moved, move, moving] = useRowAction(moveVerdictAction, (form) =>
    announce(`${name} moved ${form.get("direction")}.`),
  );
  const [retired, retire, retiring] = useRowAction(retireVerdictAction, () =>
    announce(`${name} retired: it is listed under Retired verdicts.`, focusIds.restore(verdict.id)),
  );
  const [restored, restore, restoring] = useRowAction(restoreVerdictAction, () =>
    announce(`${name} restored at the end of the scale.`, focusIds.edit(verdict.id)),
  );
  const [deleted, remove, deleting] = useRowAction(deleteVerdictAction, () =>
    announce(`${name} deleted.`, "verdict-scale-heading"),
  );
  const latest = [moved, retired, restored, deleted]
    .filter((outcome) => outcome !== null)
    .sort((a, b) => b.at - a.at)[0];
  // A refusal stays until the next change to this verdict: a button's, or a saved edit.
  const [savedAt, setSavedAt] = useState(0);
  const problem = latest && latest.at > savedAt && !latest.result.ok ? latest.result.error : null;
  // A verdict in use cannot be deleted: the refusal offers what can be done instead.
  const offerRetire =
    problem !== null &&
    latest === deleted &&
    verdict.annotationCount > 0 &&
    !verdict.retired &&
    !verdict.scaleEnd;

  const retireForm = (label: string, text: string) => (
    <form action={retire}>
      <input type="hidden" name="id" value={verdict.id} />
      <button type="submit" disabled={retiring} className={buttonClass} aria-label={label}>
        {text}
      </button>
    </form>
  );

  const closeEditor = (saved: boolean) => {
    setEditing(false);
    if (saved) {
      setSavedAt(Date.now());
      announce(`${name} saved.`, focusIds.edit(verdict.id));
    } else {
      document.getElementById(focusIds.edit(verdict.id))?.focus();
    }
  };

  return (
    <li className="py-4">
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <p className="flex items-baseline gap-1.5 font-medium">
          <VerdictIcon tone={verdict.tone} />
          {verdict.label}
        </p>
        {verdict.scaleEnd ? (
          <span className="rounded-full border border-ink/40 px-2 text-xs font-medium">
            {SCALE_END_LABELS[verdict.scaleEnd]}
          </span>
        ) : null}
        <p className="text-sm text-muted">
          {verdict.rating === null ? "No rating" : `Rating ${verdict.rating}`} ·{" "}
          {usage(verdict.annotationCount)}
        </p>
      </div>
      <p className="mt-1 text-sm text-muted">{verdict.definition || "No definition yet."}</p>

      <div className="mt-3 flex flex-wrap items-center gap-1.5">
        {verdict.retired ? null : (
          <form action={move} className="flex gap-1.5">
            <input type="hidden" name="id" value={verdict.id} />
            {(["up", "down"] as const).map((direction) => {
              // aria-disabled rather than disabled: the button keeps focus after the last move.
              const atEnd = direction === "up" ? first : last;
              return (
                <button
                  key={direction}
                  type="submit"
                  name="direction"
                  value={direction}
                  aria-label={`Move ${name} ${direction}`}
                  aria-disabled={atEnd || moving ? true : undefined}
                  onClick={(event) => {
                    if (atEnd || moving) event.preventDefault();
                  }}
                  className={`${buttonClass} aria-disabled:cursor-not-allowed aria-disabled:opacity-50`}
                >
                  <span aria-hidden="true">{direction === "up" ? "↑" : "↓"}</span>{" "}
                  {direction === "up" ? "Up" : "Down"}
                </button>
              );
            })}
          </form>
        )}
        {verdict.retired ? null : (
          <button
            type="button"
            id={focusIds.edit(verdict.id)}
            className={buttonClass}
            aria-label={`Edit ${name}`}
            aria-expanded={editing}
            aria-controls={editing ? `verdict-${verdict.id}-edit` : undefined}
            onClick={() => setEditing((open) => !open)}
          >
            Edit
          </button>
        )}
        {verdict.retired ? (
          <form action={restore}>
            <input type="hidden" name="id" value={verdict.id} />
            <button
              type="submit"
              id={focusIds.restore(verdict.id)}
              disabled={restoring}
              className={buttonClass}
              aria-label={`Restore ${name}`}
            >
              Restore
            </button>
          </form>
        ) : (
          retireForm(`Retire ${name}`, "Retire")
        )}
        <form
          action={remove}
          className="flex flex-wrap items-center gap-2"
          onSubmit={(event) => {
            // Nothing uses it, so the deletion would go through: ask once first.
            if (verdict.annotationCount === 0 && !confirmingDelete) {
              event.preventDefault();
              setConfirmingDelete(true);
            }
          }}
        >
          <input type="hidden" name="id" value={verdict.id} />
          <input type="hidden" name="version" value={verdict.version} />
          {confirmingDelete ? (
            <>
              <span className="text-sm">Delete {name} for good?</span>
              <button
                type="submit"
                disabled={deleting}
                className={buttonClass}
                aria-label={`Yes, delete ${name}`}
                autoFocus
              >
                Yes, delete
              </button>
              <button
                type="button"
                className={buttonClass}
                onClick={() => {
                  // Back on the Delete button the question replaced, not on nothing.
                  flushSync(() => setConfirmingDelete(false));
                  deleteButton.current?.focus();
                }}
              >
                Keep it
              </button>
            </>
          ) : (
            <button
              type="submit"
              disabled={deleting}
              className={buttonClass}
              aria-label={`Delete ${name}`}
              ref={deleteButton}
            >
              Delete
            </button>
          )}
        </form>
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <InlineError message={problem} />
        {offerRetire ? retireForm(`Retire ${name} instead`, `Retire ${name} instead`) : null}
      </div>
      {editing ? <EditVerdictForm verdict={verdict} onDone={closeEditor} /> : null}
    </li>
  );
}
