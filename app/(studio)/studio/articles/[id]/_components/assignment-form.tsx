"use client";

import { useState } from "react";
import { InlineError } from "@/app/_components/inline-error";
import type { Assignable } from "@/db/queries/users";
import { fieldMessages, formProblem } from "@/lib/action-messages";
import type { Assignment } from "@/lib/articles/assignment";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { assignArticleAction } from "../assignment-actions";

const button =
  "rounded-md border border-rule px-3 py-1.5 text-sm font-medium hover:bg-rule/40 disabled:opacity-60";

/**
 * Who checks this article. Editors and admins choose anyone active; a reviewer takes an
 * unassigned article or gives back their own. A refusal keeps the choice and says why.
 */
export function AssignmentForm({
  articleId,
  initial,
  people,
  me,
  mayAssignOthers,
}: {
  articleId: string;
  initial: Assignment;
  people: Assignable[];
  me: string;
  mayAssignOthers: boolean;
}) {
  const [saved, setSaved] = useState(initial);
  const [choice, setChoice] = useState(initial.assigneeId ?? "");
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function assign(assigneeId: string | null) {
    setBusy(true);
    setDone(null);
    const result = await assignArticleAction({
      articleId,
      assigneeId,
      base: saved.assigneeId,
    }).catch(() => null);
    setBusy(false);
    if (result?.ok) {
      setSaved(result.data);
      setChoice(result.data.assigneeId ?? "");
      setProblem(null);
      setDone(
        result.data.assigneeLabel ? `Assigned to ${result.data.assigneeLabel}.` : "Unassigned.",
      );
      return;
    }
    const failure = result && !result.ok ? result : null;
    setProblem(fieldMessages(failure).assigneeId ?? formProblem(failure, []));
  }

  const status = (
    <p role="status" className="text-sm text-muted empty:hidden">
      {done}
    </p>
  );

  if (!mayAssignOthers) {
    const mine = saved.assigneeId === me;
    return (
      <section aria-label="Assignment" className="flex flex-wrap items-center gap-3 text-sm">
        <span>
          Assigned to: <strong className="font-medium">{saved.assigneeLabel ?? "nobody"}</strong>
        </span>
        {saved.assigneeId === null || mine ? (
          <button
            type="button"
            className={button}
            disabled={busy}
            onClick={() => void assign(mine ? null : me)}
          >
            {mine ? "Give back" : "Assign to me"}
          </button>
        ) : null}
        {status}
        <InlineError message={problem} className="basis-full" />
      </section>
    );
  }

  return (
    <form
      aria-label="Assignment"
      className="flex flex-wrap items-end gap-3 text-sm"
      onSubmit={(event) => {
        event.preventDefault();
        void assign(choice || null);
      }}
    >
      <div>
        <label htmlFor="assignee" className="block font-medium">
          Assigned to
        </label>
        <select
          id="assignee"
          value={choice}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? "assignee-error" : undefined}
          onChange={(event) => setChoice(event.target.value)}
          className="mt-1 rounded-md border border-rule bg-transparent px-3 py-1.5"
        >
          <option value="">Nobody</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.label} ({ROLE_LABELS[person.role]})
            </option>
          ))}
        </select>
      </div>
      <button
        type="submit"
        className={button}
        disabled={busy || choice === (saved.assigneeId ?? "")}
      >
        Assign
      </button>
      {status}
      <InlineError id="assignee-error" message={problem} className="basis-full" />
    </form>
  );
}
