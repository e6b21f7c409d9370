import type { InputHTMLAttributes, ReactNode, Ref } from "react";
import type { ActionResult } from "@/lib/actions";
import { InlineError } from "./inline-error";

/** A text field's look, red-edged while aria-invalid. */
export const inputClass =
  "mt-1 w-full rounded-md border border-rule bg-transparent px-3 py-2 aria-[invalid=true]:border-red-700";

/** What a control needs to be tied to its label, hint and error: spread it on the control. */
export interface FieldControl {
  id: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}

/**
 * A labelled control with its hint and error message tied to it, so screen readers announce
 * them with the field. A plain input by default (the remaining props go to it); `children`
 * renders another control (a textarea, a select) from the wiring it is given.
 */
export function Field({
  label,
  name,
  errors,
  hint,
  labelClassName = "block text-sm font-medium",
  announceErrors = false,
  children,
  ref,
  ...input
}: {
  label: ReactNode;
  name?: string;
  /** The field's problems: the first is shown. */
  errors?: string | readonly string[] | null;
  hint?: ReactNode;
  labelClassName?: string;
  /**
   * Announce the error when it appears: for fields saved as one types or on leaving them,
   * where no form message announces the outcome and focus has often moved on.
   */
  announceErrors?: boolean;
  children?: (control: FieldControl) => ReactNode;
  ref?: Ref<HTMLInputElement>;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "children">) {
  const id = input.id ?? `field-${name}`;
  const error = typeof errors === "string" ? errors : errors?.[0];
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  const control: FieldControl = {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy.length ? describedBy.join(" ") : undefined,
  };
  return (
    <div>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      {children ? (
        children(control)
      ) : (
        <input ref={ref} name={name} className={inputClass} {...input} {...control} />
      )}
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
          {hint}
        </p>
      ) : null}
      <InlineError id={`${id}-error`} message={error} announce={announceErrors} className="mt-1" />
    </div>
  );
}

/** What a form refusal says above the fields: the fields say the rest. */
export function summaryOf(state: ActionResult<unknown> | null): ActionResult<unknown> | null {
  if (!state || state.ok || !state.fieldErrors) return state;
  return { ...state, error: "Some fields need attention: see below." };
}

/** The message above a form after it was submitted: role=alert for problems, status for success. */
export function FormMessage({
  state,
}: {
  state: { ok: boolean; error?: string; message?: string } | null;
}) {
  if (!state) return null;
  if (!state.ok) {
    return (
      <p
        role="alert"
        className="rounded-md border border-red-700/40 bg-red-50 px-3 py-2 text-sm text-red-900 dark:bg-red-950 dark:text-red-100"
      >
        {state.error}
      </p>
    );
  }
  return state.message ? (
    <p role="status" className="rounded-md border border-rule px-3 py-2 text-sm">
      {state.message}
    </p>
  ) : null;
}
