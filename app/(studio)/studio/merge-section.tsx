import type { ReactNode } from "react";
import { buttonClass } from "@/app/_components/button-styles";
import { ConfirmActionForm } from "@/app/_components/desk-forms";
import { inputClass } from "@/app/_components/field";
import type { ActionResult } from "@/lib/actions";
import { DeskSearch } from "./desk-search";

/**
 * A desk record's "Merge into another …" section: search for the survivor, choose it and review
 * the merge (plain GET forms, so the page says what will happen before anything changes), then
 * confirm. The speaker and source desks differ only in their words and their action.
 */
export function MergeSection({
  noun,
  intro,
  target,
  candidates,
  chosenId,
  confirm,
}: {
  noun: "speaker" | "source";
  intro: ReactNode;
  /** What was searched for. */
  target: string;
  candidates: { id: string; label: string }[];
  /** The survivor being reviewed, if one was chosen. */
  chosenId: string | null;
  /** What merging into the chosen one does, and the action that does it; null before a choice. */
  confirm: {
    says: ReactNode;
    action: (previous: unknown, form: FormData) => Promise<ActionResult<unknown>>;
    fields: Record<string, string>;
  } | null;
}) {
  return (
    <section aria-labelledby="merge-heading" className="mt-10 border-t border-rule pt-6">
      <h2 id="merge-heading" className="text-lg font-semibold">
        Merge into another {noun}
      </h2>
      <p className="mt-1 text-sm text-muted">{intro}</p>
      <DeskSearch label={`Find the ${noun} to merge into`} name="target" query={target} />
      {target && candidates.length === 0 ? (
        <p className="mt-3 text-sm">
          No other {noun} matches “{target}”.
        </p>
      ) : null}
      {candidates.length > 0 ? (
        <form method="get" className="mt-4 max-w-xl">
          <input type="hidden" name="target" value={target} />
          <label htmlFor="merge-into" className="block text-sm font-medium">
            Merge into
          </label>
          <div className="mt-1 flex gap-2">
            <select
              id="merge-into"
              name="into"
              defaultValue={chosenId ?? candidates[0]!.id}
              className={`${inputClass} mt-0 min-w-0`}
            >
              {candidates.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.label}
                </option>
              ))}
            </select>
            <button type="submit" className={`${buttonClass} whitespace-nowrap`}>
              Review merge
            </button>
          </div>
        </form>
      ) : null}
      {confirm ? (
        <div
          role="region"
          aria-label="Confirm merge"
          className="mt-5 rounded-md border border-accent/50 bg-accent/5 p-4"
        >
          {confirm.says}
          <ConfirmActionForm
            action={confirm.action}
            fields={confirm.fields}
            label={`Merge ${noun}s`}
            pendingLabel="Merging…"
          />
        </div>
      ) : null}
    </section>
  );
}
