"use client";

import { type FormEvent, useEffect, useState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { InlineError } from "@/app/_components/inline-error";
import type { CheckedArticle } from "@/db/revision-snapshot";
import { fieldMessages, formProblem } from "@/lib/action-messages";
import { latestDayNow } from "@/lib/articles/checked-article-schema";
import { formatDate } from "@/lib/format/dates";
import { saveCheckedArticleAction } from "../actions";

type Form = Record<keyof CheckedArticle, string>;
const FIELDS = ["outlet", "author", "url", "date"] as const;
const input = `${inputClass} text-sm`;
const button = "rounded-md border border-rule px-3 py-1.5 text-sm font-medium hover:bg-rule/40";

const toForm = (checked: CheckedArticle): Form => ({
  outlet: checked.outlet,
  author: checked.author,
  url: checked.url ?? "",
  date: checked.date ?? "",
});
const sameForm = (a: Form, b: Form) => FIELDS.every((field) => a[field].trim() === b[field].trim());

/** The checked article in one line, as the closed disclosure shows it. */
function summaryOf(checked: CheckedArticle): string {
  const parts = [
    checked.outlet,
    checked.author && `by ${checked.author}`,
    checked.date && formatDate(checked.date),
  ].filter(Boolean);
  if (parts.length > 0) return parts.join(" · ");
  return checked.url ?? "None given: the piece this fact-check is about, if there is one.";
}

function describeTheirs(theirs: CheckedArticle): string {
  return [
    `outlet “${theirs.outlet}”`,
    `author “${theirs.author}”`,
    `URL ${theirs.url ?? "none"}`,
    `date ${theirs.date ? formatDate(theirs.date) : "none"}`,
  ].join("; ");
}

/**
 * The "Checked article" fields: the piece this fact-check is about, as its outlet published
 * it. Saved with its own button and stale-write check; what was typed stays in the fields
 * whatever the server answers, and leaving with unsaved changes warns.
 */
export function CheckedArticleForm({
  articleId,
  saved,
  onSaved,
}: {
  articleId: string;
  /** What the server has, as far as this page knows: the base of the next save. */
  saved: CheckedArticle;
  onSaved: (checked: CheckedArticle) => void;
}) {
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<Form>(() => toForm(saved));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [theirs, setTheirs] = useState<CheckedArticle | null>(null);
  const [busy, setBusy] = useState(false);
  const dirty = !sameForm(form, toForm(saved));

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  async function save(base: CheckedArticle) {
    setBusy(true);
    setDone(null);
    const result = await saveCheckedArticleAction({ articleId, base, ...form }).catch(() => null);
    setBusy(false);
    if (result?.ok) {
      onSaved(result.data.checked);
      setForm(toForm(result.data.checked));
      setErrors({});
      setProblem(null);
      setTheirs(null);
      setDone("Checked article saved.");
      return;
    }
    if (result?.kind === "checked_article_conflict") {
      setTheirs(result.details);
      setProblem(result.error);
      return;
    }
    const failure = result && !result.ok ? result : null;
    setErrors(fieldMessages(failure));
    setProblem(
      formProblem(
        failure,
        FIELDS,
        "The server can't be reached. What you typed is kept; try again.",
      ),
    );
  }

  function adoptTheirs(their: CheckedArticle) {
    onSaved(their);
    setForm(toForm(their));
    setTheirs(null);
    setProblem(null);
    setErrors({});
  }

  const field = (name: keyof Form) => ({
    id: `checked-${name}`,
    name,
    value: form[name],
    errors: errors[name],
    className: input,
    onChange: (event: { target: { value: string } }) =>
      setForm((current) => ({ ...current, [name]: event.target.value })),
  });

  return (
    <section
      aria-labelledby="checked-article-heading"
      className="mt-4 rounded-lg border border-rule"
    >
      <h2 id="checked-article-heading" className="text-sm font-medium">
        <button
          type="button"
          aria-expanded={open}
          aria-controls="checked-article-body"
          onClick={() => setOpen(!open)}
          className="flex w-full items-center justify-between gap-2 rounded-lg px-3 py-2 text-left hover:bg-rule/40"
        >
          Checked article
          <span aria-hidden="true" className="text-muted">
            {open ? "▾" : "▸"}
          </span>
        </button>
      </h2>
      {open ? null : (
        <p className="px-3 pb-2 text-xs break-words text-muted">
          {summaryOf(saved)}
          {dirty ? " (unsaved changes)" : ""}
        </p>
      )}
      <form
        id="checked-article-body"
        hidden={!open}
        noValidate
        className="space-y-3 px-3 pb-3"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          void save(saved);
        }}
      >
        <p className="text-xs text-muted">
          The piece this fact-check is about, as its outlet published it. Readers see this date as
          the original&apos;s, never as ours.
        </p>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Original outlet" autoComplete="off" {...field("outlet")} />
          <Field label="Author" autoComplete="off" {...field("author")} />
          <Field label="Original URL" type="url" inputMode="url" {...field("url")} />
          <Field
            label="Original publication date"
            type="date"
            max={latestDayNow()}
            {...field("date")}
          />
        </div>
        {theirs ? (
          <div className="rounded-md border border-amber-600/60 p-3 text-sm">
            <p>Their version: {describeTheirs(theirs)}.</p>
            <div className="mt-2 flex flex-wrap gap-2">
              <button type="button" className={button} onClick={() => void save(theirs)}>
                Keep mine
              </button>
              <button type="button" className={button} onClick={() => adoptTheirs(theirs)}>
                Use theirs
              </button>
            </div>
          </div>
        ) : null}
        <InlineError message={problem} />
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" disabled={busy} className={`${button} disabled:opacity-60`}>
            Save checked article
          </button>
          <p aria-live="polite" className="text-sm text-muted">
            {busy ? "Saving…" : done}
          </p>
        </div>
      </form>
    </section>
  );
}
