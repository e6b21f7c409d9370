"use client";

import type { Editor } from "@tiptap/react";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { Field, inputClass } from "@/app/_components/field";
import { ANNOTATION_KINDS, type AnnotationKind } from "@/db/enums";
import type { SpeakerSummary } from "@/db/queries/speakers";
import type { AnnotationAnchor } from "@/db/revision-snapshot";
import { KIND_LABELS } from "@/lib/editor/kinds";
import { shortenText } from "@/lib/format/shorten";
import { NO_NAMED_SOURCE } from "@/lib/format/labels";
import { AnnotationHistory } from "./annotation-history";
import {
  DETAIL_TEXT_FIELDS,
  type DetailValues,
  type DetailsSavers,
  detailValues,
} from "./details-saver";
import { describeDetailsState, describeTheirs } from "./details-words";
import { DiscussionThread, type ThreadState } from "./discussion-thread";
import { SourcesEditor } from "./sources-editor";
import { SpeakerPicker } from "./speaker-picker";
import type { AnnotationDetails, VerdictOption } from "./types";
import { VerdictFields } from "./verdict-fields";

const input = `${inputClass} text-sm`;
const label = "block text-sm font-medium";
/** Focused when an annotation is chosen from a list, so the panel is in view and keys go there. */
export const PANEL_HEADING_ID = "annotation-heading";

type TextField = (typeof DETAIL_TEXT_FIELDS)[number];

/** The selected annotation: its kind (on the mark) and what it says (in its own row). */
export function AnnotationPanel({
  editor,
  span,
  details,
  verdicts,
  onDetailsChange,
  savers,
  flush,
  onRemoved,
  onThreadChange,
}: {
  editor: Editor;
  span: AnnotationAnchor;
  details: AnnotationDetails;
  /** The newsroom's scale, retired verdicts included (shown only where still set). */
  verdicts: readonly VerdictOption[];
  onDetailsChange: (next: AnnotationDetails) => void;
  /** Saves the details: kept in this browser, retried, one at a time. */
  savers: DetailsSavers;
  /** Saves the text (a new annotation's row is made by it). */
  flush: () => Promise<void>;
  onRemoved: () => void;
  /** The thread's comments or resolution changed (or were first loaded). */
  onThreadChange: (annotationId: string, state: ThreadState | null) => void;
}) {
  const [cue, setCue] = useState(details.cue);
  const [note, setNote] = useState(details.note);
  const [conclusion, setConclusion] = useState(details.conclusion);
  // What the server refused at the Cue, Note or Conclusion field; what was typed stays there.
  const [fieldProblems, setFieldProblems] = useState<Record<string, string>>({});
  const cueField = useRef<HTMLInputElement>(null);
  const saver = savers.saverFor(span.id, details);
  const state = useSyncExternalStore(saver.subscribe, saver.getState, saver.getState);
  const theirs = state.kind === "conflict" ? state.theirs : null;
  const message = describeDetailsState(state);

  // The typed text, for the saver's callbacks (a save may finish after a re-render).
  const typed = useRef<Record<TextField, string>>({ cue, note, conclusion });
  useEffect(() => {
    typed.current = { cue, note, conclusion };
  }, [cue, note, conclusion]);
  useEffect(
    () =>
      saver.subscribe(() => {
        const next = saver.getState();
        if (next.kind === "rejected") {
          const refused = DETAIL_TEXT_FIELDS.filter((field) => next.fields[field]);
          const messages = Object.fromEntries(refused.map((f) => [f, next.fields[f]!]));
          setFieldProblems((problems) => ({ ...problems, ...messages }));
        }
        if (next.kind === "saved") {
          // A field is fixed once the server has what it shows; another may still be refused.
          const saved = savers.savedValues(span.id);
          setFieldProblems((problems) =>
            Object.fromEntries(
              Object.entries(problems).filter(
                ([field]) => saved?.[field as TextField] !== typed.current[field as TextField],
              ),
            ),
          );
        }
      }),
    [saver, savers, span.id],
  );

  /**
   * Records a change: saved now, or once typing pauses. The editor's lists and checklist
   * follow at once, or, for typing, when the field is left (not on every keystroke).
   */
  function change(changes: Partial<DetailValues>, when: "now" | "soon") {
    if (when === "now") onDetailsChange({ ...details, ...changes });
    savers.change(span.id, details, changes, when);
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
        <Field label="Kind" id="annotation-kind">
          {(control) => (
            <select
              {...control}
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
          )}
        </Field>
        <SpeakerPicker
          speaker={details.speaker}
          onChange={(speaker: SpeakerSummary | null) =>
            // A named speaker and "No named source" exclude each other.
            change(speaker ? { speaker, unattributed: false } : { speaker }, "now")
          }
          onCreated={() => cueField.current?.focus()}
        />
        {span.kind === "verified_fact" ? null : (
          <div className="flex items-start gap-2">
            <input
              id="annotation-unattributed"
              type="checkbox"
              className="mt-1 size-4 accent-accent"
              checked={details.unattributed}
              aria-describedby="annotation-unattributed-hint"
              onChange={(event) =>
                change(
                  event.target.checked
                    ? { unattributed: true, speaker: null }
                    : { unattributed: false },
                  "now",
                )
              }
            />
            <div>
              <label htmlFor="annotation-unattributed" className={label}>
                {NO_NAMED_SOURCE}
              </label>
              <p id="annotation-unattributed-hint" className="text-xs text-muted">
                Deliberately unattributed, e.g. “he is believed to…”. Readers see “{NO_NAMED_SOURCE}
                ”.
              </p>
            </div>
          </div>
        )}
        <Field
          label="Cue"
          id="annotation-cue"
          ref={cueField}
          className={input}
          value={cue}
          placeholder="said, according to, alleged…"
          errors={fieldProblems.cue}
          announceErrors
          onChange={(event) => {
            setCue(event.target.value);
            change({ cue: event.target.value }, "soon");
          }}
          onBlur={() => (cue === details.cue ? void saver.save() : change({ cue }, "now"))}
        />
        <Field label="Note" id="annotation-note" errors={fieldProblems.note} announceErrors>
          {(control) => (
            <textarea
              {...control}
              className={`${input} min-h-24`}
              value={note}
              onChange={(event) => {
                setNote(event.target.value);
                change({ note: event.target.value }, "soon");
              }}
              onBlur={() => (note === details.note ? void saver.save() : change({ note }, "now"))}
            />
          )}
        </Field>
        {span.kind === "verified_fact" ? (
          details.verdictId ? (
            <p className="text-xs text-muted">
              Verified facts take no verdict. Its verdict is kept, unpublished, in case it becomes a
              claim again.
            </p>
          ) : null
        ) : (
          <VerdictFields
            verdicts={verdicts}
            verdictId={details.verdictId}
            conclusion={conclusion}
            conclusionError={fieldProblems.conclusion}
            onVerdictChange={(verdictId) => change({ verdictId }, "now")}
            onConclusionChange={(value) => {
              setConclusion(value);
              change({ conclusion: value }, "soon");
            }}
            onConclusionBlur={() =>
              conclusion === details.conclusion ? void saver.save() : change({ conclusion }, "now")
            }
          />
        )}
        <p
          aria-live="polite"
          className={`text-sm ${message?.problem ? "text-red-700 dark:text-red-300" : "text-muted"}`}
        >
          {message?.text}
        </p>
        {theirs ? (
          <div className="rounded-md border border-amber-600/60 p-3 text-sm">
            <p>Their version: {describeTheirs(detailValues(theirs), verdicts)}.</p>
            <div className="mt-2 flex gap-2">
              <button
                type="button"
                className="rounded-md border border-rule px-2 py-1"
                onClick={() => saver.resolveConflict("mine", theirs)}
              >
                Keep mine
              </button>
              <button
                type="button"
                className="rounded-md border border-rule px-2 py-1"
                onClick={() => {
                  savers.adoptTheirs(span.id, theirs);
                  onDetailsChange({ ...details, ...detailValues(theirs), version: theirs.version });
                  setCue(theirs.cue);
                  setNote(theirs.note);
                  setConclusion(theirs.conclusion);
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
          onChange={(sources) => onDetailsChange({ ...details, sources })}
        />
        <DiscussionThread annotationId={span.id} flush={flush} onChange={onThreadChange} />
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
