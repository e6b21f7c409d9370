import { Extension } from "@tiptap/core";
import { closeHistory } from "@tiptap/pm/history";
import type { Node as PMNode } from "@tiptap/pm/model";
import { type EditorState, Plugin, PluginKey, type Transaction } from "@tiptap/pm/state";
import { AddMarkStep, Mapping } from "@tiptap/pm/transform";
import { Decoration, DecorationSet } from "@tiptap/pm/view";
import type { SuggestedKind } from "@/lib/suggestions/types";
import { documentHasText } from "./anchors";

/** Where one pending suggestion is in the document, and the kind it proposes. */
export interface PendingSpan {
  id: string;
  from: number;
  to: number;
  kind: SuggestedKind;
}

export interface PendingSuggestionsState {
  decorations: DecorationSet;
  /**
   * The pending suggestions in document order. A new array only when one is added or removed,
   * never for an edit that merely moves them, so a list keyed on it does not re-render per key.
   */
  ids: readonly string[];
  current: string | null;
  /** Text was pasted into the empty article and no suggestions have been shown since. */
  pastedIntoEmpty: boolean;
}

type Action =
  | { type: "show"; spans: PendingSpan[] }
  | { type: "remove"; ids: string[] }
  | { type: "current"; id: string | null };

interface DecorationSpec {
  id: string;
  kind: SuggestedKind;
  widget?: boolean;
}

export const pendingSuggestionsKey = new PluginKey<PendingSuggestionsState>("pendingSuggestions");

const EMPTY: PendingSuggestionsState = {
  decorations: DecorationSet.empty,
  ids: [],
  current: null,
  pastedIntoEmpty: false,
};

/** The highlight of one suggestion, and its kind's icon before it (kinds never by colour alone). */
function decorationsOf(span: PendingSpan, current: boolean): Decoration[] {
  const spec: DecorationSpec = { id: span.id, kind: span.kind };
  const attrs = {
    class: current ? "suggestion is-current" : "suggestion",
    "data-kind": span.kind,
    "data-suggestion-id": span.id,
  };
  const icon = () => {
    const element = document.createElement("span");
    element.className = "kind-icon suggestion-icon";
    element.dataset.icon = span.kind;
    element.setAttribute("aria-hidden", "true");
    return element;
  };
  return [
    Decoration.widget(span.from, icon, {
      ...spec,
      widget: true,
      side: -1,
      ignoreSelection: true,
      key: `${span.id}:${span.kind}`,
    }),
    Decoration.inline(span.from, span.to, attrs, spec),
  ];
}

/** Whether an edit of [start, end) reaches inside [from, to) (not just touches an edge). */
function editsInside(start: number, end: number, from: number, to: number): boolean {
  return start === end ? from < start && start < to : start < to && end > from;
}

/** Where a pending suggestion is now: from its first highlighted piece to its last. */
function rangeIn(set: DecorationSet, id: string): PendingSpan | null {
  let found: PendingSpan | null = null;
  for (const piece of set.find(undefined, undefined, (spec: DecorationSpec) => spec.id === id)) {
    const spec = piece.spec as DecorationSpec;
    if (spec.widget) continue;
    if (found) {
      found.from = Math.min(found.from, piece.from);
      found.to = Math.max(found.to, piece.to);
    } else found = { id, kind: spec.kind, from: piece.from, to: piece.to };
  }
  return found;
}

function without(set: DecorationSet, ids: ReadonlySet<string>): DecorationSet {
  return set.remove(set.find(undefined, undefined, (spec: DecorationSpec) => ids.has(spec.id)));
}

/** Marks the suggestion `id` as current (or none): only the two affected are redrawn. */
function withCurrent(state: PendingSuggestionsState, doc: PMNode, id: string | null) {
  let set = state.decorations;
  for (const [changed, current] of [
    [state.current, false],
    [id, true],
  ] as const) {
    const span = changed ? rangeIn(set, changed) : null;
    if (!span) continue;
    set = without(set, new Set([span.id])).add(doc, decorationsOf(span, current));
  }
  return { ...state, decorations: set, current: id && rangeIn(set, id) ? id : null };
}

/**
 * Maps the suggestions through the transaction's steps one at a time. A suggestion whose text
 * was edited inside, or that an annotation now overlaps, is dropped. The work per keystroke is
 * a lookup around the edit and DecorationSet.map, whatever the number of suggestions.
 */
function mapThrough(tr: Transaction, state: PendingSuggestionsState): PendingSuggestionsState {
  let set = state.decorations;
  const dropped = new Set<string>();
  tr.steps.forEach((step, index) => {
    const stepMap = tr.mapping.maps[index]!;
    const touched: [number, number][] = [];
    stepMap.forEach((start, end) => touched.push([start, end]));
    const moved = touched.length > 0;
    if (step instanceof AddMarkStep && step.mark.type.name === "annotation") {
      touched.push([step.from, step.to]);
    }
    const edited = new Set<string>();
    for (const [start, end] of touched) {
      for (const piece of set.find(start, end)) {
        const spec = piece.spec as DecorationSpec;
        if (!spec.widget && editsInside(start, end, piece.from, piece.to)) edited.add(spec.id);
      }
    }
    if (edited.size > 0) {
      set = without(set, edited);
      for (const id of edited) dropped.add(id);
    }
    if (moved) set = set.map(new Mapping([stepMap]), tr.docs[index + 1] ?? tr.doc);
  });
  if (dropped.size === 0) return { ...state, decorations: set };
  return {
    ...state,
    decorations: set,
    ids: state.ids.filter((id) => !dropped.has(id)),
    current: state.current && dropped.has(state.current) ? null : state.current,
  };
}

function show(doc: PMNode, spans: PendingSpan[]): PendingSuggestionsState {
  const annotation = doc.type.schema.marks.annotation!;
  const shown = spans
    .filter(
      ({ from, to }) =>
        from >= 0 && to <= doc.content.size && from < to && !doc.rangeHasMark(from, to, annotation),
    )
    .sort((a, b) => a.from - b.from || a.to - b.to);
  return {
    decorations: DecorationSet.create(
      doc,
      shown.flatMap((span) => decorationsOf(span, false)),
    ),
    ids: shown.map((span) => span.id),
    current: null,
    pastedIntoEmpty: false,
  };
}

function apply(tr: Transaction, value: PendingSuggestionsState, old: EditorState) {
  let next = tr.docChanged ? mapThrough(tr, value) : value;
  if (tr.getMeta("uiEvent") === "paste" && !documentHasText(old.doc)) {
    next = { ...next, pastedIntoEmpty: true };
  }
  const action = tr.getMeta(pendingSuggestionsKey) as Action | undefined;
  if (action?.type === "show") return show(tr.doc, action.spans);
  if (action?.type === "remove") {
    const ids = new Set(action.ids);
    const current = next.current && ids.has(next.current) ? null : next.current;
    return {
      ...next,
      decorations: without(next.decorations, ids),
      ids: next.ids.filter((id) => !ids.has(id)),
      current,
    };
  }
  if (action?.type === "current") return withCurrent(next, tr.doc, action.id);
  return next;
}

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    pendingSuggestions: {
      /** Shows these suggestions instead of any shown before; ones over an annotation are left out. */
      showSuggestions: (spans: PendingSpan[]) => ReturnType;
      /** Takes suggestions away without changing the text (rejected, or all cleared). */
      dismissSuggestions: (ids: string[]) => ReturnType;
      setCurrentSuggestion: (id: string | null) => ReturnType;
      /**
       * Turns pending suggestions into annotations: each gets the annotation mark with its new
       * id and the suggested kind, in one transaction of its own, so one undo takes them away.
       */
      acceptSuggestions: (accepted: { id: string; annotationId: string }[]) => ReturnType;
    };
  }
}

export function pendingSuggestions(state: EditorState): PendingSuggestionsState {
  return pendingSuggestionsKey.getState(state) ?? EMPTY;
}

export function pendingSuggestionRange(state: EditorState, id: string): PendingSpan | null {
  return rangeIn(pendingSuggestions(state).decorations, id);
}

export interface PendingSuggestionsOptions {
  /** Told when the list of pending suggestions, the current one or the paste hint changes. */
  onChange: ((state: PendingSuggestionsState) => void) | null;
}

/** Pending suggestions as decorations: never marks, never part of the saved document. */
export const PendingSuggestions = Extension.create<PendingSuggestionsOptions>({
  name: "pendingSuggestions",

  addOptions() {
    return { onChange: null };
  },

  addCommands() {
    const action = (tr: Transaction, value: Action) => tr.setMeta(pendingSuggestionsKey, value);
    return {
      showSuggestions:
        (spans) =>
        ({ tr, dispatch }) => {
          if (dispatch) action(tr, { type: "show", spans }).setMeta("addToHistory", false);
          return true;
        },
      dismissSuggestions:
        (ids) =>
        ({ tr, dispatch }) => {
          if (dispatch) action(tr, { type: "remove", ids }).setMeta("addToHistory", false);
          return true;
        },
      setCurrentSuggestion:
        (id) =>
        ({ tr, dispatch }) => {
          if (dispatch) action(tr, { type: "current", id }).setMeta("addToHistory", false);
          return true;
        },
      acceptSuggestions:
        (accepted) =>
        ({ state, tr, dispatch }) => {
          const found = accepted.flatMap(({ id, annotationId }) => {
            const span = pendingSuggestionRange(state, id);
            return span ? [{ span, annotationId }] : [];
          });
          if (found.length === 0) return false;
          if (dispatch) {
            // A step of its own in the history, never merged with typing just before it.
            closeHistory(tr);
            const type = state.schema.marks.annotation!;
            for (const { span, annotationId } of found) {
              tr.addMark(span.from, span.to, type.create({ id: annotationId, kind: span.kind }));
            }
            action(tr, { type: "remove", ids: found.map(({ span }) => span.id) });
          }
          return true;
        },
    };
  },

  addProseMirrorPlugins() {
    const onChange = this.options.onChange;
    return [
      new Plugin<PendingSuggestionsState>({
        key: pendingSuggestionsKey,
        state: { init: () => EMPTY, apply: (tr, value, old) => apply(tr, value, old) },
        props: { decorations: (state) => pendingSuggestions(state).decorations },
        view: () => ({
          update: (view, previous) => {
            const before = pendingSuggestions(previous);
            const now = pendingSuggestions(view.state);
            if (
              before.ids !== now.ids ||
              before.current !== now.current ||
              before.pastedIntoEmpty !== now.pastedIntoEmpty
            ) {
              onChange?.(now);
            }
          },
        }),
      }),
    ];
  },
});
