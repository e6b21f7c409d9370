"use client";

import { useEffect, useRef, useState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { InlineError } from "@/app/_components/inline-error";
import { addSourceAction, linkSourceAction, unlinkSourceAction } from "../actions";
import type { SourceSearchResult } from "@/db/queries/sources";
import { fieldMessages, formProblem } from "@/lib/action-messages";
import { RELATION_LABELS } from "@/lib/format/labels";
import type { LinkedSource } from "@/db/revision-snapshot";
import { useSearch } from "./use-search";

type Relation = keyof typeof RELATION_LABELS;

const input = `${inputClass} text-sm`;
const small = "rounded-md border border-rule px-2.5 py-1 text-sm hover:bg-rule/40";
/** Shorter text finds too much to be a useful suggestion. */
const SUGGEST_FROM_CHARS = 3;

const EMPTY_FORM = {
  url: "",
  title: "",
  publisher: "",
  publishedAt: "",
  archivedUrl: "",
  relation: "supports",
  excerpt: "",
};
type SourceForm = typeof EMPTY_FORM;
/** The fields that show their own message (the relation is a choice that cannot be wrong). */
const FIELDS_WITH_MESSAGES = ["url", "title", "publisher", "publishedAt", "archivedUrl", "excerpt"];
const UNREACHABLE = "The server can't be reached. Try again.";

/** The sources backing one annotation: listed with their relation, added, found again, removed. */
export function SourcesEditor({
  annotationId,
  sources,
  flush,
  onChange,
}: {
  annotationId: string;
  sources: LinkedSource[];
  flush: () => Promise<void>;
  onChange: (sources: LinkedSource[]) => void;
}) {
  const [form, setForm] = useState<SourceForm | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  // What the last save or link did, announced, since the form it came from is gone.
  const [done, setDone] = useState<string | null>(null);
  const urlField = useRef<HTMLInputElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  // Where focus goes once the form has opened or closed, so it never falls to the page.
  const focusNext = useRef<"form" | "add" | null>(null);
  const formOpen = form !== null;
  useEffect(() => {
    if (focusNext.current === "form") urlField.current?.focus();
    if (focusNext.current === "add") addButton.current?.focus();
    focusNext.current = null;
  }, [formOpen]);

  const query = form ? form.title.trim() || form.url.trim() : "";
  const search = useSearch<SourceSearchResult>(
    "/api/studio/sources",
    query,
    query.length >= SUGGEST_FROM_CHARS,
  );
  const suggestions =
    query.length >= SUGGEST_FROM_CHARS && search.status === "done"
      ? search.results.filter((s) => !sources.some((linked) => linked.id === s.id))
      : [];

  function openForm() {
    setForm({ ...EMPTY_FORM });
    setDone(null);
    focusNext.current = "form";
  }

  function closeForm(message: string | null) {
    setForm(null);
    setErrors({});
    setProblem(null);
    setDone(message);
    focusNext.current = "add";
  }

  async function saveSource() {
    if (!form) return;
    await flush();
    const result = await addSourceAction({ annotationId, ...form }).catch(() => null);
    if (result?.ok) {
      onChange([...sources, result.data]);
      // Another link to a page already in the newsroom reuses that source, as it was saved.
      closeForm(
        result.data.title === form.title.trim()
          ? `Added “${result.data.title}”.`
          : `That page is already in the newsroom’s sources as “${result.data.title}”: linked it.`,
      );
      return;
    }
    const failure = result && !result.ok ? result : null;
    setErrors(fieldMessages(failure));
    setProblem(
      formProblem(
        failure,
        FIELDS_WITH_MESSAGES,
        "The server can't be reached. Your entry is kept; try again.",
      ),
    );
  }

  async function link(source: SourceSearchResult) {
    await flush();
    const result = await linkSourceAction({
      annotationId,
      sourceId: source.id,
      relation: (form?.relation ?? "supports") as Relation,
      excerpt: form?.excerpt ?? "",
    }).catch(() => null);
    if (result?.ok) {
      onChange([...sources, result.data]);
      closeForm(`Linked “${result.data.title}” from the newsroom’s sources.`);
    } else setProblem(result && !result.ok ? result.error : UNREACHABLE);
  }

  async function unlink(source: LinkedSource) {
    const result = await unlinkSourceAction({ annotationId, sourceId: source.id }).catch(
      () => null,
    );
    if (result?.ok) {
      onChange(sources.filter((s) => s.id !== source.id));
      setDone(`Removed “${source.title}”.`);
    } else setProblem(result && !result.ok ? result.error : UNREACHABLE);
  }

  const field = (name: keyof SourceForm, label: string, type = "text") => (
    <Field
      label={label}
      id={`source-${name}`}
      labelClassName="block text-sm"
      ref={name === "url" ? urlField : undefined}
      type={type}
      className={input}
      value={form?.[name] ?? ""}
      errors={errors[name]}
      announceErrors
      onChange={(e) => setForm({ ...form!, [name]: e.target.value })}
    />
  );

  return (
    <div>
      <h3 className="text-sm font-semibold">Sources</h3>
      {sources.length === 0 ? <p className="mt-1 text-sm text-muted">No sources yet.</p> : null}
      <ul className="mt-2 space-y-2" aria-label="Sources">
        {sources.map((source) => (
          <li key={source.id} className="text-sm">
            <span className="font-medium">{RELATION_LABELS[source.relation]}:</span>{" "}
            <a
              href={source.url}
              target="_blank"
              rel="noopener noreferrer nofollow"
              className="underline"
            >
              {source.title}
            </a>
            {source.publisher ? <span className="text-muted"> · {source.publisher}</span> : null}{" "}
            <button
              type="button"
              className="text-xs underline"
              onClick={() => void unlink(source)}
              aria-label={`Remove source ${source.title}`}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <p role="status" className="mt-2 text-sm text-muted empty:hidden">
        {done}
      </p>
      <InlineError className="mt-2" message={problem} />
      {form ? (
        <fieldset className="mt-3 space-y-3 rounded-md border border-rule p-3">
          <legend className="px-1 text-sm font-medium">New source</legend>
          {field("url", "Source URL", "url")}
          {field("title", "Source title")}
          {field("publisher", "Publisher")}
          {field("publishedAt", "Published on (optional)", "date")}
          {field("archivedUrl", "Archived copy URL (optional)", "url")}
          <Field label="Relation" id="source-relation" labelClassName="block text-sm">
            {(control) => (
              <select
                {...control}
                className={input}
                value={form.relation}
                onChange={(e) => setForm({ ...form, relation: e.target.value })}
              >
                {Object.entries(RELATION_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {field("excerpt", "Excerpt (optional)")}
          <div className="flex gap-2">
            <button
              type="button"
              onClick={() => void saveSource()}
              className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white dark:text-black"
            >
              Save source
            </button>
            <button type="button" onClick={() => closeForm(null)} className={small}>
              Cancel
            </button>
          </div>
          {/* After the fields and Save, never between two fields: Tab and typing must not land on one. */}
          {suggestions.length > 0 ? (
            <section aria-labelledby="source-suggestions" className="rounded-md bg-rule/30 p-2">
              <h4 id="source-suggestions" className="text-sm font-medium">
                Already in the newsroom’s sources
              </h4>
              <p className="text-xs text-muted">Link one of these instead of a new source.</p>
              <ul className="mt-1 space-y-1.5 text-sm">
                {suggestions.map((s) => (
                  <li key={s.id}>
                    <button
                      type="button"
                      className="text-left underline"
                      onClick={() => void link(s)}
                    >
                      Use “{s.title}” instead
                    </button>
                    <span className="block break-all text-xs text-muted">
                      {s.publisher ? `${s.publisher} · ` : ""}
                      {s.url}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </fieldset>
      ) : (
        <button ref={addButton} type="button" className={`${small} mt-2`} onClick={openForm}>
          Add source
        </button>
      )}
    </div>
  );
}
