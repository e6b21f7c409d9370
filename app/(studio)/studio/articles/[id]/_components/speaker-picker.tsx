"use client";

import {
  Combobox,
  ComboboxInput,
  ComboboxOption,
  ComboboxOptions,
  Field as ComboboxField,
  Label,
} from "@headlessui/react";
import { useEffect, useRef, useState } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { InlineError } from "@/app/_components/inline-error";
import { createSpeakerAction } from "../actions";
import type { SpeakerSummary } from "@/db/queries/speakers";
import { fieldMessages, formProblem } from "@/lib/action-messages";
import { useSearch } from "./use-search";

/** The value of the list's "Searching…" line, which cannot be chosen. */
const NOTICE = { notice: true } as const;
type Choice = SpeakerSummary | { create: string } | typeof NOTICE;

const input = `${inputClass} text-sm`;
const option = "cursor-pointer rounded px-2 py-1.5 data-focus:bg-rule/60";
const notice = "rounded px-2 py-1.5 text-muted";

/** "Attributed to": search the newsroom's speakers by name or alias, or add a new one. */
export function SpeakerPicker({
  speaker,
  onChange,
  onCreated,
}: {
  speaker: SpeakerSummary | null;
  onChange: (speaker: SpeakerSummary | null) => void;
  /** After a new speaker is created and chosen: where the person goes on from there. */
  onCreated: () => void;
}) {
  const [query, setQuery] = useState("");
  const [creating, setCreating] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  // Enter pressed before the answer for the typed text arrived: applied once it has.
  const enterPending = useRef(false);
  const search = useSearch<SpeakerSummary>("/api/studio/speakers", query);
  const typed = query.trim();
  const results = search.status === "done" ? search.results : [];
  const exact = results.some((s) => s.name.toLowerCase() === typed.toLowerCase());

  useEffect(() => {
    if (!enterPending.current || search.status === "searching") return;
    enterPending.current = false;
    if (search.status === "failed") return;
    // The list's own Enter, now that the list shows the answer: it picks the first match,
    // or "Add … as a new speaker" when nothing matches.
    requestAnimationFrame(() =>
      inputRef.current?.dispatchEvent(
        new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }),
      ),
    );
  }, [search]);

  return (
    <div>
      <ComboboxField>
        <Label className="block text-sm font-medium">Attributed to</Label>
        <Combobox<Choice | null>
          value={speaker}
          immediate
          onChange={(choice) => {
            if (choice && "create" in choice) setCreating(choice.create);
            else if (!choice || "name" in choice) onChange(choice);
          }}
          onClose={() => {
            enterPending.current = false;
            setQuery("");
          }}
        >
          <ComboboxInput<Choice | null>
            ref={inputRef}
            className={input}
            placeholder="Search people and organizations"
            displayValue={(choice) => (choice && "name" in choice ? choice.name : "")}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={(event) => {
              // Until the answer for this text has come, Enter would pick from an older list
              // (or close it and drop the text): it waits for the answer instead.
              if (event.key === "Enter" && search.status !== "done" && typed !== "") {
                event.preventDefault();
                enterPending.current = search.status === "searching";
              }
            }}
          />
          <ComboboxOptions
            anchor="bottom start"
            className="z-50 w-(--input-width) rounded-md border border-rule bg-paper p-1 text-sm shadow-lg empty:invisible"
          >
            {search.status === "searching" ? (
              <ComboboxOption value={NOTICE} disabled className={notice}>
                Searching…
              </ComboboxOption>
            ) : null}
            {search.status === "failed" ? (
              <ComboboxOption value={NOTICE} disabled className={notice}>
                {search.problem}
              </ComboboxOption>
            ) : null}
            {results.map((result) => (
              <ComboboxOption key={result.id} value={result} className={option}>
                <span className="font-medium">{result.name}</span>
                {result.description ? (
                  <span className="text-muted"> · {result.description}</span>
                ) : null}
              </ComboboxOption>
            ))}
            {search.status === "done" && typed && !exact ? (
              <ComboboxOption value={{ create: typed }} className={option}>
                Add “{typed}” as a new speaker…
              </ComboboxOption>
            ) : null}
          </ComboboxOptions>
        </Combobox>
      </ComboboxField>
      {speaker ? (
        <button type="button" className="mt-1 text-xs underline" onClick={() => onChange(null)}>
          Clear the speaker
        </button>
      ) : null}
      {creating !== null ? (
        <NewSpeakerForm
          name={creating}
          onCancel={() => {
            setCreating(null);
            inputRef.current?.focus();
          }}
          onCreated={(created) => {
            setCreating(null);
            onChange(created);
            onCreated();
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

  return (
    <fieldset className="mt-3 space-y-3 rounded-md border border-rule p-3">
      <legend className="px-1 text-sm font-medium">New speaker</legend>
      <InlineError message={problem} />
      <Field
        label="Speaker name"
        id="new-speaker-name"
        labelClassName="block text-sm"
        className={input}
        value={fields.name}
        errors={errors.name}
        announceErrors
        onChange={(e) => setFields({ ...fields, name: e.target.value })}
      />
      <Field
        label="Speaker type"
        id="new-speaker-type"
        labelClassName="block text-sm"
        errors={errors.type}
        announceErrors
      >
        {(control) => (
          <select
            {...control}
            className={input}
            value={fields.type}
            onChange={(e) => setFields({ ...fields, type: e.target.value })}
          >
            <option value="person">Person</option>
            <option value="organization">Organization</option>
          </select>
        )}
      </Field>
      <Field
        label={
          <>
            Description <span className="text-muted">(optional)</span>
          </>
        }
        id="new-speaker-description"
        labelClassName="block text-sm"
        className={input}
        value={fields.description}
        placeholder="e.g. Minister of Finance"
        errors={errors.description}
        announceErrors
        onChange={(e) => setFields({ ...fields, description: e.target.value })}
      />
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
