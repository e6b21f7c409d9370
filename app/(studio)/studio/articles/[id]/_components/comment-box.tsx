"use client";

import { useId, useRef, useState } from "react";
import { inputClass } from "@/app/_components/field";
import { InlineError } from "@/app/_components/inline-error";
import type { Member } from "@/lib/discussion/mentions";
import { MAX_COMMENT_LENGTH } from "@/lib/discussion/schemas";
import { useMentionHelper } from "./mention-helper";

const button =
  "rounded-md border border-rule px-3 py-1.5 text-sm font-medium hover:bg-rule/40 disabled:opacity-60";
export const primaryButton =
  "rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60 dark:text-black";

/**
 * A labelled textarea that posts its text. What was typed stays when the post fails, with the
 * reason under it; Ctrl+Enter (or Cmd+Enter) posts, Escape cancels where there is a Cancel.
 */
export function CommentBox({
  label,
  submitLabel,
  initial = "",
  autoFocus = false,
  members,
  onSubmit,
  onCancel,
}: {
  label: string;
  /** Who "@" offers. */
  members: readonly Member[];
  submitLabel: string;
  initial?: string;
  autoFocus?: boolean;
  /** Resolves to the problem to show, or null once posted (the box then empties). */
  onSubmit: (body: string) => Promise<string | null>;
  onCancel?: () => void;
}) {
  const id = useId();
  const [text, setText] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const mentions = useMentionHelper({ members, text, setText, field });

  async function submit() {
    if (busy) return;
    if (text.trim() === "") {
      setProblem("Write a comment first.");
      field.current?.focus();
      return;
    }
    setBusy(true);
    const refused = await onSubmit(text);
    setBusy(false);
    setProblem(refused);
    if (refused) field.current?.focus();
    else setText("");
  }

  return (
    <form
      className="space-y-2"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={`${id}-text`} className="block text-sm font-medium">
        {label}
      </label>
      <textarea
        ref={field}
        id={`${id}-text`}
        className={`${inputClass} min-h-20 text-sm`}
        value={text}
        maxLength={MAX_COMMENT_LENGTH}
        autoFocus={autoFocus}
        aria-invalid={problem ? true : undefined}
        aria-describedby={`${id}-hint${problem ? ` ${id}-error` : ""}`}
        {...mentions.textareaProps}
        onChange={(event) => {
          setText(event.target.value);
          mentions.onCaret(event.target);
        }}
        onSelect={(event) => mentions.onCaret(event.currentTarget)}
        onKeyDown={(event) => {
          if (mentions.onKeyDown(event)) return;
          if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void submit();
          } else if (event.key === "Escape" && onCancel) {
            event.preventDefault();
            onCancel();
          }
        }}
      />
      {mentions.list}
      <p id={`${id}-hint`} className="text-xs text-muted">
        Mention someone with @ and their name. Ctrl+Enter posts.
      </p>
      <InlineError id={`${id}-error`} message={problem} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={busy} className={primaryButton}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className={button} onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}

export { button as secondaryButton };
