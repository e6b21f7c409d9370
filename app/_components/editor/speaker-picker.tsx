"use client";

import {
  Combobox,
  ComboboxInput,
  ComboboxOption,
  ComboboxOptions,
  Field,
  Label,
} from "@headlessui/react";
import { useEffect, useState } from "react";
import { FieldError, inputClass } from "@/app/_components/field";
import {
  createSpeakerAction,
  searchSpeakersAction,
} from "@/app/(studio)/studio/articles/[id]/actions";
import type { SpeakerSummary } from "@/db/queries/speakers";
import { fieldMessages, formProblem } from "@/lib/action-messages";

type Choice = SpeakerSummary | { create: string };

const input = `${inputClass} text-sm`;
const SEARCH_DELAY_MS = 200;

/** "Attributed to": search the newsroom's speakers by name or alias, or add a new one. */
export function SpeakerPicker({
  speaker,
  onChange,
}: {
  speaker: SpeakerSummary | null;
  onChange: (speaker: SpeakerSummary | null) => void;
}) {
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<SpeakerSummary[]>([]);
  const [creating, setCreating] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(async () => {
      const result = await searchSpeakersAction({ query }).catch(() => null);
      if (!cancelled && result?.ok) setResults(result.data);
    }, SEARCH_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [query]);

  const exact = results.some((s) => s.name.toLowerCase() === query.trim().toLowerCase());
  return (
    <div>
      <Field>
        <Label className="block text-sm font-medium">Attributed to</Label>
        <Combobox<Choice | null>
          value={speaker}
          immediate
          onChange={(choice) => {
            if (choice && "create" in choice) setCreating(choice.create);
            else onChange(choice ?? null);
          }}
          onClose={() => setQuery("")}
        >
          <ComboboxInput<Choice | null>
            className={input}
            placeholder="Search people and organizations"
            displayValue={(choice) => (choice && "name" in choice ? choice.name : "")}
            onChange={(event) => setQuery(event.target.value)}
          />
          <ComboboxOptions
            anchor="bottom start"
            className="z-50 w-(--input-width) rounded-md border border-rule bg-paper p-1 text-sm shadow-lg empty:invisible"
          >
            {results.map((result) => (
              <ComboboxOption
                key={result.id}
                value={result}
                className="cursor-pointer rounded px-2 py-1.5 data-focus:bg-rule/60"
              >
                <span className="font-medium">{result.name}</span>
                {result.description ? (
                  <span className="text-muted"> · {result.description}</span>
                ) : null}
              </ComboboxOption>
            ))}
            {query.trim() && !exact ? (
              <ComboboxOption
                value={{ create: query.trim() }}
                className="cursor-pointer rounded px-2 py-1.5 data-focus:bg-rule/60"
              >
                Add “{query.trim()}” as a new speaker…
              </ComboboxOption>
            ) : null}
          </ComboboxOptions>
        </Combobox>
      </Field>
      {speaker ? (
        <button type="button" className="mt-1 text-xs underline" onClick={() => onChange(null)}>
          Clear the speaker
        </button>
      ) : null}
      {creating !== null ? (
        <NewSpeakerForm
          name={creating}
          onCancel={() => setCreating(null)}
          onCreated={(created) => {
            setCreating(null);
            onChange(created);
          }}
        />
      ) : null}
    </div>
  );
}

function NewSpeakerForm({
  name,
  onCancel,
  onCreated,
}: {
  name: string;
  onCancel: () => void;
  onCreated: (speaker: SpeakerSummary) => void;
}) {
  const [fields, setFields] = useState({ name, type: "person", description: "" });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);

  async function submit() {
    const result = await createSpeakerAction(fields).catch(() => null);
    if (result?.ok) return onCreated(result.data);
    const failure = result && !result.ok ? result : null;
    setErrors(fieldMessages(failure));
    setProblem(formProblem(failure, ["name", "type", "description"]));
  }

  /** Ties a field to its message, when the server refused it. */
  const describedBy = (field: string) => ({
    "aria-invalid": errors[field] ? true : undefined,
    "aria-describedby": errors[field] ? `new-speaker-${field}-error` : undefined,
  });

  return (
    <fieldset className="mt-3 space-y-3 rounded-md border border-rule p-3">
      <legend className="px-1 text-sm font-medium">New speaker</legend>
      {problem ? (
        <p role="alert" className="text-sm text-red-700 dark:text-red-300">
          {problem}
        </p>
      ) : null}
      <div>
        <label htmlFor="new-speaker-name" className="block text-sm">
          Speaker name
        </label>
        <input
          id="new-speaker-name"
          className={input}
          value={fields.name}
          onChange={(e) => setFields({ ...fields, name: e.target.value })}
          {...describedBy("name")}
        />
        <FieldError id="new-speaker-name-error" message={errors.name} />
      </div>
      <div>
        <label htmlFor="new-speaker-type" className="block text-sm">
          Speaker type
        </label>
        <select
          id="new-speaker-type"
          className={input}
          value={fields.type}
          onChange={(e) => setFields({ ...fields, type: e.target.value })}
          {...describedBy("type")}
        >
          <option value="person">Person</option>
          <option value="organization">Organization</option>
        </select>
        <FieldError id="new-speaker-type-error" message={errors.type} />
      </div>
      <div>
        <label htmlFor="new-speaker-description" className="block text-sm">
          Description <span className="text-muted">(optional)</span>
        </label>
        <input
          id="new-speaker-description"
          className={input}
          value={fields.description}
          placeholder="e.g. Minister of Finance"
          onChange={(e) => setFields({ ...fields, description: e.target.value })}
          {...describedBy("description")}
        />
        <FieldError id="new-speaker-description-error" message={errors.description} />
      </div>
      <div className="flex gap-2">
        <button
          type="button"
          onClick={() => void submit()}
          className="rounded-md bg-accent px-3 py-1.5 text-sm font-medium text-white dark:text-black"
        >
          Create speaker
        </button>
        <button
          type="button"
          onClick={onCancel}
          className="rounded-md border border-rule px-3 py-1.5 text-sm"
        >
          Cancel
        </button>
      </div>
    </fieldset>
  );
}
