"use client";

import { useState } from "react";
import { FieldError, InlineError, inputClass } from "@/app/_components/field";
import {
  addSourceAction,
  linkSourceAction,
  searchSourcesAction,
  unlinkSourceAction,
} from "@/app/(studio)/studio/articles/[id]/actions";
import { fieldMessages, formProblem } from "@/lib/action-messages";
import { RELATION_LABELS } from "@/lib/format/labels";
import type { LinkedSource } from "@/lib/sources/manage";

type Relation = keyof typeof RELATION_LABELS;

const input = `${inputClass} text-sm`;
const small = "rounded-md border border-rule px-2.5 py-1 text-sm hover:bg-rule/40";

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
  const [found, setFound] = useState<
    { id: string; title: string; url: string; publisher: string }[]
  >([]);

  async function saveSource() {
    if (!form) return;
    await flush();
    const result = await addSourceAction({ annotationId, ...form }).catch(() => null);
    if (result?.ok) {
      onChange([...sources, result.data]);
      setForm(null);
      setErrors({});
      setProblem(null);
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

  async function search(query: string) {
    const result = await searchSourcesAction({ query }).catch(() => null);
    setFound(
      result?.ok ? result.data.filter((s) => !sources.some((linked) => linked.id === s.id)) : [],
    );
  }

  async function link(sourceId: string) {
    await flush();
    const relation = (form?.relation ?? "supports") as Relation;
    const result = await linkSourceAction({
      annotationId,
      sourceId,
      relation,
      excerpt: form?.excerpt ?? "",
    }).catch(() => null);
    if (result?.ok) {
      onChange([...sources, result.data]);
      setForm(null);
      setFound([]);
    } else
      setProblem(result && !result.ok ? result.error : "The server can't be reached. Try again.");
  }

  async function unlink(source: LinkedSource) {
    const result = await unlinkSourceAction({ annotationId, sourceId: source.id }).catch(
      () => null,
    );
    if (result?.ok) onChange(sources.filter((s) => s.id !== source.id));
    else
      setProblem(result && !result.ok ? result.error : "The server can't be reached. Try again.");
  }

  const field = (name: keyof SourceForm, label: string, type = "text") => (
    <div>
      <label htmlFor={`source-${name}`} className="block text-sm">
        {label}
      </label>
      <input
        id={`source-${name}`}
        type={type}
        className={input}
        value={form?.[name] ?? ""}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `source-${name}-error` : undefined}
        onChange={(e) => {
          setForm({ ...form!, [name]: e.target.value });
          if (name === "title" || name === "url") void search(e.target.value);
        }}
      />
      <FieldError id={`source-${name}-error`} message={errors[name]} />
    </div>
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
      <InlineError className="mt-2" message={problem} />
      {form ? (
        <fieldset className="mt-3 space-y-3 rounded-md border border-rule p-3">
          <legend className="px-1 text-sm font-medium">New source</legend>
          {field("url", "Source URL", "url")}
          {field("title", "Source title")}
          {found.length > 0 ? (
            <div className="rounded-md bg-rule/30 p-2 text-sm">
              <p className="font-medium">Already in the newsroom’s sources:</p>
              <ul className="mt-1 space-y-1">
                {found.map((s) => (
                  <li key={s.id}>
                    <button
                      type="button"
                      className="text-left underline"
                      onClick={() => void link(s.id)}
                    >
                      Use “{s.title}”{s.publisher ? ` (${s.publisher})` : ""}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {field("publisher", "Publisher")}
          {field("publishedAt", "Published on (optional)", "date")}
          {field("archivedUrl", "Archived copy URL (optional)", "url")}
          <label className="block text-sm">
            Relation
            <select
              className={input}
              value={form.relation}
              aria-label="Relation"
              onChange={(e) => setForm({ ...form, relation: e.target.value })}
            >
              {Object.entries(RELATION_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
          {field("excerpt", "Excerpt (optional)")}
          <div className="flex gap-2">
            <button
              type="button"
              onClick={() => void saveSource()}
              className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white dark:text-black"
            >
              Save source
            </button>
            <button type="button" onClick={() => setForm(null)} className={small}>
              Cancel
            </button>
          </div>
        </fieldset>
      ) : (
        <button
          type="button"
          className={`${small} mt-2`}
          onClick={() => setForm({ ...EMPTY_FORM })}
        >
          Add source
        </button>
      )}
    </div>
  );
}
