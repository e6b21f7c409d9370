"use client";

import type { Transaction } from "@tiptap/pm/state";
import { Mapping } from "@tiptap/pm/transform";
import type { Editor } from "@tiptap/react";
import { type Dispatch, type SetStateAction, useCallback, useRef, useState } from "react";
import { useSyncExternalStore } from "react";
import { v4 as uuidv4 } from "uuid";
import type { SpeakerSummary } from "@/db/queries/speakers";
import {
  type PendingSuggestionsState,
  pendingSuggestionRange,
  pendingSuggestions,
} from "@/lib/editor/pending-suggestions";
import { placeTextSpans, positionsOfTextOffsets } from "@/lib/editor/text-positions";
import type { SuggestedKind, Suggestion } from "@/lib/suggestions/types";
import { createSpeakerAction } from "../actions";
import { recordSuggestionDecisionAction, suggestAnnotationsAction } from "../suggestion-actions";
import type { DetailsSavers } from "./details-saver";
import { SpeakerNotSet, searchSpeakersByName, speakerResolver } from "./suggested-speaker";
import { type AnnotationDetails, EMPTY_DETAILS } from "./types";

/** The plugin's state as React reads it: a new snapshot only when the list itself changes. */
export class PendingStore {
  private state: PendingSuggestionsState | null = null;
  private listeners = new Set<() => void>();
  set = (state: PendingSuggestionsState) => {
    this.state = state;
    for (const listener of this.listeners) listener();
  };
  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
  getSnapshot = () => this.state;
}

export type RunState =
  { kind: "idle" } | { kind: "running" } | { kind: "done" } | { kind: "failed"; message: string };

/** Where a span chosen from the list is scrolled to: this far from the top of the window. */
const CHOSEN_SPAN_TOP = 96;
const UNREACHABLE = "The server can't be reached. Check the connection and try again.";

/**
 * Suggestions for one article: asking the server for them, showing them in the text, and
 * deciding each. An acceptance goes through the same paths as a person's own annotation: the
 * mark in the document (saved by the document saver), the speaker created with the speaker
 * action, and speaker and cue saved by the details saver.
 */
export function useSuggestions(options: {
  articleId: string;
  editor: Editor | null;
  store: PendingStore;
  savers: DetailsSavers;
  setDetails: Dispatch<SetStateAction<Record<string, AnnotationDetails>>>;
}) {
  const { articleId, editor, store, savers, setDetails } = options;
  const pending = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const [items, setItems] = useState<ReadonlyMap<string, Suggestion>>(new Map());
  const [run, setRun] = useState<RunState>({ kind: "idle" });
  const [problem, setProblem] = useState<string | null>(null);
  const runs = useRef(0);
  const [resolveSpeaker] = useState(() =>
    speakerResolver({ create: createSpeakerAction, search: searchSpeakersByName }),
  );

  const suggest = useCallback(async () => {
    if (!editor) return;
    setProblem(null);
    const positions = positionsOfTextOffsets(editor.state.doc);
    if (positions.text.trim() === "") {
      setRun({ kind: "failed", message: "Paste or write the article's text first." });
      return;
    }
    setRun({ kind: "running" });
    // Edits made while the server works are followed, so its offsets still find their text.
    const before = editor.state.doc;
    const edits = new Mapping();
    const follow = ({ transaction }: { transaction: Transaction }) =>
      edits.appendMapping(transaction.mapping);
    editor.on("transaction", follow);
    const result = await suggestAnnotationsAction({ articleId, text: positions.text })
      .catch(() => null)
      .finally(() => editor.off("transaction", follow));
    if (!result?.ok) {
      // A refused field (the text too long) says more than "Some fields need attention."
      const message = result
        ? (Object.values(result.fieldErrors ?? {})[0]?.[0] ?? result.error)
        : UNREACHABLE;
      setRun({ kind: "failed", message });
      return;
    }
    const run = ++runs.current;
    const placed = placeTextSpans(result.data.suggestions, {
      before,
      positions,
      edits,
      now: editor.state.doc,
    });
    const found = new Map(placed.map(({ span }, index) => [`${run}-${index}`, span]));
    const spans = placed.map(({ span, from, to }, index) => ({
      id: `${run}-${index}`,
      kind: span.kind,
      from,
      to,
    }));
    editor.commands.showSuggestions(spans);
    // Only what is shown: ones over an existing annotation were left out.
    const shown = pendingSuggestions(editor.state).ids;
    setItems(new Map(shown.map((id) => [id, found.get(id)!])));
    setRun({ kind: "done" });
  }, [articleId, editor]);

  const record = useCallback(
    (suggestion: Suggestion, decision: "accepted" | "rejected", annotationId?: string) => {
      // Fire and forget: a decision lost costs a figure in the report, never the person's work.
      void recordSuggestionDecisionAction({
        articleId,
        decision,
        annotationId,
        suggestion: {
          quote: suggestion.quote,
          kind: suggestion.kind,
          rule: suggestion.rule,
          start: suggestion.start,
          end: suggestion.end,
          confidence: suggestion.confidence,
          speakerName: suggestion.speaker?.name ?? null,
          speakerType: suggestion.speaker?.type ?? null,
          cue: suggestion.cue?.text ?? null,
        },
      }).catch(() => null);
    },
    [articleId],
  );

  /** Speaker and cue of a new annotation, saved as if typed into its panel. */
  const completeAccepted = useCallback(
    async (annotationId: string, suggestion: Suggestion) => {
      let speaker: SpeakerSummary | null = null;
      if (suggestion.speaker) {
        try {
          speaker = await resolveSpeaker(suggestion.speaker);
        } catch (error) {
          setProblem(error instanceof SpeakerNotSet ? error.message : UNREACHABLE);
        }
      }
      const values = {
        speaker,
        // An allegation whose accuser the text does not name is deliberately unattributed.
        unattributed: !suggestion.speaker,
        cue: suggestion.cue?.text.trim() ?? "",
      };
      setDetails((all) => ({ ...all, [annotationId]: { ...EMPTY_DETAILS, ...values } }));
      savers.change(annotationId, EMPTY_DETAILS, values, "now");
    },
    [resolveSpeaker, savers, setDetails],
  );

  const accept = useCallback(
    (ids: readonly string[]) => {
      if (!editor) return;
      setProblem(null);
      const accepted = ids.flatMap((id) => {
        const suggestion = items.get(id);
        return suggestion ? [{ id, annotationId: uuidv4(), suggestion }] : [];
      });
      if (!editor.commands.acceptSuggestions(accepted)) return;
      for (const { annotationId, suggestion } of accepted) {
        setDetails((all) => ({ ...all, [annotationId]: { ...EMPTY_DETAILS } }));
        record(suggestion, "accepted", annotationId);
        void completeAccepted(annotationId, suggestion);
      }
    },
    [editor, items, record, completeAccepted, setDetails],
  );

  const reject = useCallback(
    (id: string) => {
      const suggestion = items.get(id);
      if (!editor || !suggestion) return;
      editor.commands.dismissSuggestions([id]);
      record(suggestion, "rejected");
    },
    [editor, items, record],
  );

  const acceptAll = useCallback(
    (kind: SuggestedKind) => {
      const ids = pending?.ids ?? [];
      accept(ids.filter((id) => items.get(id)?.kind === kind));
    },
    [accept, items, pending],
  );

  /** Marks the suggestion as current in the text and brings its span into view. */
  const choose = useCallback(
    (id: string) => {
      if (!editor) return;
      if (pendingSuggestions(editor.state).current !== id) {
        editor.commands.setCurrentSuggestion(id);
      }
      const range = pendingSuggestionRange(editor.state, id);
      if (!range) return;
      const { top, bottom } = editor.view.coordsAtPos(range.from);
      // On a phone the list covers the bottom of the screen (see SuggestionsPanel).
      const visibleBottom = window.matchMedia("(min-width: 64rem)").matches
        ? window.innerHeight - 24
        : window.innerHeight * 0.5;
      if (top < CHOSEN_SPAN_TOP - 24 || bottom > visibleBottom) {
        window.scrollBy({ top: top - CHOSEN_SPAN_TOP });
      }
    },
    [editor],
  );

  return {
    ids: pending?.ids ?? [],
    current: pending?.current ?? null,
    pastedIntoEmpty: pending?.pastedIntoEmpty ?? false,
    items,
    run,
    problem,
    suggest,
    accept,
    acceptAll,
    reject,
    choose,
  };
}

export type Suggestions = ReturnType<typeof useSuggestions>;
