"use client";

import { type KeyboardEvent, memo, useEffect, useRef, useState } from "react";
import { InlineError } from "@/app/_components/inline-error";
import { KindIcon } from "@/app/_components/kind-icon";
import { KIND_LABELS } from "@/lib/editor/kinds";
import { shortenText } from "@/lib/format/shorten";
import { NO_NAMED_SOURCE } from "@/lib/format/labels";
import type { SuggestedKind, Suggestion } from "@/lib/suggestions/types";
import { suggestionKeyAction } from "./suggestion-keys";
import type { Suggestions } from "./use-suggestions";

const SUGGEST_BUTTON_ID = "suggest-annotations";
const KINDS: SuggestedKind[] = ["official_claim", "allegation"];
const itemId = (id: string) => `suggestion-${id}`;
const small = "rounded-md border border-rule px-2 py-1 text-xs font-medium hover:bg-rule/40";

function statusText({ run, ids, items }: Suggestions): string {
  if (run.kind === "running") return "Finding suggestions…";
  if (run.kind !== "done") return "";
  if (items.size === 0) return "No new suggestions in this text.";
  if (ids.length === 0) return "No suggestions left to review.";
  return `${ids.length} suggestion${ids.length === 1 ? "" : "s"} to review.`;
}

/** The "Suggest annotations" button, offered with a word of explanation after a first paste. */
export function SuggestBar({ suggestions }: { suggestions: Suggestions }) {
  const { run, pastedIntoEmpty, suggest } = suggestions;
  return (
    <div
      className={`mt-3 flex flex-wrap items-center gap-x-3 gap-y-2 text-sm ${
        pastedIntoEmpty ? "rounded-md border border-accent/50 bg-accent/5 px-3 py-2" : ""
      }`}
    >
      {pastedIntoEmpty ? (
        <p className="basis-full">
          Text pasted. Claimmark can find its claims and allegations, with who made them, for you to
          accept or reject.
        </p>
      ) : null}
      <button
        id={SUGGEST_BUTTON_ID}
        type="button"
        aria-disabled={run.kind === "running"}
        onClick={() => run.kind !== "running" && void suggest()}
        className="rounded-md border border-accent px-3 py-1.5 font-medium text-accent hover:bg-accent/10 aria-disabled:opacity-60"
      >
        Suggest annotations
      </button>
      {/* Only once there is something to say: until then the save status is the editor's one
          status element, as people and tests know it. */}
      {run.kind === "running" || run.kind === "done" ? (
        <p role="status" className="text-muted">
          {statusText(suggestions)}
        </p>
      ) : null}
      <InlineError className="basis-full" message={run.kind === "failed" ? run.message : null} />
    </div>
  );
}

function speakerText(suggestion: Suggestion) {
  if (!suggestion.speaker) return NO_NAMED_SOURCE;
  return suggestion.speaker.name;
}

const Item = memo(function Item({
  id,
  suggestion,
  active,
  current,
  onKeyDown,
  onChoose,
  onAccept,
  onReject,
}: {
  id: string;
  suggestion: Suggestion;
  active: boolean;
  current: boolean;
  onKeyDown: (event: KeyboardEvent<HTMLLIElement>, id: string) => void;
  onChoose: (id: string) => void;
  onAccept: (id: string) => void;
  onReject: (id: string) => void;
}) {
  const label = KIND_LABELS[suggestion.kind].one;
  const isNew = suggestion.speaker && !suggestion.speaker.speakerId;
  return (
    <li
      id={itemId(id)}
      tabIndex={active ? 0 : -1}
      aria-current={current ? "true" : undefined}
      aria-label={`${label}: ${shortenText(suggestion.quote, 60)}`}
      onKeyDown={(event) => onKeyDown(event, id)}
      onFocus={() => onChoose(id)}
      className="rounded-md border border-transparent px-2 py-2 text-sm focus-visible:outline-offset-0 aria-[current=true]:border-rule aria-[current=true]:bg-rule/40"
    >
      <span className="flex flex-wrap items-center gap-x-1.5 font-medium">
        <KindIcon kind={suggestion.kind} />
        {label}
        <span className="font-normal text-muted">
          · {speakerText(suggestion)}
          {isNew ? <span className="ml-1 rounded border border-rule px-1 text-xs">new</span> : null}
        </span>
      </span>
      {suggestion.cue ? (
        <span className="block text-xs text-muted">Cue: “{suggestion.cue.text}”</span>
      ) : null}
      <span className="mt-0.5 block font-serif">“{shortenText(suggestion.quote, 120)}”</span>
      <span className="mt-1.5 flex gap-2">
        <button
          type="button"
          tabIndex={active ? 0 : -1}
          className={small}
          onClick={() => onAccept(id)}
        >
          Accept
        </button>
        <button
          type="button"
          tabIndex={active ? 0 : -1}
          className={small}
          onClick={() => onReject(id)}
        >
          Reject
        </button>
      </span>
    </li>
  );
});

/**
 * The pending suggestions, in document order. One item is in the Tab order at a time; the keys
 * written in the hint move between items and decide them, and focus then goes to the next one.
 * On a phone the list is a sheet over the bottom of the screen, so the text stays in view.
 */
export function SuggestionsPanel({ suggestions }: { suggestions: Suggestions }) {
  const { ids, items, current, problem, accept, acceptAll, reject, choose } = suggestions;
  const focusNext = useRef<string | null | undefined>(undefined);
  const idsRef = useRef(ids);
  useEffect(() => {
    idsRef.current = ids;
  }, [ids]);

  // On a phone the sheet can be put away to reach the rest of the page.
  const [folded, setFolded] = useState(false);
  // A new run's suggestions, once shown: the first is where the person starts.
  const focusedRun = useRef(items);
  useEffect(() => {
    if (focusedRun.current === items || !ids[0]) return;
    focusedRun.current = items;
    setFolded(false);
    requestAnimationFrame(() => document.getElementById(itemId(ids[0]!))?.focus());
  }, [items, ids]);

  // After a decision, the next suggestion (or, with none left, the button that finds more).
  useEffect(() => {
    if (focusNext.current === undefined) return;
    const next = focusNext.current;
    focusNext.current = undefined;
    const target = next && ids.includes(next) ? next : ids[0];
    document.getElementById(target ? itemId(target) : SUGGEST_BUTTON_ID)?.focus();
  }, [ids]);

  const decide = useRef({ accept, reject });
  useEffect(() => {
    decide.current = { accept, reject };
  }, [accept, reject]);

  /** Before a decision on `id`: focus will go to the one after it, or else the one before. */
  const planFocus = (id: string) => {
    const list = idsRef.current;
    const index = list.indexOf(id);
    focusNext.current = list[index + 1] ?? list[index - 1] ?? null;
  };
  const stable = useRef({
    accept: (id: string) => {
      planFocus(id);
      decide.current.accept([id]);
    },
    reject: (id: string) => {
      planFocus(id);
      decide.current.reject(id);
    },
    keyDown: (event: KeyboardEvent<HTMLLIElement>, id: string) => {
      const action = suggestionKeyAction(event, event.target === event.currentTarget);
      if (!action) return;
      event.preventDefault();
      if (action === "accept") return stable.current.accept(id);
      if (action === "reject") return stable.current.reject(id);
      const list = idsRef.current;
      const index = list.indexOf(id);
      const to = { next: index + 1, previous: index - 1, first: 0, last: list.length - 1 }[action];
      const target = list[Math.max(0, Math.min(list.length - 1, to))];
      if (target) document.getElementById(itemId(target))?.focus();
    },
  });

  if (ids.length === 0) return null;
  const active = current && ids.includes(current) ? current : ids[0];
  const counts = Object.fromEntries(
    KINDS.map((kind) => [kind, ids.filter((id) => items.get(id)?.kind === kind).length]),
  );

  return (
    <>
      {folded ? (
        <button
          type="button"
          className="fixed right-3 bottom-3 z-20 rounded-full border border-rule bg-paper px-4 py-2 text-sm font-medium shadow-lg lg:hidden"
          onClick={() => setFolded(false)}
        >
          Show suggestions ({ids.length})
        </button>
      ) : null}
      <section
        aria-labelledby="suggestions-heading"
        className={`${folded ? "max-lg:hidden" : ""} rounded-lg border border-rule p-4 max-lg:fixed max-lg:inset-x-0 max-lg:bottom-0 max-lg:z-20 max-lg:m-0 max-lg:max-h-[45dvh] max-lg:overflow-y-auto max-lg:rounded-none max-lg:border-x-0 max-lg:border-b-0 max-lg:bg-paper max-lg:p-3 max-lg:shadow-2xl`}
      >
        <div className="flex items-baseline justify-between gap-2">
          <h2 id="suggestions-heading" className="text-base font-semibold">
            Suggestions
          </h2>
          <span className="ml-auto text-sm text-muted">{ids.length} pending</span>
          <button type="button" className={`${small} lg:hidden`} onClick={() => setFolded(true)}>
            Hide suggestions
          </button>
        </div>
        <p className="mt-1 text-xs text-muted">
          In the list: ↓ ↑ (or J K) move, A or Enter accepts, R or Delete rejects.
        </p>
        <div className="mt-2 flex flex-wrap gap-2">
          {KINDS.filter((kind) => counts[kind]! > 0).map((kind) => (
            <span key={kind} className="flex items-center gap-1.5 text-sm">
              <button
                type="button"
                className={small}
                onClick={() => {
                  focusNext.current = null;
                  acceptAll(kind);
                }}
              >
                Accept all {KIND_LABELS[kind].many.toLowerCase()}
              </button>
              <span className="text-muted">({counts[kind]})</span>
            </span>
          ))}
        </div>
        <InlineError className="mt-2" message={problem} />
        <ol className="mt-2 space-y-1" aria-label="Pending suggestions">
          {ids.map((id) => {
            const suggestion = items.get(id);
            return suggestion ? (
              <Item
                key={id}
                id={id}
                suggestion={suggestion}
                active={id === active}
                current={id === current}
                onKeyDown={stable.current.keyDown}
                onChoose={choose}
                onAccept={stable.current.accept}
                onReject={stable.current.reject}
              />
            ) : null;
          })}
        </ol>
      </section>
    </>
  );
}
