import type { InputHTMLAttributes, ReactNode } from "react";

/** A text field's look, red-edged while aria-invalid. */
export const inputClass =
  "mt-1 w-full rounded-md border border-rule bg-transparent px-3 py-2 aria-[invalid=true]:border-red-700";

/** A labelled input with its error message tied to it, so screen readers announce both. */
export function Field({
  label,
  name,
  errors,
  hint,
  ...input
}: {
  label: string;
  name: string;
  errors?: string[];
  hint?: ReactNode;
} & InputHTMLAttributes<HTMLInputElement>) {
  const id = input.id ?? `field-${name}`;
  const error = errors?.[0];
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy.length ? describedBy.join(" ") : undefined}
        className={inputClass}
        {...input}
      />
      {hint ? (
        <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
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

/** A short problem message beside the control it concerns. Renders nothing without one. */
export function InlineError({
  message,
  className = "",
}: {
  message: string | null | undefined;
  className?: string;
}) {
  if (!message) return null;
  return (
    <p role="alert" className={`text-sm text-red-700 dark:text-red-300 ${className}`}>
      {message}
    </p>
  );
}

/**
 * A field's own problem, below it. Give the field aria-describedby={id} and aria-invalid; the
 * message is announced when it appears, as fields saved on blur have lost focus by then.
 */
export function FieldError({ id, message }: { id: string; message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className="mt-1 text-sm text-red-700 dark:text-red-300">
      {message}
    </p>
  );
}
