/**
 * The one way a problem is shown beside what it concerns, in the same red everywhere. Renders
 * nothing without a message.
 *
 * - `id`: for a field's own message; give the field aria-describedby={id} and aria-invalid
 *   (Field does both), so the message is read with the field.
 * - `announce` (the default): role=alert, read out when it appears. Off where something else
 *   already announces the outcome (a form's FormMessage, the save status) or where the message
 *   is only read with its field.
 */
export function InlineError({
  message,
  id,
  announce = true,
  className,
}: {
  message: string | null | undefined;
  id?: string;
  announce?: boolean;
  className?: string;
}) {
  if (!message) return null;
  return (
    <p
      id={id}
      role={announce ? "alert" : undefined}
      className={["text-sm text-red-700 dark:text-red-300", className].filter(Boolean).join(" ")}
    >
      {message}
    </p>
  );
}
