"use client";

import type { Editor } from "@tiptap/react";
import { useEffect, useRef, useState } from "react";
import { saveAnnotationDetailsAction } from "@/app/(studio)/studio/articles/[id]/actions";
import { FieldError, inputClass } from "@/app/_components/field";
import type { SpeakerSummary } from "@/db/queries/speakers";
import { fieldMessages, formProblem } from "@/lib/action-messages";
import type { AnnotationDetailsConflict } from "@/lib/annotations/details";
import type { AnnotationAnchor } from "@/lib/editor/anchors";
import { ANNOTATION_KINDS, type AnnotationKind, KIND_LABELS } from "@/lib/editor/kinds";
import { shortenText } from "@/lib/format/shorten";
import { AnnotationHistory } from "./annotation-history";
import { SourcesEditor } from "./sources-editor";
import { SpeakerPicker } from "./speaker-picker";
import type { AnnotationDetails } from "./types";

const input = `${inputClass} text-sm`;
const label = "block text-sm font-medium";
/** Focused when an annotation is chosen from a list, so the panel is in view and keys go there. */
export const PANEL_HEADING_ID = "annotation-heading";

type Fields = Pick<AnnotationDetails, "speaker" | "cue" | "note">;

function withoutFields(problems: Record<string, string>, fields: object): Record<string, string> {
  return Object.fromEntries(Object.entries(problems).filter(([field]) => !(field in fields)));
}

/** The selected annotation: its kind (on the mark) and what it says (in its own row). */
export function AnnotationPanel({
  editor,
  span,
  details,
  onDetailsChange,
  flush,
  onRemoved,
}: {
  editor: Editor;
  span: AnnotationAnchor;
  details: AnnotationDetails;
  onDetailsChange: (next: AnnotationDetails) => void;
  flush: () => Promise<void>;
  onRemoved: () => void;
}) {
  const [cue, setCue] = useState(details.cue);
  const [note, setNote] = useState(details.note);
  const [message, setMessage] = useState<{ text: string; problem: boolean } | null>(null);
  // What the server refused at the Cue or Note field; what was typed stays in the field.
  const [fieldProblems, setFieldProblems] = useState<Record<string, string>>({});
  const [theirs, setTheirs] = useState<AnnotationDetailsConflict | null>(null);
  // The latest details for async callbacks (a save may finish after the parent re-rendered).
  const current = useRef(details);
  const cueField = useRef<HTMLInputElement>(null);
  useEffect(() => {
    current.current = details;
  }, [details]);

  // One save at a time: leaving Cue for Note saves twice at once, and the second must start
  // from the version the first one made, or it would collide with it.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const waiting = useRef(0);
  function save(changes: Partial<Fields>, baseVersion?: number): Promise<void> {
    waiting.current += 1;
    const run = () =>
      send(changes, baseVersion ?? current.current.version).finally(() => {
        waiting.current -= 1;
      });
    queue.current = queue.current.then(run, run);
    return queue.current;
  }

  async function send(changes: Partial<Fields>, baseVersion: number) {
    const next = { ...current.current, ...changes };
    setMessage({ text: "Saving details…", problem: false });
    // The annotation's row is created by the document save: make sure it has happened.
    await flush();
    const result = await saveAnnotationDetailsAction({
      id: span.id,
      version: baseVersion,
      speakerId: next.speaker?.id ?? null,
      cue: next.cue,
      note: next.note,
    }).catch(() => null);
    if (result?.ok) {
      // Before React re-renders, so a queued save already sees this version.
      current.current = { ...next, version: result.data.version };
      onDetailsChange(current.current);
      setTheirs(null);
      // Only the fields just saved are fixed; another may still hold a refused entry.
      setFieldProblems((problems) => withoutFields(problems, changes));
      // "Saved" only once nothing else is waiting, so it never claims a save still to come.
      if (waiting.current === 1) setMessage({ text: "Details saved.", problem: false });
    } else if (result?.code === "conflict") {
      setTheirs(result.details as AnnotationDetailsConflict);
      setMessage({ text: result.error, problem: true });
    } else {
      const failure = result && !result.ok ? result : null;
      setFieldProblems((problems) => ({
        ...withoutFields(problems, changes),
        ...fieldMessages(failure),
      }));
      const problem = formProblem(
        failure,
        ["cue", "note"],
        "The details could not be saved: the server can't be reached. Try again.",
      );
      setMessage(problem ? { text: problem, problem: true } : null);
    }
  }

  return (
    <section aria-labelledby={PANEL_HEADING_ID} className="rounded-lg border border-rule p-4">
      <h2 id={PANEL_HEADING_ID} tabIndex={-1} className="text-base font-semibold outline-none">
        Annotation
      </h2>
      <blockquote className="mt-2 border-l-2 border-rule pl-3 font-serif text-sm text-muted">
        “{shortenText(span.quote, 160)}”
      </blockquote>
      <div className="mt-4 space-y-4">
        <div>
          <label htmlFor="annotation-kind" className={label}>
            Kind
          </label>
          <select
            id="annotation-kind"
            className={input}
            value={span.kind}
            onChange={(event) =>
              editor.commands.setAnnotationKind(span.id, event.target.value as AnnotationKind)
            }
          >
            {ANNOTATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABELS[kind].one}
              </option>
            ))}
          </select>
        </div>
        <SpeakerPicker
          speaker={details.speaker}
          onChange={(speaker: SpeakerSummary | null) => void save({ speaker })}
          onCreated={() => cueField.current?.focus()}
        />
        <div>
          <label htmlFor="annotation-cue" className={label}>
            Cue
          </label>
          <input
            id="annotation-cue"
            ref={cueField}
            className={input}
            value={cue}
            placeholder="said, according to, alleged…"
            aria-invalid={fieldProblems.cue ? true : undefined}
            aria-describedby={fieldProblems.cue ? "annotation-cue-error" : undefined}
            onChange={(event) => setCue(event.target.value)}
            onBlur={() => cue !== details.cue && void save({ cue })}
          />
          <FieldError id="annotation-cue-error" message={fieldProblems.cue} />
        </div>
        <div>
          <label htmlFor="annotation-note" className={label}>
            Note
          </label>
          <textarea
            id="annotation-note"
            className={`${input} min-h-24`}
            value={note}
            aria-invalid={fieldProblems.note ? true : undefined}
            aria-describedby={fieldProblems.note ? "annotation-note-error" : undefined}
            onChange={(event) => setNote(event.target.value)}
            onBlur={() => note !== details.note && void save({ note })}
          />
          <FieldError id="annotation-note-error" message={fieldProblems.note} />
        </div>
        <p
          aria-live="polite"
          className={`text-sm ${message?.problem ? "text-red-700 dark:text-red-300" : "text-muted"}`}
        >
          {message?.text}
        </p>
        {theirs ? (
          <div className="rounded-md border border-amber-600/60 p-3 text-sm">
            <p>
              Their version: {theirs.speaker ? `attributed to ${theirs.speaker.name}; ` : ""}cue “
              {theirs.cue}”; note “{theirs.note}”.
            </p>
            <div className="mt-2 flex gap-2">
              <button
                type="button"
                className="rounded-md border border-rule px-2 py-1"
                onClick={() => void save({ speaker: details.speaker, cue, note }, theirs.version)}
              >
                Keep mine
              </button>
              <button
                type="button"
                className="rounded-md border border-rule px-2 py-1"
                onClick={() => {
                  onDetailsChange({
                    ...details,
                    version: theirs.version,
                    speaker: theirs.speaker,
                    cue: theirs.cue,
                    note: theirs.note,
                  });
                  setCue(theirs.cue);
                  setNote(theirs.note);
                  setTheirs(null);
                  setMessage(null);
                }}
              >
                Use theirs
              </button>
            </div>
          </div>
        ) : null}
        <SourcesEditor
          annotationId={span.id}
          sources={details.sources}
          flush={flush}
          onChange={(sources) => onDetailsChange({ ...current.current, sources })}
        />
        <AnnotationHistory annotationId={span.id} />
        <button
          type="button"
          className="rounded-md border border-red-700/50 px-3 py-1.5 text-sm font-medium text-red-800 hover:bg-red-50 dark:text-red-200 dark:hover:bg-red-950"
          onClick={() => {
            editor.chain().focus().removeAnnotation(span.id).run();
            onRemoved();
          }}
        >
          Remove annotation
        </button>
      </div>
    </section>
  );
}
